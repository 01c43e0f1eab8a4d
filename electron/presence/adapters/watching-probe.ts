// A presence probe that watches instead of asking every sample: one long-lived helper prints a
// line when something may have changed (watched-process.ts), what it means is kept in memory
// (watched-answer.ts), and read() answers from there. Until the helper listens, and whenever it
// is not running, read() asks directly with the probe's one-shot commands, so nothing is lost.
// The helper starts with the first reading after watch(), so a switched-off signal costs nothing.
import type { Timers } from '../../ports/scheduler';
import type { PresenceFinding, PresenceProbe, PresenceSwitchName } from '../../ports/presence';
import type { HelperSpawner } from './helper-process';
import { WatchedAnswer } from './watched-answer';
import { unrefTimers, WatchedProcess } from './watched-process';

/** What one line from the watcher means: the answer itself, "ask again", or nothing to do with us. */
export type WatcherNews = PresenceFinding[] | 'changed' | null;

export interface WatchingProbeOptions {
  name: string;
  label?: () => string;
  uses: readonly PresenceSwitchName[];
  env: NodeJS.ProcessEnv;
  /** The long-lived helper: an argument list, run with the C locale. */
  watcher: { file: string; args: readonly string[] };
  interpret(line: string): WatcherNews;
  /** Asks directly (one-shot commands); rejects when it cannot tell. */
  fetch(signal: AbortSignal): Promise<PresenceFinding[]>;
  spawn?: HelperSpawner;
  timers?: Timers;
  coalesceMs?: number;
  settleMs?: number;
}

export function watchingProbe(options: WatchingProbeOptions): PresenceProbe {
  const timers = options.timers ?? unrefTimers;
  const answer = new WatchedAnswer({
    fetch: (signal) => options.fetch(signal),
    timers,
    coalesceMs: options.coalesceMs,
  });
  const watcher = new WatchedProcess({
    ...options.watcher,
    env: options.env,
    spawn: options.spawn,
    timers,
    settleMs: options.settleMs,
    onRunning: (running) => answer.setWatching(running),
    onLine: (line) => {
      const news = options.interpret(line);
      if (news === 'changed') answer.invalidate();
      else if (news) answer.set(news);
    },
  });
  let watched = false;
  return {
    name: options.name,
    ...(options.label ? { label: options.label } : {}),
    uses: options.uses,
    read({ signal }) {
      // Started on the first reading, not by watch(): the source reads only probes whose switch is
      // on, so a signal the user turned off never costs a helper.
      if (watched) watcher.start();
      return answer.read(signal);
    },
    watch(onChange) {
      answer.listen(onChange);
      watched = true;
    },
    dispose() {
      watcher.dispose();
      answer.dispose();
    },
  };
}
