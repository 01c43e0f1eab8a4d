import type { Page } from '@playwright/test';
import type { ReminderInfo } from '../../electron/breaks/node/reminder-presenter';
import type { Theme } from '../../electron/settings/common/schema';
import type { LimberApp } from './app-handle';

/** The reminder window's own size (electron/main/reminder-window.ts), content area. */
export const REMINDER_SIZE = { width: 400, height: 210 } as const;

export interface StandInOptions {
  reminder: ReminderInfo;
  theme?: Theme;
  /** Answers main refuses, with this message (as the contract does for one it does not know). */
  refuse?: { answers: string[]; message: string };
}

interface StandInWindow {
  __answers: Array<[number, string]>;
}

/**
 * Runs in the reminder page before its scripts: a window.limber with just what ReminderView uses,
 * serving one reminder of the test's choosing (any title, any length, either tier) and recording
 * every answer. Layout and answers are the renderer's; main's side has its own tests.
 */
function installStandIn(options: StandInOptions): void {
  const answers: Array<[number, string]> = [];
  (window as unknown as StandInWindow).__answers = answers;
  const ok = <T>(value: T) => Promise.resolve({ ok: true, value });
  const api = {
    getCurrentReminder: () => ok(options.reminder),
    onReminderChanged: () => () => {},
    getSettings: () => ok({ theme: options.theme ?? 'system' }),
    onSettingsChanged: () => () => {},
    getOwnLibrary: () => ok({ version: 1, exercises: [], routines: [] }),
    onOwnLibraryChanged: () => () => {},
    respondToReminder: (id: number, answer: string) => {
      answers.push([id, answer]);
      if (options.refuse?.answers.includes(answer)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid-arguments', message: options.refuse.message, issues: [] },
        });
      }
      return ok(true);
    },
  };
  Object.defineProperty(window, 'limber', { value: api, configurable: false, writable: false });
}

/** The stand-in as a script to add to a page before it loads. */
export const reminderStandInScript = (options: StandInOptions) => `(${installStandIn.toString()})(${JSON.stringify(options)});`;

/** Open the reminder window of the real build, at its real size, showing `options.reminder`. */
export function openReminder(app: LimberApp, options: StandInOptions): Promise<Page> {
  return app.openStandalone('#reminder', REMINDER_SIZE, reminderStandInScript(options));
}

export const answersIn = (page: Page) => page.evaluate(() => (window as unknown as StandInWindow).__answers);
