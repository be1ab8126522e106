import { describe, expect, test } from 'vitest'
import { byPath, isTakenFromFolder } from './folder-files'

describe('files taken from a folder of replies', () => {
  test('Excel’s lock files and other documents are left in the folder', () => {
    expect(isTakenFromFolder('replies/~$AHWG_r1.xlsx')).toBe(false)
    expect(isTakenFromFolder('replies/cover letter.pdf')).toBe(false)
    expect(isTakenFromFolder('replies/Re figures.EML')).toBe(true)
    expect(isTakenFromFolder('AHWG_r1.XLSX')).toBe(true)
    // A folder named like a workbook does not make its other files workbooks.
    expect(isTakenFromFolder('old.xlsx/notes.txt')).toBe(false)
  })

  test('are taken in the same order on every computer', () => {
    const names = ['b.xlsx', 'B.xlsx', 'a/z.xlsx', 'a.xlsx']
    expect([...names].sort(byPath)).toEqual(['B.xlsx', 'a.xlsx', 'a/z.xlsx', 'b.xlsx'])
  })
})
