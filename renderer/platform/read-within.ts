// Reading a file the user chose, bounded, without asking for its size. In Chromium a chosen
// File's size (and anything that needs it) is answered by a synchronous round trip to the browser
// process, which on a loaded machine took up to 90 ms per file on the window's main thread
// (traced during a 200-file import: 200 such round trips, 112 ms in all, each one a task of the
// window). Reading the file as a stream needs no size: the bound is counted as the bytes come.
/** The file's bytes, or null as soon as they pass `maxBytes` (the rest is not read). */
export async function readWithin(file: Blob, maxBytes: number): Promise<Uint8Array | null> {
  const reader = file.stream().getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const only = chunks[0]
  if (
    chunks.length === 1 &&
    only &&
    only.byteOffset === 0 &&
    only.byteLength === only.buffer.byteLength
  )
    return only
  const bytes = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}
