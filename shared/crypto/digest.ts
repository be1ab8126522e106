// SHA-256 as lower-case hex: of a file's bytes (the audit log names files by it) and of the
// canonical payload text a signature covers (the payload hash the revision ratchet compares).
import { ownBytes, toHex } from './bytes'
import { subtle } from './keys'

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', ownBytes(bytes))))
}

export function sha256OfText(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text))
}
