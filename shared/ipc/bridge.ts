// The preload bridge's type, derived from the IPC contract: one function per intent, taking
// what the channel's argument schema accepts and resolving to what its result schema returns.
// The preload builds its object `satisfies DesktopBridge`, so a channel added to the contract
// without a preload function, or a preload function without a channel, does not compile.
import type { ipcChannels } from './channels'
import type { IpcRequest, IpcResult } from './contract'

type Channels = typeof ipcChannels

/**
 * The desktop host's functions. Each one rejects with an Error whose message is written for
 * the user (for example a file over the size limit), so the renderer can show it as it is.
 */
export type DesktopBridge = {
  readonly [I in keyof Channels]: (
    ...args: IpcRequest<Channels[I]>
  ) => Promise<IpcResult<Channels[I]>>
}
