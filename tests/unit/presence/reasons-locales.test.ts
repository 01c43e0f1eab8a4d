import { afterEach, describe, expect, it } from 'vitest';
import { choosePresenceProbes } from '../../../electron/presence/adapters/choose';
import { runCommand } from '../../../electron/presence/adapters/command';
import { meetingAppsProbe } from '../../../electron/presence/adapters/meeting-apps';
import { notificationStateFindings } from '../../../electron/presence/adapters/windows-notification-state';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../electron/presence/common/combine';
import { activateMainCatalogue } from '../../support/main-catalogue';

// The Settings card's "Calls and presentations" readings explain themselves in main's language:
// why a signal cannot be read here, what was seen, why a probe failed. The technical details
// (a program, a variable, a desktop's name, an app's name) stay as they are.

type Language = 'en' | 'de' | 'es' | 'fr';
const context = { signal: new AbortController().signal, switches: { ...DEFAULT_PRESENCE_SWITCHES, meetingApps: ['zoom.us'] } };

async function reasonsIn(locale: Language): Promise<string[]> {
  activateMainCatalogue(locale);
  // Only the probes that answer without running anything: those this platform cannot offer.
  const unavailable = async (platform: NodeJS.Platform, env: NodeJS.ProcessEnv) => {
    const probes = choosePresenceProbes(platform, env).filter((p) => p.name.endsWith('(not available here)'));
    return (await Promise.all(probes.map((p) => p.read(context)))).flat().map((f) => f.reason ?? '');
  };
  const zoom = meetingAppsProbe({ platform: 'darwin', env: {}, run: () => Promise.resolve({ code: 0, stdout: 'COMMAND\nzoom.us\nFinder\n', stderr: '' }) });
  const missing = await runCommand('limber-no-such-program', [], { env: {}, signal: context.signal }).then(
    () => 'ran',
    (error: Error) => error.message,
  );
  // The probes' names as the card shows them before a failure ("…: no answer within 2000 ms").
  const labels = [...choosePresenceProbes('linux', { DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'GNOME' }), ...choosePresenceProbes('linux', { XDG_CURRENT_DESKTOP: 'KDE' }), ...choosePresenceProbes('win32', {})]
    .filter((p) => p.label)
    .map((p) => p.label!());
  const failing = meetingAppsProbe({ platform: 'darwin', env: {}, run: () => Promise.resolve({ code: 3, stdout: '', stderr: '' }) });
  const failure = await failing.read(context).then(
    () => 'read',
    (error: Error) => error.message,
  );
  return [
    ...labels,
    failure,
    ...(await unavailable('darwin', {})),
    ...(await unavailable('freebsd', { XDG_CURRENT_DESKTOP: 'sway' })),
    ...(await unavailable('freebsd', {})),
    ...(await unavailable('linux', { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' })),
    ...(await zoom.read(context)).map((f) => f.reason ?? ''),
    ...[2, 3, 4, 6, 99].flatMap((state) => notificationStateFindings(state).map((f) => f.reason ?? '')).filter(Boolean),
    missing,
  ];
}

afterEach(() => activateMainCatalogue('en'));

describe('presence reasons in every language', () => {
  it('English as before', async () => {
    const en = await reasonsIn('en');
    expect(en).toContain('on Wayland an app cannot see whether another window is full screen');
    expect(en).toContain('this desktop (sway) keeps do-not-disturb where other apps cannot read it');
    expect(en).toContain('meeting app running: zoom.us');
    expect(en).toContain('ps: exit code 3');
    expect(en).toContain('PulseAudio/PipeWire recording streams');
    expect(en).toContain('limber-no-such-program is not installed (not found on PATH)');
    expect(en.some((r) => r.startsWith('microphone: macOS tells other apps'))).toBe(true);
  });

  it.each(['de', 'es', 'fr'] as const)('%s: every reason translated, the technical details kept', async (locale) => {
    const en = await reasonsIn('en');
    const reasons = await reasonsIn(locale);
    expect(reasons).toHaveLength(en.length);
    expect(en.length).toBeGreaterThan(15);
    reasons.forEach((reason, i) => {
      expect(reason, `"${en[i]}" in ${locale}`).not.toBe(en[i]);
      expect(reason).not.toMatch(/^main\./);
    });
    const all = reasons.join('\n');
    for (const detail of ['sway', 'zoom.us', 'XDG_CURRENT_DESKTOP', 'DISPLAY', '/proc', 'limber-no-such-program', 'PATH', '(99)', 'CoreMediaIO', 'show-banners', 'Notifications.Inhibited', 'SHQueryUserNotificationState']) expect(all).toContain(detail);
  });
});
