import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY, createApi, type Transport } from '../ipc/common/window-api';

// Sandboxed preload: bundled into one CommonJS file. It never exposes ipcRenderer itself, only
// the contract's named methods, so the page cannot reach arbitrary channels.
const ipcTransport: Transport = {
  invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
  subscribe(event, listener) {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(API_KEY, createApi(ipcTransport));
