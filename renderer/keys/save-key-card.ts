// Saves a key's card, the file the board needs to trust the key, where the user chooses.
import { keyCardFileName, keyCardText } from '../../shared/crypto/key-card'
import type { StoredKey } from '../db/key-database'
import { platform } from '../platform'

export async function saveKeyCard(key: StoredKey): Promise<boolean> {
  const bytes = new TextEncoder().encode(keyCardText(key.card))
  return platform.saveFile(keyCardFileName(key.card), bytes, [
    { name: 'Allied Pipeline key card', extensions: ['json'] },
  ])
}
