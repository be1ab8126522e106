// The preload script: exposes window.alliedPipeline, a few intent-level functions over the IPC
// contract. The renderer never gets ipcRenderer, process or any Node API. Runs sandboxed, so
// it imports nothing at run time but electron and the zod-free channel names. `satisfies`
// against the contract's bridge type keeps this object and the channels one to one.
import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopBridge } from '../../shared/ipc/bridge'
import { ipcChannels, type IpcChannel } from '../../shared/ipc/channels'
import type { IpcOutcome, IpcRequest, IpcResult } from '../../shared/ipc/contract'

async function invoke<C extends IpcChannel>(
  channel: C,
  ...args: IpcRequest<C>
): Promise<IpcResult<C>> {
  const outcome = (await ipcRenderer.invoke(channel, ...args)) as IpcOutcome<IpcResult<C>>
  if (!outcome.ok) throw new Error(outcome.message)
  return outcome.value
}

const bridge = {
  saveFile: (request) => invoke(ipcChannels.saveFile, request),
  openFiles: (request) => invoke(ipcChannels.openFiles, request),
  chooseFolder: () => invoke(ipcChannels.chooseFolder),
  readChosenFile: (id) => invoke(ipcChannels.readChosenFile, id),
  appVersion: () => invoke(ipcChannels.appVersion),
} satisfies DesktopBridge

contextBridge.exposeInMainWorld('alliedPipeline', bridge)
