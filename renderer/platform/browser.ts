// The browser twin's platform: a download link to save, a hidden file input to open.
import { MAX_OPEN_FILE_BYTES, oversizedFileMessage } from '../../shared/ipc/contract'
import { readWithin } from './read-within'
import type { FileFilter, PickedFile, Platform } from './types'

function accept(filters: readonly FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
}

/** Reads the chosen files one after another, each within the bound (see read-within.ts). */
async function readOneByOne(files: readonly File[]): Promise<PickedFile[]> {
  const picked: PickedFile[] = []
  for (const file of files) {
    const bytes = await readWithin(file, MAX_OPEN_FILE_BYTES)
    if (!bytes) throw new Error(oversizedFileMessage(file.name, file.size))
    picked.push({ name: file.name, bytes })
  }
  return picked
}

export const browserPlatform: Platform = {
  kind: 'browser',

  saveFile(suggestedName, bytes) {
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = suggestedName
    link.style.display = 'none'
    document.body.append(link)
    link.click()
    link.remove()
    // Revoke later: some browsers start the download after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return Promise.resolve(true)
  },

  openFiles(filters, { multiple }) {
    return new Promise<PickedFile[]>((resolve, reject) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = accept(filters)
      input.multiple = multiple
      input.style.display = 'none'
      input.dataset.testid = 'platform-file-input'
      input.addEventListener('cancel', () => {
        input.remove()
        resolve([])
      })
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])]
        input.remove()
        readOneByOne(files).then(resolve, reject)
      })
      document.body.append(input)
      input.click()
    })
  },

  appVersion() {
    return Promise.resolve(`${__APP_VERSION__} (browser)`)
  },

  printReport() {
    // The print stylesheet does the rest; "Save as PDF" is one of the browser's printers.
    window.print()
    return Promise.resolve(true)
  },
}
