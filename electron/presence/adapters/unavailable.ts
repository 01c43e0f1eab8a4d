// A probe for a signal this platform or desktop cannot give: it always answers "unknown" with the
// reason, so a settings screen can say why instead of showing a switch that silently does nothing.
import type { PresenceFinding, PresenceProbe, PresenceSwitchName } from '../../ports/presence';

export function unavailableProbe(via: PresenceSwitchName, reason: string): PresenceProbe {
  const findings: readonly PresenceFinding[] = [{ via, value: null, reason }];
  return {
    name: `${via} (not available here)`,
    uses: [via],
    read: () => Promise.resolve(findings.map((f) => ({ ...f }))),
  };
}
