// Shared by the notification adapters: options, defaults and how texts are made safe for a
// helper process's argv. Adapter-side only; the port itself is in core/reminders/notifier-port.
import type { ReminderNotification } from '../../ports/notifier';

export interface NotifierOptions {
  appName?: string;
  /** Windows AppUserModelID; must match electron-builder's appId so toasts carry the app's name. */
  appId?: string;
  /** Absolute path to an icon file. */
  icon?: string;
  /** Environment for helper processes (tests point DBUS_SESSION_BUS_ADDRESS at a private bus). */
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_APP_NAME = 'Limber';
export const DEFAULT_APP_ID = 'app.limber.desktop';
export const DEFAULT_TIMEOUT_SEC = 60;

/** Seconds the notification stays up: finite, 1..3600. */
export function effectiveTimeoutSec(n: ReminderNotification): number {
  const t = n.timeoutSec ?? DEFAULT_TIMEOUT_SEC;
  if (!Number.isFinite(t)) return DEFAULT_TIMEOUT_SEC;
  return Math.min(3600, Math.max(1, Math.round(t)));
}

/** Text for a helper's argv: no NULs (execFile rejects them) and no other control characters but newline. */
export function cleanText(s: string, maxLength = 1000): string {
  const normalized = s.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex
  return normalized.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').slice(0, maxLength);
}

/**
 * The body as text for a server that reads markup in it (the freedesktop spec's body-markup, which
 * GNOME, KDE and dunst all do): a routine named "<b>Physio</b> & co" is shown as typed, never bold
 * and never a link. The title is never read as markup.
 */
export const escapeBodyMarkup = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A button label: one line, none of the separators node-notifier's helpers split on (`;` `,`). */
export function cleanLabel(s: string): string {
  return cleanText(s, 64)
    .replace(/[\n;,]/g, ' ')
    .trim();
}

/** package.json's desktopName without ".desktop": the installed desktop file and Wayland app_id. */
export const DESKTOP_ENTRY_ID = 'app.limber.desktop';
