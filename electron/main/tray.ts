import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import { activeLocale, t } from '../i18n/common/translate';

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

/** The tray icon: its tooltip shows the time of the next break. */
export class LimberTray {
  private readonly tray: Tray;
  private lastTooltip = '';

  constructor(iconPath: string, private readonly actions: TrayActions) {
    const icon = nativeImage.createFromPath(iconPath);
    if (process.platform === 'darwin') icon.setTemplateImage(true);
    this.tray = new Tray(icon);
    this.tray.on('click', actions.openWindow);
  }

  update(state: TrayState): void {
    const tooltip = t('main.tray.tooltip', { status: state.statusLine });
    // Rebuilding the menu is cheap but not free; only do it when something shown changed.
    if (tooltip === this.lastTooltip && !this.menuStateChanged(state)) return;
    this.lastTooltip = tooltip;
    // The tooltip only: a title beside the macOS menu-bar icon would push it under the notch.
    this.tray.setToolTip(tooltip);
    this.tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenu(state, this.actions)));
  }

  private lastMenuKey = '';
  private menuStateChanged(state: TrayState): boolean {
    // The language is part of what is shown: a change of language redraws the menu.
    const key = `${activeLocale()}|${state.paused}|${state.focus}|${state.canSnooze}|${state.sittingLine}|${state.awayUnsure}`;
    const changed = key !== this.lastMenuKey;
    this.lastMenuKey = key;
    return changed;
  }

  destroy(): void {
    this.tray.destroy();
  }
}
