import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Only the Electron edge is a stand-in: the dialog, and the page's printToPDF.
const electron = vi.hoisted(() => ({
  app: {
    isPackaged: true,
    getPath: vi.fn(() => '/home/staff/Documents'),
    getVersion: () => '0.1.0',
  },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  ipcMain: { handle: vi.fn() },
}))
vi.mock('electron', () => electron)

import { ipcChannels, ipcContract } from '../../shared/ipc/contract'
import { saveReportPdf } from './handlers'
import { REPORT_PDF_OPTIONS } from './report-pdf'

const PDF = new TextEncoder().encode('%PDF-1.7 report')
const printToPDF = vi.fn(() => Promise.resolve(Buffer.from(PDF)))
const event = { sender: { printToPDF } } as unknown as IpcMainInvokeEvent
let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'allied-pipeline-report-'))
  electron.dialog.showSaveDialog.mockReset()
  printToPDF.mockClear()
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('saveReportPdf', () => {
  it('prints the asking page to a tagged PDF with page numbers and writes it where the user chose', async () => {
    const target = join(folder, 'gap analysis.pdf')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await saveReportPdf(event, {
      suggestedName: 'Allied health gap analysis AY2025-26.pdf',
    })
    expect(result).toEqual({ saved: true, path: target })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/staff/Documents', 'Allied health gap analysis AY2025-26.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    })
    expect(printToPDF).toHaveBeenCalledWith(REPORT_PDF_OPTIONS)
    expect(REPORT_PDF_OPTIONS).toMatchObject({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
    })
    expect(REPORT_PDF_OPTIONS.footerTemplate).toContain('<span class="pageNumber"></span>')
    expect(REPORT_PDF_OPTIONS.footerTemplate).toContain('<span class="totalPages"></span>')
    expect(new TextDecoder().decode(await readFile(target))).toBe('%PDF-1.7 report')
  })

  it('prints nothing and writes nothing when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await saveReportPdf(event, { suggestedName: 'report.pdf' })).toEqual({ saved: false })
    expect(printToPDF).not.toHaveBeenCalled()
    expect(await readdir(folder)).toEqual([])
  })
})

describe('the report:print contract', () => {
  const args = ipcContract[ipcChannels.saveReportPdf].args

  it('takes a bare .pdf name only: the page never names a folder', () => {
    expect(args.safeParse([{ suggestedName: 'report.pdf' }]).success).toBe(true)
    for (const suggestedName of [
      'report.xlsx',
      '../../report.pdf',
      'C:\\\\Users\\\\x.pdf',
      '',
      'a'.repeat(201) + '.pdf',
    ]) {
      expect(args.safeParse([{ suggestedName }]).success).toBe(false)
    }
    expect(args.safeParse([{ suggestedName: 'report.pdf', path: '/etc/x.pdf' }]).data?.[0]).toEqual(
      {
        suggestedName: 'report.pdf',
      },
    )
  })
})
