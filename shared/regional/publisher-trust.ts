// Who may sign a regional analysis: a workforce board of the work group's directory, with the
// key the registry (or a partner's copy of the board's key card) pins for that board. A partner
// trusted for its own reports is not trusted to publish the region's figures, even when the file
// names the partner itself as the publisher.
import { PARTNER_DIRECTORY } from '../domain/partners'
import { trustOf, type Trust, type TrustRegistry } from '../trust/registry'
import type { RegionalPublication } from './payload'

export function publisherTrust(
  registry: TrustRegistry,
  publication: Pick<RegionalPublication, 'header'>,
  keyId: string,
): Trust {
  const { board } = publication.header
  const listed = PARTNER_DIRECTORY.find((p) => p.id === board.id)
  if (listed?.kind !== 'workforce-board') {
    return {
      level: 'unknown-institution',
      message: `This regional analysis names “${board.name}” as its publisher, which is not one of the work group’s workforce boards; only a board’s key may sign a regional analysis.`,
    }
  }
  return trustOf(registry, board.id, keyId)
}
