import type { MenuItemConstructorOptions } from 'electron';

// The tray's menu as a template, apart from the native Tray (tray.ts): it needs nothing of Electron
// at run time, so the screenshots draw exactly what the tray lists (tests/support/tray-menu-html.ts).

export interface TrayState {
  /** e.g. "Stretch break in 23 min" or "Paused until 14:30". */
  statusLine: string;
  paused: boolean;
  focus: boolean;
  canSnooze: boolean;
  /** "Sitting since 14:03", or null while not sitting (wording.ts: sittingLine). */
  sittingLine: string | null;
  /** An idle spell Limber could not judge: "I was away from my desk" can answer it. */
  awayUnsure: boolean;
}

export interface TrayActions {
  startSession: () => void;
  snooze: () => void;
  pause: (choice: '30m' | '1h' | 'tomorrow') => void;
  resume: () => void;
  toggleFocus: () => void;
  openSettings: () => void;
  openWindow: () => void;
  quit: () => void;
  /** "I already moved": the sitting bout ends now. */
  moved: () => void;
  /** "I was away from my desk": the last unsure idle spell was a break. */
  wasAway: () => void;
}

export function buildTrayMenu(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: state.statusLine, enabled: false },
    ...(state.sittingLine ? [{ label: state.sittingLine, enabled: false }] : []),
    { type: 'separator' },
    { label: 'I already moved', enabled: state.sittingLine !== null, click: actions.moved },
    { label: 'I was away from my desk', enabled: state.awayUnsure, click: actions.wasAway },
    { label: 'Start stretch session now', click: actions.startSession },
    { label: 'Snooze', enabled: state.canSnooze, click: actions.snooze },
    {
      label: 'Pause',
      submenu: [
        { label: 'For 30 minutes', click: () => actions.pause('30m') },
        { label: 'For 1 hour', click: () => actions.pause('1h') },
        { label: 'Until tomorrow morning', click: () => actions.pause('tomorrow') },
      ],
    },
    { label: 'Resume reminders', enabled: state.paused, click: actions.resume },
    { label: 'Focus mode', type: 'checkbox', checked: state.focus, click: actions.toggleFocus },
    { type: 'separator' },
    { label: 'Open Limber', click: actions.openWindow },
    { label: 'Settings…', click: actions.openSettings },
    { type: 'separator' },
    { label: 'Quit Limber', role: 'quit', click: actions.quit },
  ];
}
