// One interface for what the renderer needs from its host. The desktop app answers through
// the preload bridge; the browser twin through file inputs and downloads.

export interface FileFilter {
  readonly name: string
  readonly extensions: readonly string[]
}

export interface PickedFile {
  readonly name: string
  readonly bytes: Uint8Array
}

/** A file found in a chosen folder, read only when asked. */
export interface FolderFile {
  /** Its path inside the folder, "/" between parts. */
  readonly name: string
  readonly size: number
  bytes(): Promise<Uint8Array>
}

export interface Platform {
  readonly kind: 'desktop' | 'browser'
  /** Lets the user save bytes under a name they choose; false when they cancel. */
  saveFile(
    suggestedName: string,
    bytes: Uint8Array,
    filters: readonly FileFilter[],
  ): Promise<boolean>
  /** Lets the user pick one or many files; an empty list when they cancel. */
  openFiles(filters: readonly FileFilter[], options: { multiple: boolean }): Promise<PickedFile[]>
  /**
   * The desktop's own folder dialog: the workbooks and saved messages of the folder chosen (and
   * its folders), not read yet; null when the user cancels. Absent in the browser, which chooses
   * folders with `<input webkitdirectory>`.
   */
  chooseFolder?(): Promise<{ readonly folder: string; readonly files: FolderFile[] } | null>
  appVersion(): Promise<string>
}
