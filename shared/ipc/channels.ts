// The IPC channel names, keyed by the intent each one carries. This is the only place the
// strings are written: the contract, the main-process handlers and the preload all refer to
// them through this object. It stays free of imports so that the sandboxed preload, which
// cannot load packages at run time, can bundle it without pulling in zod. The comment on each
// intent is what the renderer sees on the bridge function of the same name.

export const ipcChannels = {
  /** Asks the user where to save the bytes; `{ saved: false }` when they cancel. */
  saveFile: 'file:save',
  /** Lets the user pick one file, or several when `multiple`; an empty list when they cancel. */
  openFiles: 'file:open',
  /**
   * Lets the user choose a folder of replies; lists the workbooks and saved messages in it (and
   * its folders), each by an id, without reading them. `{ chosen: false }` when they cancel.
   */
  chooseFolder: 'folder:choose',
  /** Reads one file of the folder chosen last in this window, by the id the listing gave it. */
  readChosenFile: 'folder:read',
  /** The app's version and the Electron and Chromium versions it runs on. */
  appVersion: 'app:version',
} as const

export type IpcIntent = keyof typeof ipcChannels
export type IpcChannel = (typeof ipcChannels)[IpcIntent]
