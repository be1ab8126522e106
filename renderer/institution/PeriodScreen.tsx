// One reporting period: its figures, its rows (programs or occupations) and its export.
import { useState, type KeyboardEvent } from 'react'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import type { ReceiptQuestion } from '../../shared/intake/receipt'
import type { ReportingPeriod } from '../../shared/reports/draft'
import type { Program } from '../../shared/reports/schemas'
import { SaveIndicator } from '../components/SaveIndicator'
import type { FiguresSnapshot } from '../db/period-figures'
import { usePeriodReview } from '../db/receipt-hooks'
import { createUndoKeeper } from '../grid/undo-stack'
import type { CellAddress } from '../grid/types'
import { ExportPanel } from './ExportPanel'
import { FiguresView } from './FiguresView'
import { ReviewReceipt } from './ReviewReceipt'
import { RowsEditor } from './RowsEditor'
import { useReportCheck } from './useReportCheck'
import { usePeriodData, usePrograms, useStablePeriod } from './usePeriods'

const TABS = ['figures', 'rows', 'export'] as const
const NO_QUESTIONS: readonly ReceiptQuestion[] = []
type Tab = (typeof TABS)[number]

interface Props {
  periodId: string
  profile: Profile
  institution: Institution | undefined
  onBack: () => void
}

export function PeriodScreen({ periodId, profile, institution, onBack }: Props) {
  const data = usePeriodData(periodId)
  const programs = usePrograms()

  if (data === undefined || programs === undefined) return <p>Loading…</p>
  // A period of another institution is never shown under this profile (a remembered period,
  // after the profile was switched): its figures must not be exported under this name.
  if (data === null || data.period.institutionId !== profile.institutionId) {
    return (
      <div>
        <p role="alert">
          {data === null
            ? 'This period no longer exists.'
            : `This period belongs to another institution (${data.period.institutionId}), not to ${institution?.name ?? profile.institutionId}.`}
        </p>
        <button type="button" onClick={onBack}>
          Back to periods
        </button>
      </div>
    )
  }
  return (
    <PeriodTabs
      rp={data.period}
      figures={data.figures}
      programs={programs}
      profile={profile}
      institution={institution}
      onBack={onBack}
    />
  )
}

interface TabsProps {
  rp: ReportingPeriod
  figures: FiguresSnapshot
  programs: Program[]
  profile: Profile
  institution: Institution | undefined
  onBack: () => void
}

function PeriodTabs({ rp, figures, programs, profile, institution, onBack }: TabsProps) {
  const [tab, setTab] = useState<Tab>('figures')
  const [focusCell, setFocusCell] = useState<CellAddress | undefined>()
  const structure = useStablePeriod(rp)
  const check = useReportCheck(structure, figures, programs)
  // The figures' undo history outlives the grid, which unmounts on the other tabs.
  const [undo] = useState(createUndoKeeper)
  const review = usePeriodReview(profile.institutionId, rp.id)
  const latest = review?.receipts[0]
  const goTo = {
    cell: (rowId: string, key: string) => {
      setFocusCell({ rowId, key })
      setTab('figures')
    },
    rows: () => {
      setTab('rows')
      document.getElementById('tab-rows')?.focus()
    },
  }
  const choose = (next: Tab) => {
    setFocusCell(undefined)
    setTab(next)
  }
  const labels: Record<Tab, string> = {
    figures: 'Figures',
    rows: rp.kind === 'education' ? 'Programs' : 'Occupations',
    export: 'Export',
  }
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!
    choose(next)
    document.getElementById(`tab-${next}`)?.focus()
  }

  return (
    <div className="period-screen">
      <div className="period-header">
        <button type="button" className="link" onClick={onBack}>
          ← All periods
        </button>
        <h1>{rp.period.label}</h1>
        <SaveIndicator />
      </div>
      {review && (
        <ReviewReceipt
          review={review}
          kind={rp.kind}
          rowLabel={check.rowLabel}
          onGoToCell={goTo.cell}
        />
      )}
      <div role="tablist" aria-label={`${rp.period.label} sections`} className="tabs">
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => choose(t)}
            onKeyDown={onTabKey}
          >
            {labels[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'figures' && (
          <FiguresView
            rp={structure}
            figures={figures}
            programs={programs}
            check={check}
            undo={undo}
            initialFocus={focusCell}
            questions={latest?.receipt.questions ?? NO_QUESTIONS}
            askedBy={latest?.boardName ?? ''}
          />
        )}
        {tab === 'rows' && <RowsEditor rp={rp} programs={programs} />}
        {tab === 'export' && (
          <ExportPanel
            rp={rp}
            profile={profile}
            institution={institution}
            check={check}
            goTo={goTo}
          />
        )}
      </div>
    </div>
  )
}
