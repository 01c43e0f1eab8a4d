import type { LimberApi } from './contract';
import { CHANNEL_METHODS, EVENT_LISTENERS } from './names';

/**
 * How the API reaches main. Production passes one built on ipcRenderer (preload.ts); the e2e
 * harness passes one built on a Playwright binding. Everything else is this same code.
 */
export interface Transport {
  invoke(channel: string, args: unknown[]): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/**
 * One method per channel, one `onX` per event, named by the contract. Built from names only (no
 * schemas): arguments are validated in main, where a page cannot skip the check.
 */
export function createApi(transport: Transport): LimberApi {
  const api: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(CHANNEL_METHODS)) {
    api[method] = (...args: unknown[]) => transport.invoke(name, args);
  }
  for (const [name, method] of Object.entries(EVENT_LISTENERS)) {
    api[method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${method} needs a function.`);
      return transport.subscribe(name, listener);
    };
  }
  return Object.freeze(api) as LimberApi;
}

/** The global the page reads: `window.limber`. */
export const API_KEY = 'limber';
