import { describe, expect, it } from 'vitest'
import { publisherAgainstCards } from './publisher-trust'

const BOARD = { id: 'masshire-hampden-county-workforce-board', name: 'MassHire Hampden County' }
const publication = { header: { board: BOARD } } as Parameters<typeof publisherAgainstCards>[0]
const card = (id: string, fingerprint: string) => ({
  fingerprint,
  card: { institution: { id, name: id } },
})

describe('a regional analysis checked against the board key cards a partner holds', () => {
  it('is trusted when the board it names signed it with the key on its card', () => {
    expect(
      publisherAgainstCards(publication, 'a'.repeat(64), [card(BOARD.id, 'a'.repeat(64))]),
    ).toEqual({
      trusted: true,
      message: 'Signed by MassHire Hampden County with the key on the board key card you hold.',
    })
  })

  it('is not trusted with another key than the board’s card, or another institution’s card', () => {
    const other = publisherAgainstCards(publication, 'b'.repeat(64), [
      card(BOARD.id, 'a'.repeat(64)),
      card('holyoke-community-college', 'b'.repeat(64)),
    ])
    expect(other.trusted).toBe(false)
    expect(other.message).toContain('not on the key card of MassHire Hampden County you hold')
  })

  it('says what to do when no card of that board is held', () => {
    const none = publisherAgainstCards(publication, 'a'.repeat(64), [])
    expect(none.trusted).toBe(false)
    expect(none.message).toContain('Settings → Board key cards')
  })

  it('never trusts a publisher that is not a workforce board, whatever card is held', () => {
    const college = { header: { board: { id: 'holyoke-community-college', name: 'HCC' } } }
    const result = publisherAgainstCards(
      college as Parameters<typeof publisherAgainstCards>[0],
      'a'.repeat(64),
      [card('holyoke-community-college', 'a'.repeat(64))],
    )
    expect(result.trusted).toBe(false)
    expect(result.message).toContain('not one of the work group’s workforce boards')
  })
})
