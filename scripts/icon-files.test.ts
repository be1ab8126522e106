import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { icnsFile, icoFile, pngDimensions } from './icon-files'

const png512 = new Uint8Array(await readFile(new URL('../resources/icon.png', import.meta.url)))

describe('icon files', () => {
  it('reads a PNG’s size and refuses what is not a PNG', () => {
    expect(pngDimensions(png512)).toEqual({ width: 512, height: 512 })
    expect(() => pngDimensions(new TextEncoder().encode('GIF89a……………………'))).toThrow(/not a PNG/)
  })

  it('refuses an image whose pixels are not the size it is filed under', () => {
    expect(() => icoFile([{ size: 256, png: png512 }])).toThrow('the 256px image is 512×512')
    expect(() => icnsFile([{ size: 1024, png: png512 }])).toThrow('the 1024px image is 512×512')
  })

  it('refuses sizes the formats cannot hold', () => {
    expect(() => icoFile([{ size: 512, png: png512 }])).toThrow(/at most 256 pixels/)
  })

  it('writes the PNG unchanged inside, after the header', () => {
    const icns = icnsFile([{ size: 512, png: png512 }])
    // 'icns' + length, then ic09 and ic14 (512 and 256@2x), each the same PNG.
    expect(icns.length).toBe(8 + 2 * (8 + png512.length))
    expect(icns.subarray(16, 16 + png512.length)).toEqual(png512)
  })
})
