import type { PauseChoice } from '../../breaks/common/break-channels';
import type { CliRequest } from './parse-args';

/** What the command line may do to the running app. main wires it to the break service and window. */
export interface CliTarget {
  /** Opens a stretch session: the given routine, or the user's break routine. */
  startSession(routineId: string | null): void;
  pause(choice: PauseChoice): void;
  resume(): void;
  setFocus(on: boolean): void;
  /** One line saying when the next break is (or why none is coming). */
  statusLine(): string;
  showWindow(): void;
}

/**
 * Carries out a request in the running instance and returns the line to print for it: every
 * command answers with the schedule as it now stands, so `limber --pause 1h` confirms itself.
 * A plain launch (the first, or clicking the icon again) shows the window, unless `--hidden`;
 * other commands leave the window as it is (`--start` opens it on the session).
 */
export function runCliRequest(request: CliRequest, target: CliTarget): string {
  const command = request.command;
  switch (command?.kind) {
    case 'start':
      target.startSession(command.routineId);
      break;
    case 'pause':
      target.pause(command.choice);
      break;
    case 'resume':
      target.resume();
      break;
    case 'focus':
      target.setFocus(command.on);
      break;
    case 'status':
    case 'help':
      break;
    case undefined:
      if (!request.hidden) target.showWindow();
      break;
  }
  return target.statusLine();
}
