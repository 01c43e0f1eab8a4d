// The stand-in's desktop: notifications, the tray and its host, menus, displays and dialogs. Each
// behaves as Electron 45 does on the desktop a test describes (LIMBER_STAND_IN_* variables), so a
// main process that relies on a kinder desktop fails here as it would for a person.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { record, violations } from './journal';

const env = process.env;

/**
 * Whether org.kde.StatusNotifierWatcher is owned now: the same answer the stand-in dbus-send gives
 * (run-main.ts). LIMBER_STAND_IN_TRAY_HOST=false: none; LIMBER_STAND_IN_TRAY_HOST_AT: from that
 * epoch second on (a host that starts late, as at login).
 */
export function trayHostPresent(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  if ((env['LIMBER_STAND_IN_TRAY_HOST'] ?? 'true') !== 'true') return false;
  const at = Number(env['LIMBER_STAND_IN_TRAY_HOST_AT'] ?? 0);
  return Date.now() / 1000 >= at;
}

/** Electron's Notification. Shown ones are kept so a scenario can answer them. */
export class Notification extends EventEmitter {
  static readonly shown: Notification[] = [];
  static isSupported = () => true;
  constructor(readonly options: Record<string, unknown>) {
    super();
    record('new Notification', 'after-ready', options);
  }
  show(): void {
    record('notification.show', 'after-ready', this.options['title']);
    Notification.shown.push(this);
  }
  close(): void {
    record('notification.close', 'after-ready', this.options['title']);
  }
}

// Every role Electron 45's MenuItem accepts (docs/api/menu-item.md); anything else is a typo that
// Electron would reject when the menu is built.
const ROLES = new Set(
  (
    'undo redo cut copy paste pasteAndMatchStyle delete selectAll reload forceReload toggleDevTools resetZoom zoomIn ' +
    'zoomOut toggleSpellChecker togglefullscreen window minimize close help about services hide hideOthers unhide ' +
    'quit showSubstitutions toggleSmartQuotes toggleSmartDashes toggleTextReplacement startSpeaking stopSpeaking zoom ' +
    'front appMenu fileMenu editMenu viewMenu shareMenu recentDocuments toggleTabBar selectNextTab selectPreviousTab ' +
    'showAllTabs mergeAllWindows clearRecentDocuments moveTabToNewWindow windowMenu'
  ).split(' '),
);
type Template = Array<{ role?: string; submenu?: Template }>;
function checkRoles(template: Template): void {
  for (const item of template) {
    if (item.role !== undefined && !ROLES.has(item.role)) violations.push(`menu role "${item.role}" does not exist`);
    if (Array.isArray(item.submenu)) checkRoles(item.submenu);
  }
}

export const Menu = {
  applicationMenu: 'default' as unknown,
  buildFromTemplate: (template: Template) => {
    checkRoles(template);
    return { template };
  },
  setApplicationMenu(menu: unknown): void {
    record('Menu.setApplicationMenu', 'any', menu);
    Menu.applicationMenu = menu;
  },
};

export const nativeImage = {
  createFromPath(path: string) {
    record('nativeImage.createFromPath', 'any', path);
    return { path, isEmpty: () => !existsSync(path), setTemplateImage: () => {} };
  },
};

export class Tray extends EventEmitter {
  static readonly all: Tray[] = [];
  menu: { template: unknown[] } | null = null;
  tooltip = '';
  title = '';
  destroyed = false;
  constructor(readonly image: { path: string }) {
    super();
    record('new Tray', 'after-ready', image.path);
    // Chromium asks for the watcher once, when the icon is made; without one it falls back to an
    // XEmbed icon that GNOME and every Wayland desktop never show, and it never asks again.
    if (!trayHostPresent()) violations.push('new Tray with no tray host: the icon would never be seen');
    Tray.all.push(this);
  }
  setToolTip = (text: string) => void (this.tooltip = text);
  setTitle = (text: string) => {
    record('tray.setTitle', 'after-ready', text);
    this.title = text;
  };
  setContextMenu = (menu: { template: unknown[] }) => void (this.menu = menu);
  destroy = () => void (this.destroyed = true);
  isDestroyed = () => this.destroyed;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const display = (id: number, bounds: Rect) => ({ id, bounds, workArea: { ...bounds, height: bounds.height - 40 } });
/** Two side-by-side displays; the pointer is on the right one, where the person works. */
const DISPLAYS = [display(1, { x: 0, y: 0, width: 1920, height: 1080 }), display(2, { x: 1920, y: 0, width: 2560, height: 1440 })];
export const screen = {
  cursor: { x: 2600, y: 700 },
  getPrimaryDisplay: () => {
    record('screen.getPrimaryDisplay', 'after-ready');
    return DISPLAYS[0]!;
  },
  getAllDisplays: () => DISPLAYS,
  getCursorScreenPoint: () => {
    record('screen.getCursorScreenPoint', 'after-ready');
    return { ...screen.cursor };
  },
  getDisplayNearestPoint: (point: { x: number; y: number }) => {
    record('screen.getDisplayNearestPoint', 'after-ready', point);
    const inside = DISPLAYS.find((d) => point.x >= d.bounds.x && point.x < d.bounds.x + d.bounds.width);
    return inside ?? DISPLAYS[0]!;
  },
};

/**
 * Message boxes are answered by the labels in LIMBER_STAND_IN_DIALOG_ANSWER, one per box in order
 * (and the checkbox by LIMBER_STAND_IN_DIALOG_CHECK=1); a box without that button is a breach.
 */
const answers = (env['LIMBER_STAND_IN_DIALOG_ANSWER'] ?? '').split(',').filter(Boolean);

// Electron 45's OpenDialogOptions (electron.d.ts): these fields and properties only.
const OPEN_OPTIONS = new Set(['title', 'defaultPath', 'buttonLabel', 'filters', 'properties', 'message', 'securityScopedBookmarks']);
const OPEN_PROPERTIES = new Set(
  'openFile openDirectory multiSelections showHiddenFiles createDirectory promptToCreate noResolveAliases treatPackageAsDirectory dontAddToRecent'.split(' '),
);
/** Electron's rules for an open dialog's options; each breach is recorded, as Electron would misbehave on it. */
function checkOpenOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) return void violations.push('dialog.showOpenDialog without an options object');
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!OPEN_OPTIONS.has(key)) violations.push(`dialog.showOpenDialog has no option "${key}"`);
  for (const key of ['title', 'defaultPath', 'buttonLabel', 'message'])
    if (o[key] !== undefined && typeof o[key] !== 'string') violations.push(`dialog.showOpenDialog: ${key} must be a string`);
  const properties = o['properties'] ?? [];
  if (!Array.isArray(properties) || properties.some((p) => !OPEN_PROPERTIES.has(p as string)))
    violations.push(`dialog.showOpenDialog: unknown properties ${JSON.stringify(properties)}`);
  const filters = o['filters'] ?? [];
  if (!Array.isArray(filters)) return void violations.push('dialog.showOpenDialog: filters must be a list');
  for (const filter of filters as Array<{ name?: unknown; extensions?: unknown }>) {
    if (typeof filter.name !== 'string' || !Array.isArray(filter.extensions)) violations.push('dialog.showOpenDialog: a filter needs a name and extensions');
    // "without wildcards or dots (e.g. 'png' is good but '.png' and '*.png' are bad)"; '*' alone shows all files.
    else if (filter.extensions.some((e) => typeof e !== 'string' || (e !== '*' && /[.*]/.test(e))))
      violations.push(`dialog.showOpenDialog: bad extensions ${JSON.stringify(filter.extensions)}`);
  }
}

export const dialog = {
  showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', 'any', title, content),
  /**
   * Cancelled, unless LIMBER_STAND_IN_SAVE_DIR names a folder: then the person picks the suggested
   * name in it (Electron 45 resolves { canceled, filePath }).
   */
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string | undefined }> {
    const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string };
    record('dialog.showSaveDialog', 'after-ready', options);
    const dir = env['LIMBER_STAND_IN_SAVE_DIR'];
    const name = (options.defaultPath ?? 'file').split(/[\\/]/).pop()!;
    return Promise.resolve(dir ? { canceled: false, filePath: `${dir}/${name}` } : { canceled: true, filePath: undefined });
  },
  /**
   * showOpenDialog([window, ]options): the person chooses LIMBER_STAND_IN_OPEN_FILE, or cancels
   * without it (Electron then gives an empty list). Only after ready, as every dialog.
   */
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    if (args.length > 1 && (typeof args[0] !== 'object' || args[0] === null)) violations.push('dialog.showOpenDialog: the first of two arguments must be a window');
    const options = args.length > 1 ? args[1] : args[0];
    record('dialog.showOpenDialog', 'after-ready', options);
    checkOpenOptions(options);
    const chosen = env['LIMBER_STAND_IN_OPEN_FILE'];
    return new Promise((resolve) => setTimeout(() => resolve(chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] }), 20));
  },
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    const options = (args.length > 1 ? args[1] : args[0]) as { buttons?: string[]; cancelId?: number; checkboxLabel?: string };
    record('dialog.showMessageBox', 'after-ready', options);
    const answer = answers.shift();
    const index = answer === undefined ? (options.cancelId ?? 0) : (options.buttons ?? []).indexOf(answer);
    if (index < 0) violations.push(`a message box without the button "${answer}"`);
    const checked = env['LIMBER_STAND_IN_DIALOG_CHECK'] === '1' && options.checkboxLabel !== undefined;
    return new Promise((resolve) => setTimeout(() => resolve({ response: Math.max(index, 0), checkboxChecked: checked }), 20));
  },
};
