// The printable report of the demo cycle, printed by Chromium to a tagged PDF with page numbers
// (what the desktop app's printToPDF does with the same page) and read back with poppler:
// every occupation's coverage and band in the text, no figure from fewer than 3 employers, the
// page count, and each page as a PNG to look at. axe on the report route.
import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { demoBoardContext } from '../../shared/analysis/demo-context'
import { boardBackup, demoFolder } from './board/board-dataset'
import { BoardPage } from './pages/board-page'
import { DEMO_FINDINGS } from './board/demo-findings'

const FOOTER =
  '<div style="font-size:9px;width:100%;text-align:center;">page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'

test('the printed report states every occupation’s coverage and band, suppressed where it must be', async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page)
  await board.introduceMyself()
  await board.restore(await boardBackup(demoFolder(), { context: demoBoardContext() }))
  await board.goTo('Analysis')
  await page.getByRole('button', { name: 'Printable report…' }).click()
  await expect(page).toHaveURL(/#\/report\/AY2025-26$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Allied health supply and demand: regional gap analysis, AY2025-26',
  )
  const findings = page.getByRole('region', { name: 'Findings' }).getByRole('listitem')
  await expect(findings).toHaveCount(4)
  await expect(page.getByRole('navigation')).toHaveCount(0)

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([])

  // The browser twin's button opens the print dialog.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number; print: () => void }
    w.printed = 0
    w.print = () => {
      w.printed += 1
    }
  })
  await page.getByRole('button', { name: 'Print…' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

  const pdf = testInfo.outputPath('report.pdf')
  writeFileSync(
    pdf,
    await page.pdf({
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: FOOTER,
      preferCSSPageSize: true,
      printBackground: true,
    }),
  )
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  expect(info).toMatch(/^Tagged:\s+yes/m)
  console.log(`Report of the demo set: ${pages} pages`)
  testInfo.annotations.push({ type: 'pages', description: String(pages) })
  // A title page with the findings, a page or more per occupation, then assumptions and status.
  expect(pages).toBeGreaterThanOrEqual(6)

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  const flat = text.replace(/\s+/g, ' ')
  for (const f of DEMO_FINDINGS) {
    expect(flat).toContain(`${f.name}: coverage ${f.published} against published annual openings`)
    expect(flat).toContain(
      `coverage suppressed (fewer than 3 employers) against employer-reported demand`,
    )
    // The employer-reported coverage the board sees never leaves it.
    expect(flat).not.toContain(`coverage ${f.employers}`)
  }
  expect(flat).not.toContain('board only')
  expect(flat).toContain(`page 1 of ${pages}`)
  expect(flat).toContain(`page ${pages} of ${pages}`)
  expect(flat).toContain('Reporting status')
  expect(flat).toContain('Assumptions')

  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, testInfo.outputPath('page')])
  const pngs = readdirSync(testInfo.outputDir).filter((f) => /^page-\d+\.png$/.test(f))
  expect(pngs).toHaveLength(pages)
})
