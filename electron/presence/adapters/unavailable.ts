// A probe for a signal this platform or desktop cannot give: it always answers "unknown" with the
// reason, so a settings screen can say why instead of showing a switch that silently does nothing.
import type { PresenceFinding, PresenceProbe, PresenceSwitchName } from '../../ports/presence';

/** `reason` is asked at every reading, so it is told in the language main speaks then. */
export function unavailableProbe(via: PresenceSwitchName, reason: () => string): PresenceProbe {
  return {
    name: `${via} (not available here)`,
    uses: [via],
    read: () => Promise.resolve<PresenceFinding[]>([{ via, value: null, reason: reason() }]),
  };
}
