// Balances across partner kinds, which only a board holding both sides' signed figures can
// draw (BOARD.md, "Pipeline and bottleneck"):
// - clinical placement balance: slots programs need (and have secured) against clinical
//   student slots employers host; balance = hosted − needed (negative: too few slots hosted);
// - apprenticeship balance: apprentices in programs against apprenticeship slots employers
//   offer; balance = slots − apprentices (positive: slots go unfilled).
// The employers' side is an employer figure, so the balance and its sentence are as
// confidential as it is.
import { shownNumber } from '../workbook/cells'
import { derived, type Protected } from './suppression'

export interface ClinicalBalance {
  readonly needed: number | null
  readonly secured: number | null
  readonly hosted: Protected<number>
  readonly balance: Protected<number>
  readonly words: Protected<string>
}

export interface ApprenticeshipBalance {
  readonly participants: number | null
  readonly slotsOffered: Protected<number>
  readonly balance: Protected<number>
  readonly words: Protected<string>
}

export function clinicalBalance(
  needed: number | null,
  secured: number | null,
  hosted: Protected<number>,
): ClinicalBalance {
  const h = hosted.value
  const balance = h !== null && needed !== null ? h - needed : null
  const words =
    h === null
      ? null
      : `Employers host ${shownNumber(h)} clinical student slots; programs need ${needed === null ? 'an unreported number' : shownNumber(needed)}${secured === null ? '' : ` and have secured ${shownNumber(secured)}`}`
  return {
    needed,
    secured,
    hosted,
    balance: derived(balance, hosted),
    words: derived(words, hosted),
  }
}

export function apprenticeshipBalance(
  participants: number | null,
  slotsOffered: Protected<number>,
): ApprenticeshipBalance {
  const s = slotsOffered.value
  const balance = s !== null && participants !== null ? s - participants : null
  const words =
    s === null
      ? null
      : `Employers offer ${shownNumber(s)} apprenticeship slots; programs have ${participants === null ? 'an unreported number of' : shownNumber(participants)} apprentices`
  return {
    participants,
    slotsOffered,
    balance: derived(balance, slotsOffered),
    words: derived(words, slotsOffered),
  }
}
