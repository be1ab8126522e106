// The IPC channel names, keyed by the intent each one carries. This is the only place the
// strings are written: the contract, the main-process handlers and the preload all refer to
// them through this object. It stays free of imports so that the sandboxed preload, which
// cannot load packages at run time, can bundle it without pulling in zod.

export const ipcChannels = {
  saveFile: 'file:save',
  openFiles: 'file:open',
  appVersion: 'app:version',
} as const

export type IpcIntent = keyof typeof ipcChannels
export type IpcChannel = (typeof ipcChannels)[IpcIntent]
