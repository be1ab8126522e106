// `trust`: what `allied-pipeline trust --help` prints, apart from the command so that help
// loads none of the command's code.
import type { CommandHelp } from '../command'

export const trustHelp: CommandHelp = {
  name: 'trust',
  summary: "keep the board's trust registry: add key cards, confirm, revoke, list",
  help: `Usage: allied-pipeline trust add CARD... --registry FILE
       allied-pipeline trust confirm INSTITUTION --fingerprint FINGERPRINT --registry FILE [--note TEXT]
       allied-pipeline trust revoke INSTITUTION --fingerprint FINGERPRINT --registry FILE [--note TEXT]
       allied-pipeline trust list --registry FILE [--json]

The trust registry is the file the board's verify and merge use to decide whom to trust: the
signing keys of each partner institution, each pinned, pending or revoked.

  add      reads partners' key cards (AHWG_key_*.json) into the registry, created if missing.
           A new key is pending: call the partner on a number you already have, have them read
           the fingerprint shown in their app, and compare it with the one printed here. A card
           whose replacement of a pinned key is signed by that key is pinned at once, and the
           old key revoked.
  confirm  pins a pending key once the partner has read its fingerprint to you. Type or paste
           what they read (spaces do not matter); if it is not the key's, nothing changes.
  revoke   stops trusting a key (lost, stolen, or no longer used): files it signs are refused.
  list     prints every institution and key with its status and dates.

Options:
  --registry FILE            the trust registry (JSON)
  --fingerprint FINGERPRINT  the key's fingerprint, 64 hex digits (as 16 groups of 4)
  --note TEXT                how it was confirmed or why revoked ("read aloud by Pat on the phone")
  --json                     list: print the registry as JSON
  -h, --help                 show this help

Exit code: 0 when done; 1 when a key card is refused, a fingerprint does not match, or the key
cannot change that way; 2 on a wrong call or a file that cannot be read or written.`,
}
