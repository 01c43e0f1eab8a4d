import { z } from 'zod';
import { channel, event, perMinute } from '../../base/common/define-channel';
import type { PlatformCapabilities } from '../../base/common/platform-capabilities';

export const VIEWS = ['home', 'settings', 'session', 'history', 'safety', 'routines'] as const;
export type View = (typeof VIEWS)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  capabilities: PlatformCapabilities;
  /** Where Limber keeps its diagnostics (shown in Settings for bug reports); absent in tests. */
  logFile?: string;
}

/** Something main wants the user to read once, e.g. "your settings file was repaired". */
export interface Notice {
  id: string;
  level: 'info' | 'warning';
  message: string;
}

/**
 * What the main window's page tells main about itself, so that a hidden window can be destroyed
 * and made again showing the same thing (window-state.ts): the view on screen, and whether it
 * holds something only it has (a session under way, an unsaved draft). Such a window is kept.
 */
export const WindowStateSchema = z.object({ view: z.enum(VIEWS), holds: z.boolean() }).strict();
export type WindowState = z.infer<typeof WindowStateSchema>;

export const appChannels = {
  'app:get-info': channel<AppInfo>()('getAppInfo', z.tuple([])),
  /** The page is ready for events; returns notices queued before it was. */
  'app:renderer-ready': channel<Notice[]>()('rendererReady', z.tuple([])),
  'app:dismiss-notice': channel<boolean>()('dismissNotice', z.tuple([z.string().min(1).max(100)])),
  /** Opens a vetted https link in the browser; anything else is refused. */
  'app:open-external': channel<boolean>()('openExternal', z.tuple([z.url({ protocol: /^https$/ }).max(2048)]), perMinute(10)),
  /** The main window's view and whether it holds unsaved work or a session (window-state.ts). */
  'app:window-state': channel<boolean>()('reportWindowState', z.tuple([WindowStateSchema]), perMinute(120)),
} as const;

export const appEvents = {
  'app:navigate': event<View>()('onNavigate'),
  'app:notice': event<Notice>()('onNotice'),
} as const;
