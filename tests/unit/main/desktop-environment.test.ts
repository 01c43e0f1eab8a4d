import { describe, expect, it } from 'vitest';
import { chromiumSwitchesFor, applyChromiumSwitches } from '../../../electron/main/chromium-switches';
import { isWaylandSession, platformCapabilities, type SessionFacts } from '../../../electron/main/desktop-environment';

const linux = (env: NodeJS.ProcessEnv, ozonePlatform = '', ozonePlatformHint = ''): SessionFacts => ({
  platform: 'linux',
  env,
  ozonePlatform,
  ozonePlatformHint,
});

describe('isWaylandSession', () => {
  it('reads the session from WAYLAND_DISPLAY or XDG_SESSION_TYPE', () => {
    expect(isWaylandSession(linux({ XDG_SESSION_TYPE: 'wayland' }))).toBe(true);
    expect(isWaylandSession(linux({ WAYLAND_DISPLAY: 'wayland-0' }))).toBe(true);
    expect(isWaylandSession(linux({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }))).toBe(false);
    expect(isWaylandSession(linux({}))).toBe(false);
  });
  it('lets Electron’s --ozone-platform switch win, and a hint of x11 keep XWayland', () => {
    expect(isWaylandSession(linux({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' }, 'x11'))).toBe(false);
    expect(isWaylandSession(linux({ XDG_SESSION_TYPE: 'x11' }, 'wayland'))).toBe(true);
    expect(isWaylandSession(linux({ WAYLAND_DISPLAY: 'wayland-0' }, '', 'x11'))).toBe(false);
    expect(isWaylandSession(linux({ WAYLAND_DISPLAY: 'wayland-0' }, '', 'auto'))).toBe(true);
  });
  it('is never Wayland on Windows or macOS', () => {
    expect(isWaylandSession({ platform: 'win32', env: { WAYLAND_DISPLAY: 'x' }, ozonePlatform: 'wayland' })).toBe(false);
    expect(isWaylandSession({ platform: 'darwin', env: { XDG_SESSION_TYPE: 'wayland' }, ozonePlatform: '' })).toBe(false);
  });
  it('on Wayland, promises neither a floating reminder window nor a guaranteed shortcut', () => {
    expect(platformCapabilities(linux({ XDG_SESSION_TYPE: 'wayland' }))).toEqual({
      wayland: true,
      shortcutsGuaranteed: false,
      reminderWindowFloats: false,
    });
    expect(platformCapabilities(linux({ DISPLAY: ':0' }))).toEqual({
      wayland: false,
      shortcutsGuaranteed: true,
      reminderWindowFloats: true,
    });
  });
});

describe('Chromium switches', () => {
  it('turns speech-dispatcher on for Linux only (electron#4452)', () => {
    expect(chromiumSwitchesFor({ platform: 'linux', wayland: false, enableFeatures: '' })).toEqual({
      flags: ['enable-speech-dispatcher'],
      enableFeatures: '',
    });
    expect(chromiumSwitchesFor({ platform: 'darwin', wayland: false, enableFeatures: '' }).flags).toEqual([]);
    expect(chromiumSwitchesFor({ platform: 'win32', wayland: false, enableFeatures: '' }).flags).toEqual([]);
  });
  it('on Wayland adds GlobalShortcutsPortal to the features already asked for, once', () => {
    expect(chromiumSwitchesFor({ platform: 'linux', wayland: true, enableFeatures: 'Foo, Bar' }).enableFeatures).toBe(
      'Foo,Bar,GlobalShortcutsPortal',
    );
    expect(
      chromiumSwitchesFor({ platform: 'linux', wayland: true, enableFeatures: 'GlobalShortcutsPortal' }).enableFeatures,
    ).toBe('GlobalShortcutsPortal');
  });
  it('appends them to the command line, merging --enable-features into one switch', () => {
    const appended: Array<[string, string | undefined]> = [];
    applyChromiumSwitches(
      { appendSwitch: (name, value) => appended.push([name, value]), getSwitchValue: (n) => (n === 'enable-features' ? 'Foo' : '') },
      'linux',
      true,
    );
    expect(appended).toEqual([
      ['enable-speech-dispatcher', undefined],
      ['enable-features', 'Foo,GlobalShortcutsPortal'],
    ]);
  });
});
