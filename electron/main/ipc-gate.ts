import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../ipc/common/contract';
import { fail } from '../base/common/result';
import type { Dispatch } from '../ipc/node/router';
import { APP_ORIGIN } from './app-protocol';

/** True when the call comes from our own page in one of our own windows. */
export function isTrustedSender(event: IpcMainInvokeEvent, trustedIds: ReadonlySet<number>): boolean {
  const frameUrl = event.senderFrame?.url ?? '';
  return trustedIds.has(event.sender.id) && frameUrl.startsWith(`${APP_ORIGIN}/`);
}

/**
 * Registers every contract channel through one gate: the sender is checked first, then the
 * router validates the arguments before any handler sees them.
 */
export function registerIpcGate(dispatch: Dispatch, trustedIds: () => ReadonlySet<number>): void {
  for (const channel of Object.keys(CHANNELS)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, trustedIds())) {
        return fail('forbidden-sender', 'This window may not talk to Limber.');
      }
      return dispatch(channel, args);
    });
  }
}
