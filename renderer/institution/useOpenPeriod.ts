import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useState } from 'react'
import type { InstitutionId } from '../../shared/domain/ids'
import { openPeriod } from '../db/app-data'

/**
 * The period open on screen, remembered across reloads; undefined while the remembered one is
 * read. A choice shows at once and is stored behind it.
 */
export function useOpenPeriod(
  institutionId: InstitutionId,
): [string | null | undefined, (periodId: string | null) => void] {
  const stored = useLiveQuery(() => openPeriod.loadOpenPeriod(institutionId), [institutionId])
  const [chosen, setChosen] = useState<{ periodId: string | null } | null>(null)
  const open = useCallback(
    (periodId: string | null) => {
      setChosen({ periodId })
      // Failing to remember the open period loses nothing the user entered.
      void openPeriod.saveOpenPeriod(institutionId, periodId).catch(() => undefined)
    },
    [institutionId],
  )
  return [chosen ? chosen.periodId : stored, open]
}
