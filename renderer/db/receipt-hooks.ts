// The hooks through which screens read review receipts on either side, kept current as receipts
// are issued or imported. Components import these, never Dexie.
import { useLiveQuery } from 'dexie-react-hooks'
import type { InstitutionId } from '../../shared/domain/ids'
import type { BoardKeyCardRecord, IssuedReceipt } from './board-records'
import { database } from './database'
import { listIssuedReceipts } from './issued-receipt-repository'
import { listBoardKeyCards, periodReview, type PeriodReview } from './received-receipt-repository'

/** The receipts the board issued for these held submissions, oldest first. */
export function useIssuedReceipts(heldIds: readonly string[]): IssuedReceipt[] | undefined {
  const key = heldIds.join('\n')
  return useLiveQuery(() => listIssuedReceipts(database(), key ? key.split('\n') : []), [key])
}

export function useBoardKeyCards(): BoardKeyCardRecord[] | undefined {
  return useLiveQuery(() => listBoardKeyCards(database()), [])
}

/** What the board answered about one of this institution's periods. */
export function usePeriodReview(
  institutionId: InstitutionId,
  periodId: string,
): PeriodReview | undefined {
  return useLiveQuery(
    () => periodReview(database(), institutionId, periodId),
    [institutionId, periodId],
  )
}
