import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { PresenceProbe } from '../../../../electron/ports/presence';
import { choosePresenceProbes } from '../../../../electron/presence/adapters/choose';

const names = (probes: PresenceProbe[]) => probes.map((p) => p.name);
const ctx = { signal: new AbortController().signal, switches: { ...DEFAULT_PRESENCE_SWITCHES } };

async function unknownReasons(probes: PresenceProbe[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of probes.filter((p) => p.name.endsWith('(not available here)'))) {
    for (const f of await p.read(ctx)) {
      expect(f.value).toBeNull();
      out.push(`${f.via}: ${f.reason ?? ''}`);
    }
  }
  return out;
}

describe('choosePresenceProbes', () => {
  it('covers every switch on every platform', () => {
    const envs: Array<[NodeJS.Platform, NodeJS.ProcessEnv]> = [
      ['linux', { DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'GNOME' }],
      ['linux', { WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'KDE' }],
      ['linux', {}],
      ['freebsd', { DISPLAY: ':0' }],
      ['win32', {}],
      ['darwin', {}],
    ];
    for (const [platform, env] of envs) {
      const probes = choosePresenceProbes(platform, env);
      const uses = new Set(probes.flatMap((p) => p.uses));
      expect([...uses].sort(), `${platform} ${JSON.stringify(env)}`).toEqual([
        'camera',
        'dnd',
        'fullscreen',
        'meetingApps',
        'microphone',
      ]);
      for (const p of probes) p.dispose?.();
    }
  });

  it('on GNOME under X11 reads everything', () => {
    expect(
      names(
        choosePresenceProbes('linux', { DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', XDG_SESSION_TYPE: 'x11' }),
      ),
    ).toEqual([
      'PulseAudio/PipeWire recording streams',
      'camera devices held open (/proc/*/fd)',
      'X11 full-screen window in front',
      'GNOME do-not-disturb (show-banners)',
      'meeting apps running (process list)',
    ]);
  });

  it('on Wayland and on desktops without a readable DND setting says why', async () => {
    const probes = choosePresenceProbes('linux', {
      DISPLAY: ':0',
      WAYLAND_DISPLAY: 'wayland-0',
      XDG_SESSION_TYPE: 'wayland',
      XDG_CURRENT_DESKTOP: 'XFCE',
    });
    expect(await unknownReasons(probes)).toEqual([
      'fullscreen: on Wayland an app cannot see whether another window is full screen',
      'dnd: this desktop (xfce) keeps do-not-disturb where other apps cannot read it',
    ]);
    expect(await unknownReasons(choosePresenceProbes('linux', { DISPLAY: ':0' }))).toContain(
      'dnd: Limber cannot tell which desktop this is (XDG_CURRENT_DESKTOP is not set), so it cannot read its do-not-disturb',
    );
    expect(
      names(choosePresenceProbes('linux', { WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'KDE' })),
    ).toContain('KDE do-not-disturb (Notifications.Inhibited)');
  });

  it('on macOS answers unknown with reasons for all but the meeting-app list', async () => {
    const probes = choosePresenceProbes('darwin', {});
    const reasons = await unknownReasons(probes);
    expect(reasons).toHaveLength(4);
    expect(reasons.join('\n')).toMatch(/Focus \/ Do Not Disturb since macOS 12/);
    expect(names(probes)).toContain('meeting apps running (process list)');
  });

  it('on Windows uses the consent store and the shell notification state', () => {
    const probes = choosePresenceProbes('win32', {});
    expect(names(probes)).toEqual([
      'Windows capability access (microphone, webcam)',
      'Windows notification state (SHQueryUserNotificationState)',
      'meeting apps running (process list)',
    ]);
    for (const p of probes) p.dispose?.();
  });
});
