// The PresenceSource the app uses: runs the enabled probes side by side, each in a time box, and
// keeps the last merged reading so `current()` answers at once. It never throws and never waits
// on a probe longer than its time box: a stuck `pactl` must not hold back a reminder.
import { plainText } from '../common/plain-text';
import type { Timers } from '../../ports/scheduler';
import { combinePresence, isSwitchOn } from '../common/combine';
import { UNKNOWN_PRESENCE, type PresenceReading, type PresenceSource, type RecordedFinding } from '../../ports/presence';
import type { PresenceFinding, PresenceProbe, PresenceSwitches } from '../../ports/presence';
import { errorMessage } from '../../base/common/error-message';
import { t } from '../../i18n/common/translate';

export interface CachedPresenceOptions {
  /** The user's presence settings, read at every refresh so a change applies to the next sample. */
  switches: () => PresenceSwitches;
  /** Where a probe's failure is reported: once when it starts failing, again only after it recovered. */
  log: (message: string) => void;
  /** Monotonic milliseconds (performance.now), so a wall-clock change does not age the reading. */
  now?: () => number;
  timers?: Timers;
  /** Each probe's time box. */
  timeoutMs?: number;
  /** `current()` refreshes in the background when the reading is older than this. */
  maxAgeMs?: number;
}

export const PROBE_TIMEOUT_MS = 1_500;
/** A little under the scheduler's 30 s idle sample, so each sample finds a fresh reading started. */
export const DEFAULT_MAX_AGE_MS = 25_000;

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms).unref(),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function describeError(error: unknown): string {
  return errorMessage(error);
}

class CachedPresenceSource implements PresenceSource {
  private last: PresenceReading = UNKNOWN_PRESENCE;
  private lastFindings: readonly RecordedFinding[] = Object.freeze([]);
  private lastAt: number | null = null;
  private inFlight: Promise<PresenceReading> | null = null;
  private disposed = false;
  private readonly controllers = new Set<AbortController>();
  private readonly listeners = new Set<() => void>();
  /** Probes whose current failure streak has been logged. */
  private readonly failing = new Set<string>();
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly timeoutMs: number;
  private readonly maxAgeMs: number;

  constructor(
    private readonly probes: readonly PresenceProbe[],
    private readonly options: CachedPresenceOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.timers = options.timers ?? realTimers;
    this.timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    for (const probe of probes) {
      try {
        probe.watch?.(() => this.changed());
      } catch (error) {
        this.report(probe.name, `could not watch for changes (${describeError(error)})`);
      }
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A watching probe saw a change: the cached reading is old news, and subscribers hear at once. */
  private changed(): void {
    if (this.disposed) return;
    this.lastAt = null;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.report('a presence listener', describeError(error));
      }
    }
  }

  findings(): readonly RecordedFinding[] {
    return this.lastFindings;
  }

  current(maxAgeMs = this.maxAgeMs): PresenceReading {
    const stale = this.lastAt === null || this.now() - this.lastAt > maxAgeMs;
    if (stale && !this.inFlight && !this.disposed) void this.refresh();
    return this.last;
  }

  refresh(): Promise<PresenceReading> {
    if (this.disposed) return Promise.resolve(this.last);
    // One reading at a time: callers during a refresh share it instead of piling up helpers.
    this.inFlight ??= this.takeReading().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.listeners.clear();
    for (const controller of this.controllers) controller.abort();
    this.controllers.clear();
    for (const probe of this.probes) {
      try {
        probe.dispose?.();
      } catch (error) {
        this.report(probe.name, `could not be stopped (${describeError(error)})`);
      }
    }
  }

  private async takeReading(): Promise<PresenceReading> {
    let switches: PresenceSwitches;
    try {
      switches = this.options.switches();
    } catch (error) {
      this.report('settings', `the presence settings could not be read (${describeError(error)})`);
      return this.last;
    }
    this.failing.delete('settings');
    const active = this.probes.filter((probe) => probe.uses.some((name) => isSwitchOn(switches, name)));
    const findings = (await Promise.all(active.map((probe) => this.readProbe(probe, switches)))).flat();
    if (this.disposed) return this.last;
    this.last = Object.freeze(combinePresence(findings, switches));
    this.lastFindings = Object.freeze(findings.map((finding) => Object.freeze(finding)));
    this.lastAt = this.now();
    return this.last;
  }

  /** One probe in its time box; resolves with its findings, or "unknown" findings marked failed. */
  private readProbe(probe: PresenceProbe, switches: PresenceSwitches): Promise<RecordedFinding[]> {
    const controller = new AbortController();
    this.controllers.add(controller);
    return new Promise((resolve) => {
      let settled = false;
      const finish = (findings: PresenceFinding[] | null, failure?: string): void => {
        if (settled) return;
        settled = true;
        this.timers.clear(timer);
        this.controllers.delete(controller);
        // Also on success: whatever the probe left running is told to stop.
        controller.abort();
        if (findings) {
          this.failing.delete(probe.name);
          // Copied field by field: a probe's extra properties do not travel to a settings screen.
          // Reasons carry other programs' text (app names, window classes): one plain line each.
          return resolve(
            findings.map(({ via, value, reason }) => ({
              via,
              value,
              reason: typeof reason === 'string' ? plainText(reason) : reason,
              failed: false,
            })),
          );
        }
        const why = plainText(failure ?? t('main.presence.reason.failed'));
        this.report(probe.name, why);
        resolve(
          probe.uses
            .filter((name) => isSwitchOn(switches, name))
            .map((via) => ({ via, value: null, reason: `${probe.label?.() ?? probe.name}: ${why}`, failed: true })),
        );
      };
      const timer = this.timers.set(() => finish(null, t('main.presence.reason.noAnswerWithin', { ms: this.timeoutMs })), this.timeoutMs);
      let pending: Promise<PresenceFinding[]>;
      try {
        pending = probe.read({ signal: controller.signal, switches });
      } catch (error) {
        pending = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      pending.then(
        (findings) => finish(Array.isArray(findings) ? findings : null, t('main.presence.reason.noFindings')),
        (error: unknown) => finish(null, describeError(error)),
      );
    });
  }

  private report(name: string, why: string): void {
    if (this.failing.has(name)) return;
    this.failing.add(name);
    try {
      this.options.log(`presence: ${name} failed (${why}); its signals count as unknown until it works again`);
    } catch {
      // A broken logger must not turn a soft failure into a crash.
    }
  }
}

/** A PresenceSource over these probes; see CachedPresenceOptions for the knobs. */
export function createCachedPresenceSource(
  probes: readonly PresenceProbe[],
  options: CachedPresenceOptions,
): PresenceSource {
  return new CachedPresenceSource(probes, options);
}
