// What the preload exposes to the renderer as window.alliedPipeline. Types only, derived from
// the IPC contract in shared/, so the renderer sees the bridge without any Electron or Node code.
import type { DesktopBridge as ContractBridge } from '../../shared/ipc/bridge'

declare global {
  /** The desktop host's functions, one per IPC intent (see shared/ipc/bridge.ts). */
  type DesktopBridge = ContractBridge

  interface Window {
    /** Present only in the desktop app, where the preload script defines it. */
    readonly alliedPipeline?: DesktopBridge
  }
}
