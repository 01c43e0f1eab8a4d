import type { Clock, IdleSource, Timers } from '../../ports/scheduler';
import type { Calendar, BreakConfig } from '../common/config';
import type { BreakEffect } from '../common/state';
import type { BreakStatus } from '../common/status';
import type { PresenceFeed } from './presence-watch';

/** What the scheduler's runtime is built from: the world's ports, its config and its listeners. */
export interface RuntimeOptions {
  config: BreakConfig;
  clock: Clock;
  timers: Timers;
  idle: IdleSource;
  calendar?: Calendar;
  onEffect: (effect: BreakEffect) => void;
  onStatus?: (status: BreakStatus) => void;
  /** A fresh config once `config.recheckAt` has passed (a flare-up phase changed). */
  refreshConfig?: () => BreakConfig;
  /** Calls, presenting, do-not-disturb; read at the scheduler's own wake-ups. */
  presence?: PresenceFeed;
}

