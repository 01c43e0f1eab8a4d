import type { PresenceReading } from '../../presence/common/presence-types';
import type { HoldKind } from '../common/state';

/** The presence source as the scheduler needs it: one time-boxed reading on request, never rejecting. */
export interface PresenceFeed {
  refresh(): Promise<PresenceReading>;
  /** Told when the answer may have changed (a call began); optional: a polled feed has no such news. */
  subscribe?(listener: () => void): () => void;
}

/** Readings are taken at the scheduler's own wake-ups, never more often than this. */
const MIN_REFRESH_GAP_MS = 20_000;
/** A signal that says "in a call" this long without a break is not trusted to hold reminders (a mic left open). */
export const MAX_HOLD_MS = 3 * 60 * 60_000;

/**
 * Reads presence alongside the idle sample — no polling loop of its own. A reading arrives
 * asynchronously and is handed to `onChange` only when what it means for reminders changed.
 */
export class PresenceWatch {
  reading: PresenceReading | null = null;
  private inFlight = false;
  private again = false;
  private lastAsked = -Infinity;
  private heldSince: number | null = null;
  private readonly unsubscribe: () => void;

  /** `monotonic`: the scheduler's clock, for a look the feed asked for between wake-ups. */
  constructor(
    private readonly feed: PresenceFeed,
    private readonly onChange: () => void,
    private readonly monotonic: () => number,
  ) {
    // News from a watching probe is read at once: a call is held from its first seconds, and the
    // offer after it names its whole length.
    this.unsubscribe = feed.subscribe?.(() => this.poll(this.monotonic(), true)) ?? (() => {});
  }

  dispose(): void {
    this.unsubscribe();
  }

  /** Ask for a fresh reading unless one is on its way or was asked for moments ago. */
  poll(monoNow: number, force = false): void {
    if (this.inFlight && force) {
      // News arrived while a reading was on its way: that reading may predate it, so look again.
      this.again = true;
      return;
    }
    if (this.inFlight || (!force && monoNow - this.lastAsked < MIN_REFRESH_GAP_MS)) return;
    this.inFlight = true;
    this.lastAsked = monoNow;
    void this.feed
      .refresh()
      .catch(() => null)
      .then((reading) => {
        this.inFlight = false;
        if (this.again) {
          this.again = false;
          this.poll(this.monotonic(), true);
        }
        const before = JSON.stringify(this.reading);
        this.reading = reading;
        if (JSON.stringify(reading) !== before) this.onChange();
      });
  }

  /** A reading was asked for and has not arrived yet. */
  get pending(): boolean {
    return this.inFlight;
  }

  /** How long ago the last reading was asked for (the runtime reads fresh before a reminder). */
  age(monoNow: number): number {
    return monoNow - this.lastAsked;
  }

  /** What holds reminders now, if anything; a hold longer than MAX_HOLD_MS stops holding. */
  hold(now: number): HoldKind | null {
    const r = this.reading;
    const kind: HoldKind | null = r?.inCall ? 'call' : r?.presenting ? 'presenting' : r?.dnd ? 'dnd' : null;
    if (kind === null) this.heldSince = null;
    else this.heldSince ??= now;
    return kind !== null && this.heldSince !== null && now - this.heldSince >= MAX_HOLD_MS ? null : kind;
  }

  /** In a call or presenting: sitting at the desk, whatever the idle counter says. */
  get sittingThrough(): boolean {
    return this.reading?.inCall === true || this.reading?.presenting === true;
  }

  get reason(): string | null {
    return this.reading?.reason ?? null;
  }
}
