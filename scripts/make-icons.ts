// `npm run icons`: the app's icons, drawn from resources/icon.svg by Chromium (Playwright with
// Debian's Chromium, as the end-to-end tests use) and written to resources/:
//   icon.png   512×512, Linux (AppImage) and the default for electron-builder
//   icon.ico   16–256, Windows app, NSIS installer and uninstaller
//   icon.icns  16–1024, macOS app and dmg
// Run it again after changing icon.svg, and commit what it writes.
import { readFile, writeFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { icnsFile, icoFile, type SizedPng } from './icon-files'

const resources = new URL('../resources/', import.meta.url)
const svg = await readFile(new URL('icon.svg', resources), 'utf8')

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'],
})
async function render(size: number): Promise<SizedPng> {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
      `<img src="${source}" width="${size}" height="${size}" alt="">`,
  )
  // No DOM types in this project's Node config: the element is an HTMLImageElement.
  await page
    .locator('img')
    .evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode())
  const png = await page.screenshot({ omitBackground: true })
  await page.close()
  return { size, png: new Uint8Array(png) }
}

try {
  const images = new Map<number, SizedPng>()
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) images.set(size, await render(size))
  const pick = (...sizes: number[]) => sizes.map((s) => images.get(s)!)
  await writeFile(new URL('icon.png', resources), images.get(512)!.png)
  await writeFile(new URL('icon.ico', resources), icoFile(pick(16, 24, 32, 48, 64, 128, 256)))
  await writeFile(new URL('icon.icns', resources), icnsFile(pick(16, 32, 64, 128, 256, 512, 1024)))
  console.log('Wrote resources/icon.png, icon.ico and icon.icns from resources/icon.svg.')
} finally {
  await browser.close()
}
