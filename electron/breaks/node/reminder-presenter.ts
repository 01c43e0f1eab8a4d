import { REMINDER_TIMEOUT_MS } from '../common/config';
import type { Notifier, NotificationOutcome } from '../../ports/notifier';
import type { ReminderActionId, ReminderInfo, ReminderResponse } from '../common/reminder';

export type { ReminderInfo, ReminderResponse } from '../common/reminder';

export interface ReminderWindowPort {
  show(info: ReminderInfo): void;
  hide(): void;
  /** The reminder up now, in new words (a new language): shown in place if the window is up. */
  update?(info: ReminderInfo): void;
}

export interface PresenterOptions {
  notifier: Notifier;
  window: ReminderWindowPort;
  /** The user asked for the always-on-top window instead of relying on the notification. */
  alwaysShowWindow: () => boolean;
  /** The user answered (from the notification or the window). Called at most once per reminder. */
  onResponse: (info: ReminderInfo, response: ReminderResponse) => void;
  log?: (message: string) => void;
}

const keyOf = (info: ReminderInfo) => `${info.tier}-${info.id}`;

/**
 * Shows one reminder at a time: a native notification with the reminder's buttons where the
 * platform reports actions, plus the small always-on-top window where it cannot (or when the
 * user asked for it). Whichever the user answers first wins; the other is taken down.
 */
export class ReminderPresenter {
  private current: ReminderInfo | null = null;

  constructor(private readonly options: PresenterOptions) {}

  get active(): ReminderInfo | null {
    return this.current;
  }

  async present(info: ReminderInfo): Promise<void> {
    this.takeDown();
    this.current = info;
    const { notifier, window } = this.options;
    const capabilities = await notifier.capabilities();
    if (this.current?.id !== info.id) return; // withdrawn while we asked
    const wantsWindow = info.kind === 'due' && (this.options.alwaysShowWindow() || !capabilities.actions);
    if (wantsWindow) window.show(info);
    const outcome = await notifier.notify({
      id: keyOf(info),
      title: info.title,
      body: info.body,
      actions: info.actions,
      // GNOME shows no banner for low urgency; critical would stick and pass do-not-disturb.
      urgency: 'normal',
      timeoutSec: info.kind === 'heads-up' ? 20 : REMINDER_TIMEOUT_MS / 1000,
    });
    if (this.current?.id !== info.id) return; // answered in the window, withdrawn, or replaced
    if (outcome.kind === 'unavailable') this.options.log?.(`notification unavailable: ${outcome.reason}`);
    const command = reminderCommand(outcome);
    if (command) this.respond(info.id, command);
    else if (info.kind === 'heads-up') this.current = null;
    else if (!wantsWindow && (outcome.kind === 'unavailable' || outcome.kind === 'shown')) {
      // The notification could not carry the buttons: offer them in the window instead.
      window.show(info);
    } else if (!wantsWindow) {
      // Expired or closed without an answer: the scheduler records it as missed.
      this.respond(info.id, 'timeout');
    }
    // With the window up, the scheduler's own expiry ends the reminder, exactly as a notification's.
  }

  /**
   * The current reminder in new words (the language changed). The window (and anything that asks
   * for the current reminder) shows them; a notification already up keeps its words.
   */
  reword(info: ReminderInfo): void {
    if (this.current?.id !== info.id) return;
    this.current = info;
    this.options.window.update?.(info);
  }

  /** An answer from either surface. Ignored if that reminder is no longer the current one. */
  respond(id: number, response: ReminderResponse): boolean {
    const info = this.current;
    if (!info || info.id !== id) return false;
    this.takeDown();
    this.options.onResponse(info, response);
    return true;
  }

  /** The scheduler took this reminder back (answered elsewhere, pause, end of the day): off every surface. */
  withdraw(id?: number): void {
    if (id !== undefined && this.current?.id !== id) return;
    this.takeDown();
  }

  private takeDown(): void {
    const info = this.current;
    this.current = null;
    this.options.window.hide();
    if (info) this.options.notifier.close?.(keyOf(info));
  }
}

/** What a reminder outcome asks the scheduler to do; null when the user did nothing. */
export function reminderCommand(outcome: NotificationOutcome): ReminderActionId | 'open' | null {
  switch (outcome.kind) {
    case 'action':
      return outcome.action;
    case 'clicked':
      return 'open';
    default:
      return null;
  }
}
