// What a watching probe knows between events. While its watcher listens, read() answers from
// memory (no process); an event either carries the new answer (`gsettings monitor` prints the
// value) or only says "something changed" (`pactl subscribe`), and then the answer is asked for
// again with one short process per burst of events. The source hears (onChange) only when the
// answer differs from the one it was last given. While nothing listens (the watcher is not
// installed, or died and waits to restart), every read() asks directly, as a polled probe does.
import type { Timers } from '../../ports/scheduler';
import type { PresenceFinding } from '../common/presence-types';
import { errorMessage } from '../../base/common/error-message';

export interface WatchedAnswerOptions {
  /** Asks for the answer directly (one-shot helper processes); rejects when it cannot tell. */
  fetch(signal: AbortSignal): Promise<PresenceFinding[]>;
  timers: Timers;
  /** Events closer together than this are one burst: one fetch after the last of them. */
  coalesceMs?: number;
}

/** Long enough to gather a stream's new/change events, short enough not to be noticed. */
export const COALESCE_MS = 150;
/** A fetch nobody's time box covers (one after an event) is stopped after this. */
const FETCH_TIMEOUT_MS = 5_000;

const keyOf = (findings: readonly PresenceFinding[]): string => JSON.stringify(findings);
const errorKey = (error: unknown): string => `error: ${errorMessage(error)}`;

export class WatchedAnswer {
  private known: PresenceFinding[] | null = null;
  private watching = false;
  /** Bumped by every event: a fetch that started before the latest event may predate it. */
  private generation = 0;
  /** The generation `known` is the answer for: older than `generation` = an event came since. */
  private knownAt = -1;
  /** The answer the source was last given (or told about), as a key. */
  private reported: string | null = null;
  private onChange: (() => void) | null = null;
  private burst: unknown = null;
  private fetching: Promise<PresenceFinding[]> | null = null;
  private disposed = false;
  private readonly stop = new AbortController();

  constructor(private readonly options: WatchedAnswerOptions) {}

  listen(onChange: () => void): void {
    this.onChange = onChange;
  }

  /** The watcher started listening (true) or stopped (false). */
  setWatching(watching: boolean): void {
    if (this.disposed) return;
    const was = this.watching;
    this.watching = watching;
    this.known = null;
    this.generation++;
    // Listening now: learn the current answer once, as a change may have slipped by before.
    if (watching) this.refetchQuietly();
    // Stopped: what it last said may be out of date; the source asks again (and reads poll).
    else if (was) this.tell(null);
  }

  /** An event said the answer may have changed: ask again once the burst is over. */
  invalidate(): void {
    if (this.disposed || !this.watching) return;
    this.generation++;
    if (this.burst !== null) return;
    this.burst = this.options.timers.set(() => {
      this.burst = null;
      this.refetchQuietly();
    }, this.options.coalesceMs ?? COALESCE_MS);
  }

  /** An event carried the answer itself. */
  set(findings: PresenceFinding[]): void {
    if (this.disposed || !this.watching) return;
    this.knownAt = ++this.generation;
    this.known = findings;
    this.tell(keyOf(findings));
  }

  async read(signal: AbortSignal): Promise<PresenceFinding[]> {
    try {
      const findings = this.watching
        ? await this.current()
        : await this.options.fetch(AbortSignal.any([signal, this.stop.signal]));
      this.reported = keyOf(findings);
      return findings;
    } catch (error) {
      this.reported = errorKey(error);
      throw error;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.onChange = null;
    if (this.burst !== null) this.options.timers.clear(this.burst);
    this.burst = null;
    this.stop.abort();
  }

  /** What the watcher has seen; after an event not yet asked about, asks now rather than answer old news. */
  private current(): Promise<PresenceFinding[]> {
    if (this.known !== null && this.knownAt === this.generation) return Promise.resolve(this.known);
    if (this.burst !== null) this.options.timers.clear(this.burst); // this fetch answers the burst
    this.burst = null;
    return this.refetch();
  }

  /** One fetch at a time; callers meanwhile share it. */
  private refetch(): Promise<PresenceFinding[]> {
    if (this.fetching) return this.fetching;
    const startedAt = this.generation;
    // Bounded even if a command ignored its own time-out: a stuck fetch would be shared by every reading.
    const signal = AbortSignal.any([this.stop.signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]);
    const fetching = this.options.fetch(signal).then(
      (findings) => {
        // Older than an event that came in meanwhile: not kept; that event's own fetch follows.
        if (!this.disposed && this.watching && this.generation === startedAt) {
          this.known = findings;
          this.knownAt = startedAt;
          this.tell(keyOf(findings));
        }
        return findings;
      },
      (error: unknown) => {
        if (!this.disposed && this.generation === startedAt) this.tell(errorKey(error));
        throw error;
      },
    );
    this.fetching = fetching;
    void fetching
      .catch(() => {})
      .finally(() => {
        this.fetching = null;
        // An event came in while it ran and none since carried the answer: ask once more.
        if (this.generation !== startedAt && this.generation !== this.knownAt) this.refetchQuietly();
      });
    return fetching;
  }

  /** A fetch nobody waits for: its failure is told to the source (which reads and reports it). */
  private refetchQuietly(): void {
    if (this.disposed || !this.watching) return;
    this.refetch().catch(() => {});
  }

  /**
   * Tells the source when the answer differs from the one it was given; null = it may differ. A
   * source that has not read yet will read anyway: nothing to tell it.
   */
  private tell(key: string | null): void {
    if (this.disposed || this.reported === null || (key !== null && key === this.reported)) return;
    this.reported = key;
    try {
      this.onChange?.();
    } catch {
      // The source's listener failing is the source's to report; a watcher must not stop over it.
    }
  }
}
