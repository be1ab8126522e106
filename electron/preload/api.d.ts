// What the preload exposes to the renderer as window.alliedPipeline. Types only, taken from
// shared/, so the renderer sees the bridge without seeing any Electron or Node code.
import type {
  AppVersion,
  OpenFilesRequest,
  OpenFilesResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract'

declare global {
  /**
   * The desktop host's functions. Each one rejects with an Error whose message is written for
   * the user (for example a file over the size limit), so the renderer can show it as it is.
   */
  interface DesktopBridge {
    /** Asks the user where to save the bytes; `{ saved: false }` when they cancel. */
    readonly saveFile: (request: SaveFileRequest) => Promise<SaveFileResult>
    /** Lets the user pick one file, or several when `multiple`; an empty list when they cancel. */
    readonly openFiles: (request: OpenFilesRequest) => Promise<OpenFilesResult>
    /** The app's version and the Electron and Chromium versions it runs on. */
    readonly appVersion: () => Promise<AppVersion>
  }

  interface Window {
    /** Present only in the desktop app, where the preload script defines it. */
    readonly alliedPipeline?: DesktopBridge
  }
}
