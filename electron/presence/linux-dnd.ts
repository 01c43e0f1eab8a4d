// Linux "do not disturb", where a desktop keeps it somewhere another app may read:
// - GNOME (and desktops built on its settings): org.gnome.desktop.notifications show-banners = false
//   is the "Do Not Disturb" switch. `gsettings` first (it knows the default when the key was never
//   written); `dconf read` when the schema is not installed (it prints nothing for an unwritten key,
//   which means the default, banners on).
// - KDE Plasma: its notification server exposes the read-only `Inhibited` property on
//   org.freedesktop.Notifications, true while DND is on. Only asked on KDE, because on another
//   desktop the call could start a notification server by D-Bus activation.
// One short process per sample on GNOME and KDE; choose.ts builds nothing elsewhere.
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../core/presence/probe';
import { firstLine, runCommand, type CommandRunner, type CommandOutput } from './command';

const DND_WORDS = 'do not disturb is on';

/** `gsettings get …` or `dconf read …` output → DND on? ("" from dconf = never written = off). */
export function parseShowBanners(text: string): boolean | null {
  const value = text.trim();
  if (value === 'false') return true;
  if (value === 'true' || value === '') return false;
  return null;
}

/** `dbus-send --print-reply … Properties.Get … Inhibited` → DND on? */
export function parseInhibitedReply(text: string): boolean | null {
  const m = /variant\s+boolean (true|false)/.exec(text);
  return m ? m[1] === 'true' : null;
}

export interface LinuxDndOptions {
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

function finding(value: boolean | null, reason: string | null): PresenceFinding[] {
  return [{ via: 'dnd', value, reason: value === true ? DND_WORDS : reason }];
}

function failed(what: string, out: CommandOutput): Error {
  return new Error(`${what}: ${firstLine(out.stderr) || `exit code ${out.code}`}`);
}

export function gnomeDndProbe({ env, run = runCommand }: LinuxDndOptions): PresenceProbe {
  return {
    name: 'GNOME do-not-disturb (show-banners)',
    uses: ['dnd'],
    async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
      const viaGsettings = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], {
        env,
        signal,
      }).catch((error: unknown) => error as Error);
      if (!(viaGsettings instanceof Error) && viaGsettings.code === 0)
        return finding(parseShowBanners(viaGsettings.stdout), null);
      const viaDconf = await run('dconf', ['read', '/org/gnome/desktop/notifications/show-banners'], { env, signal });
      if (viaDconf.code !== 0) throw failed('dconf read', viaDconf);
      return finding(parseShowBanners(viaDconf.stdout), null);
    },
  };
}

export function kdeDndProbe({ env, run = runCommand }: LinuxDndOptions): PresenceProbe {
  return {
    name: 'KDE do-not-disturb (Notifications.Inhibited)',
    uses: ['dnd'],
    async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
      const out = await run(
        'dbus-send',
        [
          '--session',
          '--print-reply',
          '--reply-timeout=1000',
          '--dest=org.freedesktop.Notifications',
          '/org/freedesktop/Notifications',
          'org.freedesktop.DBus.Properties.Get',
          'string:org.freedesktop.Notifications',
          'string:Inhibited',
        ],
        { env, signal },
      );
      if (out.code !== 0) throw failed('reading Notifications.Inhibited', out);
      const value = parseInhibitedReply(out.stdout);
      return finding(value, value === null ? 'the notification server does not say whether it is inhibited' : null);
    },
  };
}
