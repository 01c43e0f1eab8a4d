import { reminderCommand, REMINDER_ACTIONS, type Notifier, type ReminderAction } from '../../notify/notifier';

export type ReminderTier = 'posture' | 'stretch';

/** What the user is being asked to do now; shown by a notification and/or the reminder window. */
export interface ReminderInfo {
  id: string;
  tier: ReminderTier;
  kind: 'heads-up' | 'due';
  title: string;
  body: string;
  /** False once the snooze limit is reached: the window and notification say so plainly. */
  canSnooze: boolean;
  snoozeMin: number;
}

/** 'timeout': the notification expired or was closed without an answer. */
export type ReminderResponse = 'start' | 'snooze' | 'skip' | 'open' | 'timeout';

export interface ReminderWindowPort {
  show(info: ReminderInfo): void;
  hide(): void;
}

export interface PresenterOptions {
  notifier: Notifier;
  window: ReminderWindowPort;
  /** The user asked for the always-on-top window as well as the notification. */
  alwaysShowWindow: () => boolean;
  /** The user answered (from the notification or the window). Called at most once per reminder. */
  onResponse: (info: ReminderInfo, response: ReminderResponse) => void;
  log?: (message: string) => void;
}

/** Buttons for a reminder: posture checks are done in seconds, so they have no snooze. */
export function actionsFor(info: ReminderInfo): ReminderAction[] {
  if (info.kind === 'heads-up') return [];
  const snooze = { id: 'snooze' as const, label: `Snooze ${info.snoozeMin} min` };
  const start = info.tier === 'stretch' ? REMINDER_ACTIONS[0]! : { id: 'start' as const, label: 'Do the 30-second reset' };
  const skip = REMINDER_ACTIONS[2]!;
  return info.tier === 'stretch' && info.canSnooze ? [start, snooze, skip] : [start, skip];
}

/**
 * Shows one reminder at a time: a native notification with Start / Snooze / Skip where the
 * platform reports actions, plus the small always-on-top window where it cannot (or when the
 * user asked for it). Whichever the user answers first wins; the other is withdrawn.
 */
export class ReminderPresenter {
  private current: ReminderInfo | null = null;

  constructor(private readonly options: PresenterOptions) {}

  get active(): ReminderInfo | null {
    return this.current;
  }

  async present(info: ReminderInfo): Promise<void> {
    this.withdraw();
    this.current = info;
    const { notifier, window } = this.options;
    const capabilities = await notifier.capabilities();
    const wantsWindow = info.kind === 'due' && (this.options.alwaysShowWindow() || !capabilities.actions);
    if (wantsWindow) window.show(info);
    const outcome = await notifier.notify({
      id: info.id,
      title: info.title,
      body: info.body,
      actions: actionsFor(info),
      urgency: info.kind === 'due' && info.tier === 'stretch' ? 'normal' : 'low',
      timeoutSec: info.kind === 'heads-up' ? 20 : 120,
    });
    if (this.current?.id !== info.id) return; // answered in the window, or replaced
    if (outcome.kind === 'unavailable') this.options.log?.(`notification unavailable: ${outcome.reason}`);
    const command = reminderCommand(outcome);
    if (command) this.respond(info.id, command);
    else if (info.kind === 'due' && !wantsWindow && (outcome.kind === 'unavailable' || outcome.kind === 'shown')) {
      // The notification could not carry the buttons: offer them in the window instead.
      window.show(info);
    } else if (info.kind === 'due' && !wantsWindow && (outcome.kind === 'timeout' || outcome.kind === 'dismissed')) {
      // Gone without an answer: the scheduler decides (a counted snooze, or a fresh cycle).
      this.respond(info.id, 'timeout');
    } else if (info.kind === 'heads-up' && this.current?.id === info.id) {
      this.current = null;
    }
  }

  /** An answer from either surface. Ignored if that reminder is no longer the current one. */
  respond(id: string, response: ReminderResponse): boolean {
    const info = this.current;
    if (!info || info.id !== id) return false;
    this.current = null;
    this.options.window.hide();
    this.options.onResponse(info, response);
    return true;
  }

  /** Take down whatever is showing (e.g. the break was taken another way). */
  withdraw(): void {
    this.current = null;
    this.options.window.hide();
  }
}
