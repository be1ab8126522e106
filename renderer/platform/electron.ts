// The desktop platform: every call goes through the preload bridge to the main process, which
// shows native dialogs and validates each argument again.
import type { Platform } from './types'

export function desktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    async saveFile(suggestedName, bytes, filters) {
      const result = await bridge.saveFile({
        suggestedName,
        bytes: bytes as Uint8Array<ArrayBuffer>,
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      })
      return result.saved
    },
    async openFiles(filters, { multiple }) {
      return bridge.openFiles({
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        multiple,
      })
    },
    async chooseFolder() {
      const choice = await bridge.chooseFolder()
      if (!choice.chosen) return null
      return {
        folder: choice.folder,
        files: choice.files.map(({ id, name, size }) => ({
          name,
          size,
          bytes: () => bridge.readChosenFile(id),
        })),
      }
    },
    async appVersion() {
      const v = await bridge.appVersion()
      return `${v.version} (Electron ${v.electron}, Chromium ${v.chrome})`
    },
  }
}
