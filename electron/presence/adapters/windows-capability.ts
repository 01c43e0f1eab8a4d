// Windows "microphone / camera in use": the capability access manager's consent store, the same
// record behind the taskbar's "your microphone is being used" icon. Under
// HKCU\…\CapabilityAccessManager\ConsentStore\<capability>\ each app (Store apps by package name,
// desktop apps under NonPackaged\ by their path with "#" for "\") has LastUsedTimeStart and
// LastUsedTimeStop; a Stop of 0 after a Start means the app is using the device right now.
// One `reg query … /s` of the whole store per sample (a process, but no PowerShell start-up), parsed
// by a pure function.
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../../ports/presence';
import { firstLine, runCommand, type CommandRunner } from './command';
import { t } from '../../i18n/common/translate';

export const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

export type Capability = 'microphone' | 'webcam';

export interface CapabilityUse {
  capability: Capability;
  /** "Zoom" for C:#…#Zoom.exe, "Microsoft.WindowsCamera" for a Store package. */
  app: string;
}

function appName(keyTail: string): string {
  const last = keyTail.split('\\').pop() ?? keyTail;
  const file = last.split('#').pop() ?? last; // NonPackaged: the executable's path with # for \
  return file.replace(/\.exe$/i, '').replace(/_[a-z0-9]{13}$/i, ''); // Store: drop the publisher hash
}

/** `reg query <ConsentStore> /s` → the apps using a microphone or camera now. */
export function parseConsentStore(text: string): CapabilityUse[] {
  const uses: CapabilityUse[] = [];
  let key = '';
  let started = false;
  let stopped: boolean | null = null;
  const flush = (): void => {
    const m = /\\ConsentStore\\(microphone|webcam)\\(.+)$/i.exec(key);
    if (m && started && stopped === false) {
      const tail = (m[2] ?? '').replace(/^NonPackaged\\/i, '');
      uses.push({ capability: (m[1] ?? '').toLowerCase() as Capability, app: appName(tail) });
    }
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^HKEY_/i.test(line)) {
      flush();
      key = line;
      started = false;
      stopped = null;
      continue;
    }
    const value = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+0x([0-9a-f]+)$/i.exec(line);
    if (!value) continue;
    const zero = /^0+$/.test(value[2] ?? '');
    if (value[1]?.toLowerCase() === 'lastusedtimestart') started = !zero;
    else stopped = !zero;
  }
  flush();
  return uses;
}

function inUse(uses: readonly CapabilityUse[], capability: Capability, via: 'microphone' | 'camera'): PresenceFinding {
  const apps = [...new Set(uses.filter((u) => u.capability === capability).map((u) => u.app))];
  return { via, value: apps.length > 0, reason: apps.length ? t('main.presence.reason.inUseBy', { device: via, apps: apps.join(', ') }) : null };
}

export interface WindowsCapabilityOptions {
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

export function windowsCapabilityProbe({ env, run = runCommand }: WindowsCapabilityOptions): PresenceProbe {
  return {
    name: 'Windows capability access (microphone, webcam)',
    label: () => t('main.presence.probe.windowsCapability'),
    uses: ['microphone', 'camera'],
    async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
      const out = await run('reg', ['query', CONSENT_STORE, '/s'], { env, signal });
      if (out.code !== 0) throw new Error(`reg query: ${firstLine(out.stderr) || t('main.presence.reason.exitCodeOf', { code: String(out.code) })}`);
      const uses = parseConsentStore(out.stdout);
      return [inUse(uses, 'microphone', 'microphone'), inUse(uses, 'webcam', 'camera')];
    },
  };
}
