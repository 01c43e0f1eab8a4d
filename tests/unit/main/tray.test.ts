import { describe, expect, it, vi } from 'vitest';

// The tray's menu is a pure function of its state; Electron itself is not needed to judge it.
vi.mock('electron', () => ({ Menu: {}, Tray: class {}, nativeImage: {} }));
const { buildTrayMenu } = await import('../../../electron/main/tray');

const actions = {
  startSession: vi.fn(),
  snooze: vi.fn(),
  pause: vi.fn(),
  resume: vi.fn(),
  toggleFocus: vi.fn(),
  openSettings: vi.fn(),
  openWindow: vi.fn(),
  quit: vi.fn(),
};

describe('tray menu', () => {
  it('shows the schedule line first, and offers Snooze and Resume only when they can act', () => {
    const menu = buildTrayMenu({ statusLine: 'Stretch break at 14:35', paused: false, focus: false, canSnooze: false }, actions);
    expect(menu[0]).toMatchObject({ label: 'Stretch break at 14:35', enabled: false });
    expect(menu.find((i) => i.label === 'Snooze')?.enabled).toBe(false);
    expect(menu.find((i) => i.label === 'Resume reminders')?.enabled).toBe(false);
    const paused = buildTrayMenu({ statusLine: 'Paused until 15:00', paused: true, focus: true, canSnooze: true }, actions);
    expect(paused.find((i) => i.label === 'Snooze')?.enabled).toBe(true);
    expect(paused.find((i) => i.label === 'Resume reminders')?.enabled).toBe(true);
    expect(paused.find((i) => i.label === 'Focus mode')?.checked).toBe(true);
  });

  it('each pause choice passes its own name on', () => {
    const menu = buildTrayMenu({ statusLine: '', paused: false, focus: false, canSnooze: false }, actions);
    const pause = menu.find((i) => i.label === 'Pause')?.submenu as Array<{ label: string; click: () => void }>;
    for (const item of pause) item.click();
    expect(actions.pause.mock.calls.map((c) => c[0] as string)).toEqual(['30m', '1h', 'tomorrow']);
  });
});
