/** Exposes the contract to the sandboxed page as window.cxdojo; nothing else crosses the bridge. */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'cxdojo',
  buildBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
