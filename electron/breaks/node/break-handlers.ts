import type { Handlers } from '../../ipc/node/router';
import type { BreakService } from './break-service';

export type BreakHandlers = Pick<Handlers, 'breaks:get-status' | 'breaks:pause' | 'breaks:resume' | 'breaks:set-focus' | 'breaks:skip-next' | 'breaks:moved' | 'breaks:was-away'>;

/** ipc/channels/breaks.ts: each command returns the schedule as it stands after it. */
export function createBreakHandlers(breaks: BreakService): BreakHandlers {
  return {
    'breaks:get-status': () => breaks.status(),
    'breaks:pause': (choice) => {
      breaks.pause(choice);
      return breaks.status();
    },
    'breaks:resume': () => {
      breaks.resume();
      return breaks.status();
    },
    'breaks:set-focus': (on) => {
      breaks.setFocus(on);
      return breaks.status();
    },
    'breaks:skip-next': () => {
      breaks.skip();
      return breaks.status();
    },
    'breaks:moved': () => {
      breaks.moved();
      return breaks.status();
    },
    'breaks:was-away': () => {
      breaks.wasAway();
      return breaks.status();
    },
  };
}
