// The application menu. Electron's default one offers "Toggle Developer Tools" and "Reload", so a
// packaged Limber builds its own: Quit (Ctrl+Q, the way out on a desktop without a tray), zoom
// (Ctrl/⌘ +, −, 0: larger text matters in a health app) and the window keys (⌘W, ⌘M). On Windows
// and Linux the bar stays hidden until Alt is pressed (autoHideMenuBar); its keys always work. On
// macOS the Edit menu is kept, because ⌘C / ⌘V in text fields need it. Development builds add the
// developer items. Its words follow the active language; setupAppMenu() runs again when it changes.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { t } from '../i18n/common/translate';

export function applicationMenuTemplate(platform: NodeJS.Platform, options: { devTools: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: t('main.menu.view'),
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // Ctrl/⌘ + "=" as well: on most keyboards "+" needs Shift.
      { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
      { role: 'zoomOut' },
      ...(options.devTools ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
    ],
  };
  if (platform === 'darwin') {
    return [
      { role: 'appMenu' },
      { role: 'editMenu' },
      view,
      { label: t('main.menu.windowMac'), submenu: [{ role: 'minimize' }, { role: 'close' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] },
    ];
  }
  return [
    { label: t('main.menu.file'), submenu: [{ role: 'quit', label: t('main.menu.quit'), accelerator: 'CommandOrControl+Q' }] },
    view,
    { label: t('main.menu.window'), submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
}

export function setupAppMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, { devTools: !app.isPackaged })));
}
