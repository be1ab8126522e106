import { describe, expect, it } from 'vitest'
import {
  ipcChannels,
  ipcContract,
  MAX_OPEN_FILE_BYTES,
  OpenFilesRequest,
  oversizedFileMessage,
  SaveFileRequest,
  SaveFileResult,
  SuggestedFileName,
} from './contract'

const workbookFilter = { name: 'Excel workbook', extensions: ['xlsx'] }

describe('IPC channels', () => {
  it('are named domain:verb, each used once, each with a contract entry', () => {
    const channels = Object.values(ipcChannels)
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z]+$/)
    expect(new Set(channels).size).toBe(channels.length)
    expect(Object.keys(ipcContract).sort()).toEqual([...channels].sort())
  })
})

describe('file:save arguments', () => {
  const args = ipcContract[ipcChannels.saveFile].args
  const request = {
    suggestedName: 'stcc-2025-26.xlsx',
    bytes: new Uint8Array([1, 2, 3]),
    filters: [workbookFilter],
  }

  it('accepts a name, bytes and filters', () => {
    expect(args.safeParse([request]).success).toBe(true)
  })

  it('refuses extra arguments and bytes that are not a Uint8Array', () => {
    expect(args.safeParse([request, 'extra']).success).toBe(false)
    expect(args.safeParse([{ ...request, bytes: [1, 2, 3] }]).success).toBe(false)
    expect(args.safeParse([{ ...request, bytes: 'AQID' }]).success).toBe(false)
  })

  it('refuses extensions written with a dot', () => {
    const filters = [{ name: 'Excel', extensions: ['.xlsx'] }]
    expect(SaveFileRequest.safeParse({ ...request, filters }).success).toBe(false)
  })
})

describe('suggested file names', () => {
  it.each(['report.xlsx', 'Holyoke Medical Center 2025.json', 'backup (2).json'])(
    'accepts %s',
    (name) => {
      expect(SuggestedFileName.safeParse(name).success).toBe(true)
    },
  )

  it.each([
    '',
    '../secrets.xlsx',
    'folder/report.xlsx',
    'C:\\report.xlsx',
    'report.',
    'a\u0000b',
    'what?.xlsx',
  ])('refuses %j', (name) => {
    expect(SuggestedFileName.safeParse(name).success).toBe(false)
  })
})

describe('file:open', () => {
  it('needs filters and says whether several files may be picked', () => {
    expect(OpenFilesRequest.safeParse({ filters: [workbookFilter], multiple: true }).success).toBe(
      true,
    )
    expect(OpenFilesRequest.safeParse({ filters: [workbookFilter] }).success).toBe(false)
  })

  it('limits each file to 25 MB and explains a refusal in words', () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(25 * 1024 * 1024)
    expect(oversizedFileMessage('huge.xlsx', 31.25 * 1024 * 1024)).toBe(
      '“huge.xlsx” is 31.3 MB, more than the 25 MB allowed for one file, so it was not opened. ' +
        'Check that you picked the right file.',
    )
  })
})

describe('file:save result', () => {
  it('carries a path only when the file was saved', () => {
    expect(SaveFileResult.safeParse({ saved: true, path: '/home/a/report.xlsx' }).success).toBe(
      true,
    )
    expect(SaveFileResult.safeParse({ saved: true }).success).toBe(false)
    expect(SaveFileResult.parse({ saved: false, path: '/leak' })).toEqual({ saved: false })
  })
})
