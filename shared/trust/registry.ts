// The board's trust registry: which signing keys it accepts from each institution. A key read
// from a key card is pending until staff have compared its fingerprint with the partner over the
// phone; then it is pinned. A key whose card carries a replacement statement signed by a key the
// board already pins is pinned at once, and the key it replaces is revoked. A file signed with
// a key the board does not know for that institution is shown like an SSH host-key change.
//
// This module is what callers import. Every function is pure: a change returns a new registry,
// and storing it is the caller's job.
export {
  KEY_STATUSES,
  KeyStatus,
  MAX_TRUST_REGISTRY_CHARS,
  TRUST_REGISTRY_FORMAT,
  TRUST_REGISTRY_VERSION,
  TrustRegistry,
  TrustedInstitution,
  TrustedKey,
  emptyTrustRegistry,
  readTrustRegistry,
  trustRegistryText,
  type TrustRegistryReadResult,
} from './registry-file'
export { trustOf, type Trust, type TrustLevel } from './trust-of'
export {
  addKeyCard,
  confirmKey,
  revokeKey,
  type KeyCardImport,
  type KeyCardOutcome,
  type KeyChange,
} from './key-changes'
