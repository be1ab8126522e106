// The key file written by the command line `keygen`, for automated submissions. Unlike the key a
// partner makes in the app, its private key exists outside WebCrypto, so whoever holds the file
// can sign as the institution: the file belongs in a place only the automation can read.
import { z } from 'zod'
import { InstitutionId, type KeyId } from '../domain/ids'
import { fromBase64, toBase64 } from './bytes'
import {
  PUBLIC_KEY_BYTES,
  exportPublicKeyRaw,
  fingerprint,
  generateSigningKeyPair,
  importPrivateKeyPkcs8,
  subtle,
  type SigningKey,
} from './keys'
import { sign, verify } from './sign'

export const KEY_FILE_FORMAT = 'allied-pipeline-key'

function decodesTo(check: (bytes: Uint8Array) => boolean) {
  return (text: string) => {
    try {
      return check(fromBase64(text))
    } catch {
      return false
    }
  }
}

export const KeyFile = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(1),
  institutionId: InstitutionId,
  createdAt: z.iso.datetime({ offset: true }),
  publicKey: z.string().refine(
    decodesTo((b) => b.length === PUBLIC_KEY_BYTES),
    'publicKey must be a 32-byte key in base64',
  ),
  privateKeyPkcs8: z
    .string()
    .max(1000)
    .refine(
      decodesTo((b) => b.length > 0),
      'privateKeyPkcs8 must be a PKCS#8 key in base64',
    ),
})
export type KeyFile = z.infer<typeof KeyFile>

/** A key file read back: the private key is non-extractable from here on. */
export interface ImportedKey {
  institutionId: InstitutionId
  keyId: KeyId
  createdAt: string
  publicKeyRaw: Uint8Array<ArrayBuffer>
  privateKey: SigningKey
}

export class KeyFileError extends Error {
  override readonly name = 'KeyFileError'
}

/** A new key pair written out as a key file (the one moment the private key is extractable). */
export async function createKeyFile(
  institutionId: InstitutionId,
  now: Date = new Date(),
): Promise<KeyFile> {
  const pair = await generateSigningKeyPair({ extractable: true })
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey))
  return {
    format: KEY_FILE_FORMAT,
    version: 1,
    institutionId,
    createdAt: now.toISOString(),
    publicKey: toBase64(await exportPublicKeyRaw(pair.publicKey)),
    privateKeyPkcs8: toBase64(pkcs8),
  }
}

export function keyFileText(file: KeyFile): string {
  return `${JSON.stringify(KeyFile.parse(file), null, 2)}\n`
}

/**
 * Reads a key file's text. Refuses (with a {@link KeyFileError}) a file that is not JSON, does
 * not match the schema, or whose private key does not belong to its public key.
 */
export async function importKeyFile(text: string): Promise<ImportedKey> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new KeyFileError('The key file is not valid JSON.')
  }
  const parsed = KeyFile.safeParse(json)
  if (!parsed.success) {
    throw new KeyFileError(
      `The key file is not an ${KEY_FILE_FORMAT} file: ${z.prettifyError(parsed.error)}`,
    )
  }
  const file = parsed.data
  const publicKeyRaw = fromBase64(file.publicKey)
  let privateKey: SigningKey
  try {
    privateKey = await importPrivateKeyPkcs8(fromBase64(file.privateKeyPkcs8), {
      extractable: false,
    })
  } catch {
    throw new KeyFileError('The private key in the key file is not an Ed25519 PKCS#8 key.')
  }
  const probe = new TextEncoder().encode(`${KEY_FILE_FORMAT} key check`)
  if (!(await verify(publicKeyRaw, probe, await sign(privateKey, probe)))) {
    throw new KeyFileError('The private key in the key file does not belong to its public key.')
  }
  return {
    institutionId: file.institutionId,
    keyId: await fingerprint(publicKeyRaw),
    createdAt: file.createdAt,
    publicKeyRaw,
    privateKey,
  }
}
