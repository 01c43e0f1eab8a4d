import type { CHANNELS, EVENTS } from './contract';

/**
 * The IPC surface by name only: channel → preload method, event → preload listener. The sandboxed
 * preload is built from this file alone, so it carries a few hundred bytes of names instead of
 * every zod schema (which main needs, and the page never runs). The contract stays the source of
 * truth: the `satisfies` clauses below make tsc reject a missing, extra or misspelt entry, and
 * tests/unit/ipc/names.test.ts checks the same at run time.
 */
type MethodOf<T extends Record<string, { method: string }>> = { readonly [K in keyof T]: T[K]['method'] };

export const CHANNEL_METHODS = {
  'app:get-info': 'getAppInfo',
  'app:renderer-ready': 'rendererReady',
  'app:dismiss-notice': 'dismissNotice',
  'app:open-external': 'openExternal',
  'settings:get': 'getSettings',
  'settings:update': 'updateSettings',
  'settings:reset': 'resetSettings',
  'reminder:get-current': 'getCurrentReminder',
  'reminder:respond': 'respondToReminder',
  'breaks:get-status': 'getBreakStatus',
  'breaks:pause': 'pauseReminders',
  'breaks:resume': 'resumeReminders',
  'breaks:set-focus': 'setFocusMode',
  'breaks:skip-next': 'skipNextBreak',
  'breaks:moved': 'movedAlready',
  'breaks:was-away': 'wasAwayFromDesk',
  'session:started': 'sessionStarted',
  'session:record': 'recordSession',
  'history:summary': 'getHistorySummary',
  'history:log-pain': 'logPain',
  'history:log-walk': 'logWalk',
  'history:export': 'exportData',
  'history:preview-import': 'previewImport',
  'history:apply-import': 'applyImport',
  'presence:status': 'getPresenceStatus',
} as const satisfies MethodOf<typeof CHANNELS>;

export const EVENT_LISTENERS = {
  'app:navigate': 'onNavigate',
  'app:notice': 'onNotice',
  'settings:changed': 'onSettingsChanged',
  'reminder:changed': 'onReminderChanged',
  'breaks:status': 'onBreakStatus',
  'session:open': 'onOpenSession',
  'history:changed': 'onHistoryChanged',
} as const satisfies MethodOf<typeof EVENTS>;
