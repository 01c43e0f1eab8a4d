// Inside a Flatpak the sandbox cannot write ~/.config/autostart; the desktop portal's Background
// interface (RequestBackground with autostart) asks the host to do it. Spoken over D-Bus with
// `gdbus` (in every Flatpak runtime), so no D-Bus library is bundled for this one call.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { t } from '../i18n/common/translate';
import { failureKind, failureWords } from '../base/common/os-failure';

/** Flatpak puts /.flatpak-info in every sandbox and sets FLATPAK_ID. */
export function isFlatpak(env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): boolean {
  return Boolean(env['FLATPAK_ID']) || exists('/.flatpak-info');
}

/** A GVariant text-format string literal. */
function gvariantString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The `gdbus call` argv for org.freedesktop.portal.Background.RequestBackground. `commandline` is
 * what the host's autostart entry runs inside the sandbox; the portal answers later with a
 * Response signal on the returned request handle (the user may be asked once).
 */
export function requestBackgroundArgs(options: { autostart: boolean; reason: string; commandline: readonly string[] }): string[] {
  const commandline = `[${options.commandline.map(gvariantString).join(', ')}]`;
  const dict =
    `{'reason': <${gvariantString(options.reason)}>, 'autostart': <${options.autostart}>, ` +
    `'commandline': <@as ${commandline}>, 'dbus-activatable': <false>}`;
  return [
    'call',
    '--session',
    '--timeout=5',
    '--dest=org.freedesktop.portal.Desktop',
    '--object-path=/org/freedesktop/portal/desktop',
    '--method=org.freedesktop.portal.Background.RequestBackground',
    '',
    dict,
  ];
}

/** Runs the request; resolves null on success or one sentence saying why not. Never rejects. */
export function requestBackground(
  options: { autostart: boolean; reason: string; commandline: readonly string[] },
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('gdbus', requestBackgroundArgs(options), { env, timeout: 8_000, encoding: 'utf8' }, (error, _stdout, stderr) => {
      if (!error) return resolve(null);
      // The portal's own words (gdbus's last line) go to the log; the sentence says it in the person's words.
      const raw = stderr.trim().split('\n').pop() || error.message;
      resolve(t('main.autostart.portalRefused', { detail: failureWords('desktop portal background request', raw.slice(0, 300), raw === error.message ? failureKind(error) : 'ownWords') }));
    });
  });
}
