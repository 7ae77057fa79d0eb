/** Exposes the contract to the sandboxed page as window.cxdojo; nothing else crosses the bridge. */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'cxdojo',
  buildBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);

// Desktop-only extras that are not operations of the contract (they act on the window itself).
contextBridge.exposeInMainWorld('cxdojoDesktop', {
  printToPdf: (suggestedName: string) => ipcRenderer.invoke('cxdojo-desktop:print-to-pdf', suggestedName),
});
