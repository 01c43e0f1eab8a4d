import type { MenuItemConstructorOptions } from 'electron';
import { t } from '../i18n/common/translate';

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
    { label: t('main.tray.moved'), enabled: state.sittingLine !== null, click: actions.moved },
    { label: t('main.tray.away'), enabled: state.awayUnsure, click: actions.wasAway },
    { label: t('main.tray.startNow'), click: actions.startSession },
    { label: t('main.tray.snooze'), enabled: state.canSnooze, click: actions.snooze },
    {
      label: t('main.tray.pause'),
      submenu: [
        { label: t('main.tray.pause30m'), click: () => actions.pause('30m') },
        { label: t('main.tray.pause1h'), click: () => actions.pause('1h') },
        { label: t('main.tray.pauseTomorrow'), click: () => actions.pause('tomorrow') },
      ],
    },
    { label: t('main.tray.resume'), enabled: state.paused, click: actions.resume },
    { label: t('main.tray.focus'), type: 'checkbox', checked: state.focus, click: actions.toggleFocus },
    { type: 'separator' },
    { label: t('main.tray.open'), click: actions.openWindow },
    { label: t('main.tray.settings'), click: actions.openSettings },
    { type: 'separator' },
    { label: t('main.tray.quit'), role: 'quit', click: actions.quit },
  ];
}
