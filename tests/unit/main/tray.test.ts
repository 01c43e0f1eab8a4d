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
  moved: vi.fn(),
  wasAway: vi.fn(),
};
const quiet = { sittingLine: null, awayUnsure: false };

describe('tray menu', () => {
  it('shows the schedule line first, and offers Snooze and Resume only when they can act', () => {
    const menu = buildTrayMenu({ statusLine: 'Stretch break at 14:35', paused: false, focus: false, canSnooze: false, ...quiet }, actions);
    expect(menu[0]).toMatchObject({ label: 'Stretch break at 14:35', enabled: false });
    expect(menu.find((i) => i.label === 'Snooze')?.enabled).toBe(false);
    expect(menu.find((i) => i.label === 'Resume reminders')?.enabled).toBe(false);
    const paused = buildTrayMenu({ statusLine: 'Paused until 15:00', paused: true, focus: true, canSnooze: true, ...quiet }, actions);
    expect(paused.find((i) => i.label === 'Snooze')?.enabled).toBe(true);
    expect(paused.find((i) => i.label === 'Resume reminders')?.enabled).toBe(true);
    expect(paused.find((i) => i.label === 'Focus mode')?.checked).toBe(true);
  });

  it('shows the sitting bout under the schedule, and offers "I already moved" while sitting and "I was away" only when unsure', () => {
    const sitting = buildTrayMenu({ statusLine: 'Stretch break at 14:35', paused: false, focus: false, canSnooze: false, sittingLine: 'Sitting since 13:50', awayUnsure: true }, actions);
    expect(sitting[1]).toMatchObject({ label: 'Sitting since 13:50', enabled: false });
    const moved = sitting.find((i) => i.label === 'I already moved')!;
    expect(moved.enabled).toBe(true);
    (moved.click as () => void)();
    expect(actions.moved).toHaveBeenCalledTimes(1);
    const away = sitting.find((i) => i.label === 'I was away from my desk')!;
    expect(away.enabled).toBe(true);
    (away.click as () => void)();
    expect(actions.wasAway).toHaveBeenCalledTimes(1);
    const up = buildTrayMenu({ statusLine: 'Away — your break is counting', paused: false, focus: false, canSnooze: false, ...quiet }, actions);
    expect(up.find((i) => i.label === 'I already moved')?.enabled).toBe(false);
    expect(up.find((i) => i.label === 'I was away from my desk')?.enabled).toBe(false);
  });

  it('each pause choice passes its own name on', () => {
    const menu = buildTrayMenu({ statusLine: '', paused: false, focus: false, canSnooze: false, ...quiet }, actions);
    const pause = menu.find((i) => i.label === 'Pause')?.submenu as Array<{ label: string; click: () => void }>;
    for (const item of pause) item.click();
    expect(actions.pause.mock.calls.map((c) => c[0] as string)).toEqual(['30m', '1h', 'tomorrow']);
  });
});
