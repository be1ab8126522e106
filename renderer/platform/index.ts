// Chooses the platform once at start: the desktop bridge when the preload exposed it, the
// browser otherwise. Nothing else in the renderer looks at window.alliedPipeline.
import { browserPlatform } from './browser'
import { desktopPlatform } from './electron'
import type { Platform } from './types'

export type { FileFilter, FolderFile, PickedFile, Platform } from './types'

export const platform: Platform = window.alliedPipeline
  ? desktopPlatform(window.alliedPipeline)
  : browserPlatform
