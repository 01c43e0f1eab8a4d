import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's globalShortcut, as the OS would behave: one owner per accelerator.
const registered = new Map<string, () => void>();
const takenByOtherApps = new Set<string>();
vi.mock('electron', () => ({
  globalShortcut: {
    register: (accelerator: string, callback: () => void) => {
      if (takenByOtherApps.has(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    unregister: (accelerator: string) => registered.delete(accelerator),
  },
}));

const { GlobalShortcuts } = await import('../../../electron/main/global-shortcuts');
const { setupGlobalShortcuts } = await import('../../../electron/main/shortcut-settings');
const { DEFAULT_SETTINGS } = await import('../../../electron/settings/common/schema');
type Settings = typeof DEFAULT_SETTINGS;

beforeEach(() => {
  registered.clear();
  takenByOtherApps.clear();
});

describe('GlobalShortcuts', () => {
  it('registers, re-registers on change, releases on empty and on dispose', () => {
    const shortcuts = new GlobalShortcuts<'a' | 'b'>(() => {});
    const press = vi.fn();
    shortcuts.apply('a', 'Control+Alt+A', press);
    registered.get('Control+Alt+A')!();
    expect(press).toHaveBeenCalledOnce();
    shortcuts.apply('a', 'Control+Alt+Z', press);
    expect([...registered.keys()]).toEqual(['Control+Alt+Z']);
    shortcuts.apply('a', '', press);
    expect(registered.size).toBe(0);
    shortcuts.apply('a', 'Control+Alt+A', press);
    shortcuts.apply('b', 'Control+Alt+B', press);
    shortcuts.dispose();
    expect(registered.size).toBe(0);
  });

  it('says so when another app holds the keys, and tries again on the next apply', () => {
    const unavailable = vi.fn();
    const shortcuts = new GlobalShortcuts<'a'>(unavailable);
    takenByOtherApps.add('Control+Alt+A');
    shortcuts.apply('a', 'Control+Alt+A', () => {});
    expect(unavailable).toHaveBeenCalledWith('a', 'Control+Alt+A', null);
    takenByOtherApps.clear();
    shortcuts.apply('a', 'Control+Alt+A', () => {});
    expect(registered.has('Control+Alt+A')).toBe(true);
  });

  it("names its own shortcut when two of Limber's would share the keys", () => {
    const unavailable = vi.fn();
    const shortcuts = new GlobalShortcuts<'a' | 'b'>(unavailable);
    shortcuts.apply('a', 'Control+Alt+A', () => {});
    shortcuts.apply('b', 'Control+Alt+A', () => {});
    expect(unavailable).toHaveBeenCalledWith('b', 'Control+Alt+A', 'a');
  });
});

describe('setupGlobalShortcuts', () => {
  function fakeSettings(initial: Partial<Settings>) {
    let value: Settings = { ...DEFAULT_SETTINGS, ...initial };
    const listeners = new Set<(s: Settings) => void>();
    return {
      get: () => value,
      onChange: (listener: (s: Settings) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      set(patch: Partial<Settings>) {
        value = { ...value, ...patch };
        for (const listener of listeners) listener(value);
      },
    };
  }

  it('follows both settings and runs the right action for each', () => {
    const settings = fakeSettings({ focusShortcut: 'Control+Alt+Shift+F', startShortcut: '' });
    const actions = { toggleFocus: vi.fn(), startSession: vi.fn(), warn: vi.fn() };
    const dispose = setupGlobalShortcuts({ settings, ...actions });
    expect([...registered.keys()]).toEqual(['Control+Alt+Shift+F']);
    settings.set({ startShortcut: 'Control+Alt+Shift+G' });
    registered.get('Control+Alt+Shift+G')!();
    registered.get('Control+Alt+Shift+F')!();
    expect(actions.startSession).toHaveBeenCalledOnce();
    expect(actions.toggleFocus).toHaveBeenCalledOnce();
    dispose();
    expect(registered.size).toBe(0);
    settings.set({ startShortcut: 'Control+Alt+Shift+X' });
    expect(registered.size).toBe(0);
  });

  it('warns in words the user can act on', () => {
    const settings = fakeSettings({ focusShortcut: 'Control+Alt+Shift+F', startShortcut: 'Control+Alt+Shift+F' });
    const warn = vi.fn();
    setupGlobalShortcuts({ settings, warn, toggleFocus: () => {}, startSession: () => {} });
    expect(warn).toHaveBeenCalledWith(
      'shortcut-unavailable-startShortcut',
      "The start-session shortcut Control+Alt+Shift+F is already Limber's focus shortcut. Choose another one in Settings.",
    );
  });

  it.each(['Control+C', 'CommandOrControl+V', 'Alt+F4', 'Super+L', 'Shift+A', 'CommandOrControl+Alt+F'])(
    'never takes %s, even from a hand-edited file, and says why',
    (accelerator) => {
      const settings = fakeSettings({ focusShortcut: accelerator, startShortcut: accelerator });
      const warn = vi.fn();
      const dispose = setupGlobalShortcuts({ settings, warn, toggleFocus: () => {}, startSession: () => {} });
      expect(registered.size).toBe(0);
      expect(warn).toHaveBeenCalledWith(
        'shortcut-refused-startShortcut',
        expect.stringMatching(/^The start-session shortcut was not turned on: .*would take that key/),
      );
      expect(warn).toHaveBeenCalledWith('shortcut-refused-focusShortcut', expect.stringMatching(/^The focus shortcut was not turned on/));
      dispose();
    },
  );

  it('takes nothing at all with the default settings', () => {
    const dispose = setupGlobalShortcuts({ settings: fakeSettings({}), warn: vi.fn(), toggleFocus: () => {}, startSession: () => {} });
    expect(registered.size).toBe(0);
    dispose();
  });
});
