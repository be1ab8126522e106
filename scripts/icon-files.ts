// The icon containers the installers need, written around PNG images: .ico for Windows (the
// app, the NSIS installer and uninstaller) and .icns for macOS (the app and the dmg). Both
// formats may hold PNG data as it is, so no image is re-encoded here.

export interface SizedPng {
  readonly size: number
  readonly png: Uint8Array
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from a PNG's IHDR chunk. */
export function pngDimensions(png: Uint8Array): { width: number; height: number } {
  if (!PNG_SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('not a PNG image')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

function checked(images: readonly SizedPng[]): readonly SizedPng[] {
  for (const { size, png } of images) {
    const { width, height } = pngDimensions(png)
    if (width !== size || height !== size) {
      throw new Error(`the ${size}px image is ${width}×${height}`)
    }
  }
  return images
}

/** ICONDIR, one ICONDIRENTRY per image (256 is written as 0), then the PNGs. */
export function icoFile(images: readonly SizedPng[]): Uint8Array {
  const entries = checked(images)
  const headerBytes = 6 + 16 * entries.length
  const total = headerBytes + entries.reduce((n, e) => n + e.png.length, 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint16(2, 1, true)
  view.setUint16(4, entries.length, true)
  let offset = headerBytes
  entries.forEach(({ size, png }, i) => {
    if (size > 256) throw new Error('an .ico image is at most 256 pixels wide')
    const at = 6 + 16 * i
    view.setUint8(at, size === 256 ? 0 : size)
    view.setUint8(at + 1, size === 256 ? 0 : size)
    view.setUint16(at + 4, 1, true)
    view.setUint16(at + 6, 32, true)
    view.setUint32(at + 8, png.length, true)
    view.setUint32(at + 12, offset, true)
    out.set(png, offset)
    offset += png.length
  })
  return out
}

/** The icns types that hold PNG data, by pixel size (the @2x types carry the same pixels). */
const ICNS_TYPES: Readonly<Record<number, readonly string[]>> = {
  16: ['icp4'],
  32: ['icp5', 'ic11'],
  64: ['icp6', 'ic12'],
  128: ['ic07'],
  256: ['ic08', 'ic13'],
  512: ['ic09', 'ic14'],
  1024: ['ic10'],
}

/** 'icns', the file length, then one (type, length, PNG) block per type. */
export function icnsFile(images: readonly SizedPng[]): Uint8Array {
  const blocks = checked(images).flatMap(({ size, png }) => {
    const types = ICNS_TYPES[size]
    if (!types) throw new Error(`.icns has no type for ${size}px images`)
    return types.map((type) => ({ type, png }))
  })
  const total = 8 + blocks.reduce((n, b) => n + 8 + b.png.length, 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const ascii = (text: string, at: number) => {
    for (let i = 0; i < 4; i++) view.setUint8(at + i, text.charCodeAt(i))
  }
  ascii('icns', 0)
  view.setUint32(4, total)
  let offset = 8
  for (const { type, png } of blocks) {
    ascii(type, offset)
    view.setUint32(offset + 4, 8 + png.length)
    out.set(png, offset + 8)
    offset += 8 + png.length
  }
  return out
}
