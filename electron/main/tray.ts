import { Menu, nativeImage, Tray } from 'electron';
import { activeLocale, t } from '../i18n/common/translate';
import { buildTrayMenu, type TrayActions, type TrayState } from './tray-menu';

export { buildTrayMenu, type TrayActions, type TrayState } from './tray-menu';

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
