// "Start Limber when I log in" on Linux and the BSDs: an XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/limber.desktop), written when the setting is on and removed when off.
// Electron's setLoginItemSettings does nothing there. Plain Node with an injectable file system, so
// tests write into a temporary folder and desktop-file-validate checks the very text written here.
import * as realFs from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../base/common/error-message';
import type { DesktopText } from './desktop-words';

export const AUTOSTART_FILE_NAME = 'limber.desktop';

/** The switch a login launch carries, so it starts in the background (read by the command line). */
export const HIDDEN_SWITCH = '--hidden';

/** What a login launch runs: the AppImage itself when running from one (its mount path changes). */
export function loginCommand(env: NodeJS.ProcessEnv, execPath: string): string[] {
  return [env['APPIMAGE'] || execPath, HIDDEN_SWITCH];
}

export interface AutostartEntry {
  /** argv: the executable and its arguments, e.g. ['/opt/Limber/limber', '--hidden']. */
  command: readonly string[];
  name: string;
  /** A plain string, or a text with its translations (written as Comment[de]=… and so on). */
  comment: string | DesktopText;
  genericName?: DesktopText;
  /** An icon name from the theme (or an absolute path); omitted when unknown. */
  icon?: string;
}

// Characters that force quoting in an Exec argument (Desktop Entry spec, "The Exec key").
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument, quoted and escaped as the spec asks (before the string-value escaping). */
function quoteExecArg(arg: string): string {
  const percentSafe = arg.replace(/%/g, '%%');
  if (percentSafe !== '' && !RESERVED.test(percentSafe)) return percentSafe;
  return `"${percentSafe.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** A value of type string: the spec's escapes for backslash and control characters. */
function escapeValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
}

/** A value on one line, escaped, so no text can add keys. */
const oneLine = (s: string) => escapeValue(s.replace(/[\r\n\t]+/g, ' ').trim());

/** `key=value` and a `key[tag]=…` line per translation, each on one line and escaped. */
export function localizedLines(key: string, text: string | DesktopText): string[] {
  const { value, translations } = typeof text === 'string' ? { value: text, translations: {} } : text;
  return [`${key}=${oneLine(value)}`, ...Object.entries(translations).map(([tag, words]) => `${key}[${tag}]=${oneLine(words)}`)];
}

export function execLine(command: readonly string[]): string {
  if (command.length === 0 || !command[0]) throw new Error('The autostart command needs an executable.');
  return escapeValue(command.map(quoteExecArg).join(' '));
}

/** The .desktop file's text: a valid Desktop Entry (desktop-file-validate passes it). */
export function autostartDesktopEntry(entry: AutostartEntry): string {
  const lines = [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${oneLine(entry.name)}`,
    ...(entry.genericName ? localizedLines('GenericName', entry.genericName) : []),
    ...localizedLines('Comment', entry.comment),
    `Exec=${execLine(entry.command)}`,
    ...(entry.icon ? [`Icon=${oneLine(entry.icon)}`] : []),
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
  ];
  return `${lines.join('\n')}\n`;
}

/** $XDG_CONFIG_HOME/autostart, where XDG_CONFIG_HOME defaults to ~/.config (and must be absolute). */
export function autostartDir(env: NodeJS.ProcessEnv, home: string = homedir()): string {
  const configHome = env['XDG_CONFIG_HOME'];
  return join(configHome && configHome.startsWith('/') ? configHome : join(home, '.config'), 'autostart');
}

export type AutostartFs = Pick<typeof realFs, 'mkdir' | 'writeFile' | 'rename' | 'rm' | 'readFile'>;

/** An autostart file longer than this is not one a person or a desktop wrote; it is not parsed. */
const MAX_ENTRY_BYTES = 64 * 1024;

/**
 * Whether an existing entry starts the app. A person who switched it off in GNOME Tweaks, KDE's
 * Autostart or by hand has `Hidden=true` or `X-GNOME-Autostart-enabled=false` in it (Desktop
 * Application Autostart spec; GNOME's own key), and that choice is theirs to keep.
 */
export function entryStartsApp(text: string): boolean {
  let inEntry = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) inEntry = line === '[Desktop Entry]';
    if (!inEntry) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim().toLowerCase();
    if ((key === 'Hidden' && value === 'true') || (key === 'X-GNOME-Autostart-enabled' && value === 'false')) return false;
  }
  return true;
}

export type AutostartResult = { ok: true; changed: boolean; path: string } | { ok: false; path: string; message: string };

/** Writes or removes the entry. Never throws: a read-only home becomes a message, not a crash. */
export class XdgAutostart {
  readonly path: string;

  constructor(
    dir: string,
    private readonly fs: AutostartFs = realFs,
  ) {
    this.path = join(dir, AUTOSTART_FILE_NAME);
  }

  /** What the entry on disk says: none, one that starts the app, or one the person switched off. */
  async read(): Promise<'absent' | 'on' | 'off'> {
    const text = await this.fs.readFile(this.path, 'utf8').catch(() => null);
    if (text === null) return 'absent';
    if (text.length > MAX_ENTRY_BYTES) return 'on';
    return entryStartsApp(text) ? 'on' : 'off';
  }

  async enable(entry: AutostartEntry): Promise<AutostartResult> {
    try {
      const text = autostartDesktopEntry(entry);
      const current = await this.fs.readFile(this.path, 'utf8').catch(() => null);
      if (current === text) return { ok: true, changed: false, path: this.path };
      await this.fs.mkdir(join(this.path, '..'), { recursive: true });
      // Write beside it and rename, so the session never reads half a file.
      const temp = `${this.path}.${process.pid}.tmp`;
      await this.fs.writeFile(temp, text, { encoding: 'utf8', mode: 0o644 });
      await this.fs.rename(temp, this.path);
      return { ok: true, changed: true, path: this.path };
    } catch (error) {
      return { ok: false, path: this.path, message: describe(error) };
    }
  }

  async disable(): Promise<AutostartResult> {
    try {
      const existed = (await this.fs.readFile(this.path, 'utf8').catch(() => null)) !== null;
      await this.fs.rm(this.path, { force: true });
      return { ok: true, changed: existed, path: this.path };
    } catch (error) {
      return { ok: false, path: this.path, message: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  return errorMessage(error);
}
