// Who may sign a regional analysis: a workforce board of the work group's directory, with the
// key the registry (or a partner's copy of the board's key card) pins for that board. A partner
// trusted for its own reports is not trusted to publish the region's figures, even when the file
// names the partner itself as the publisher.
import { PARTNER_DIRECTORY } from '../domain/partners'
import { trustOf, type Trust, type TrustRegistry } from '../trust/registry'
import type { RegionalPublication } from './payload'

/** Why the publisher named may not sign a regional analysis; null when it is a workforce board. */
function notAWorkforceBoard(board: { readonly id: string; readonly name: string }): string | null {
  const listed = PARTNER_DIRECTORY.find((p) => p.id === board.id)
  if (listed?.kind === 'workforce-board') return null
  return `This regional analysis names “${board.name}” as its publisher, which is not one of the work group’s workforce boards; only a board’s key may sign a regional analysis.`
}

export function publisherTrust(
  registry: TrustRegistry,
  publication: Pick<RegionalPublication, 'header'>,
  keyId: string,
): Trust {
  const { board } = publication.header
  const refusal = notAWorkforceBoard(board)
  if (refusal) return { level: 'unknown-institution', message: refusal }
  return trustOf(registry, board.id, keyId)
}

/** A board key card a partner holds, as the partner's app keeps it. */
export interface HeldBoardCard {
  readonly fingerprint: string
  readonly card: { readonly institution: { readonly id: string; readonly name: string } }
}

export type PublisherCheck =
  | { readonly trusted: true; readonly message: string }
  | { readonly trusted: false; readonly message: string }

/**
 * On a partner's computer: whether a regional analysis was signed by the board it names, with
 * the key of that board's card the partner holds (the same rule as `publisherTrust`, against the
 * cards instead of a registry: only a workforce board may publish one).
 */
export function publisherAgainstCards(
  publication: Pick<RegionalPublication, 'header'>,
  keyId: string,
  cards: readonly HeldBoardCard[],
): PublisherCheck {
  const { board } = publication.header
  const refusal = notAWorkforceBoard(board)
  if (refusal) return { trusted: false, message: refusal }
  const boardCards = cards.filter((c) => c.card.institution.id === board.id)
  if (boardCards.some((c) => c.fingerprint === keyId)) {
    return {
      trusted: true,
      message: `Signed by ${board.name} with the key on the board key card you hold.`,
    }
  }
  if (boardCards.length > 0) {
    return {
      trusted: false,
      message: `Signed with a key that is not on the key card of ${board.name} you hold. Do not rely on these figures until you have compared the fingerprint below with the board, on a number you already have.`,
    }
  }
  return {
    trusted: false,
    message: `You hold no key card of ${board.name}, so who signed this file cannot be checked: import the board’s key card in Settings → Board key cards, then check the file again.`,
  }
}
