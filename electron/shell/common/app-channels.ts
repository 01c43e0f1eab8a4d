import { z } from 'zod';
import { channel, event, perMinute } from '../../base/common/define-channel';
import type { PlatformCapabilities } from '../../base/common/platform-capabilities';

export const VIEWS = ['home', 'settings', 'session', 'history', 'safety'] as const;
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

export const appChannels = {
  'app:get-info': channel<AppInfo>()('getAppInfo', z.tuple([])),
  /** The page is ready for events; returns notices queued before it was. */
  'app:renderer-ready': channel<Notice[]>()('rendererReady', z.tuple([])),
  'app:dismiss-notice': channel<boolean>()('dismissNotice', z.tuple([z.string().min(1).max(100)])),
  /** Opens a vetted https link in the browser; anything else is refused. */
  'app:open-external': channel<boolean>()('openExternal', z.tuple([z.url({ protocol: /^https$/ }).max(2048)]), perMinute(10)),
} as const;

export const appEvents = {
  'app:navigate': event<View>()('onNavigate'),
  'app:notice': event<Notice>()('onNotice'),
} as const;
