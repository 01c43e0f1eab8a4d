// The Chromium backend's preload: the real createApi() over a Playwright binding instead of
// ipcRenderer. Injected as an init script, so it runs before any page script, like a preload.
import { API_KEY, createApi, type Transport } from '../../electron/ipc/common/window-api';

interface HarnessWindow {
  __limberInvoke(channel: string, args: unknown[]): Promise<unknown>;
  __limberDeliver?: (event: string, payload: unknown) => void;
}

const harness = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const bindingTransport: Transport = {
  invoke: (channel, args) => harness.__limberInvoke(channel, args),
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
};

harness.__limberDeliver = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

Object.defineProperty(window, API_KEY, { value: createApi(bindingTransport), writable: false, configurable: false });
