// The figures of one period: the grid, the active cell's details, problems and completeness.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { CREDENTIAL_LABELS, occupation, type OccupationId } from '../../shared/domain/occupations'
import type { ReceiptQuestion } from '../../shared/intake/receipt'
import type { ReportingPeriod } from '../../shared/reports/draft'
import { measuresFor, type Program } from '../../shared/reports/schemas'
import type { Draft } from '../db/draft-repository'
import { keepDraft, readDraft, saveExplanation, saveFigures } from '../db/figure-writes'
import { storedRow, type FiguresSnapshot } from '../db/period-figures'
import { MeasureGrid } from '../grid'
import type { CellAddress, CellEdit, GridRow, PasteReport, UndoKeeper } from '../grid/types'
import { CellInspector } from './CellInspector'
import { CompletenessMeters } from './CompletenessMeters'
import { DraftRecovery } from './DraftRecovery'
import { gridFigures } from './grid-figures'
import { questionsByRow, withQuestions } from './question-cells'
import { PasteRefusals } from './PasteRefusals'
import { ProblemsPanel } from './ProblemsPanel'
import { cellKey, type ReportCheck } from './useReportCheck'

interface Props {
  rp: ReportingPeriod
  figures: FiguresSnapshot
  programs: readonly Program[]
  check: ReportCheck
  /** Kept by the period screen, so that undo survives switching tabs. */
  undo?: UndoKeeper | undefined
  /**
   * A cell to show and focus (from the export screen's list of what blocks it, or a board's
   * question); a new object moves there again.
   */
  initialFocus?: CellAddress | undefined
  /** The board's open questions about this period's cells, from its latest review receipt. */
  questions?: readonly ReceiptQuestion[] | undefined
  /** The board that asked, as its key card names it. */
  askedBy?: string | undefined
}

export function FiguresView({
  rp,
  figures,
  programs,
  check,
  undo,
  initialFocus,
  questions = [],
  askedBy = '',
}: Props) {
  const measures = measuresFor(rp.kind)
  const [active, setActive] = useState<CellAddress | null>(initialFocus ?? null)
  const [focusRequest, setFocusRequest] = useState<(CellAddress & { nonce: number }) | undefined>(
    () => initialFocus && { ...initialFocus, nonce: 0 },
  )
  const focusCell = (cell: CellAddress) =>
    setFocusRequest((r) => ({ ...cell, nonce: (r?.nonce ?? 0) + 1 }))
  // Asked to go to another cell while open (a board's question chosen above the grid).
  const [seenFocus, setSeenFocus] = useState(initialFocus)
  if (seenFocus !== initialFocus) {
    setSeenFocus(initialFocus)
    if (initialFocus) {
      setActive(initialFocus)
      setFocusRequest((r) => ({ ...initialFocus, nonce: (r?.nonce ?? 0) + 1 }))
    }
  }
  // Shift+F2: the active cell and the request to focus its explanation box change in one
  // render, so the box focused is the one of that cell, never the previous cell's.
  const [explainAsk, setExplainAsk] = useState<{ cell: string; nonce: number } | null>(null)
  const explain = (cell: CellAddress) => {
    setActive(cell)
    setExplainAsk((a) => ({ cell: cellKey(cell.rowId, cell.key), nonce: (a?.nonce ?? 0) + 1 }))
  }

  const [pasteReport, setPasteReport] = useState<PasteReport | null>(null)

  // An entry left unfinished when the app last closed, read once when the period opens.
  const [leftOver, setLeftOver] = useState<Draft | null>(null)
  useEffect(() => {
    let live = true
    void readDraft(rp.id).then((d) => live && setLeftOver(d))
    return () => {
      live = false
    }
  }, [rp.id])
  const onDraftChange = useCallback(
    (d: { rowId: string; key: string; text: string } | null) =>
      keepDraft(
        rp.id,
        d && { rowId: d.rowId, measure: d.key, text: d.text, at: new Date().toISOString() },
      ),
    [rp.id],
  )

  const rows: GridRow[] = useMemo(
    () =>
      rp.rowIds.map((id) => {
        if (rp.kind !== 'education')
          return {
            id,
            label: occupation(id as OccupationId).name,
            detail: `SOC ${occupation(id as OccupationId).soc.code}`,
          }
        const p = programs.find((x) => x.id === id)
        return {
          id,
          label: p?.name ?? 'Unknown program',
          detail: p ? `${CREDENTIAL_LABELS[p.credential]} · CIP ${p.cip}` : undefined,
        }
      }),
    [rp, programs],
  )

  // Edits show at once; the stored figure takes over as soon as the write comes back.
  const [unsaved, setUnsaved] = useState<ReadonlyMap<string, number | null>>(new Map())
  const [seen, setSeen] = useState(figures)
  if (seen !== figures) {
    // A new snapshot from the database: drop the edits it now holds (adjusting state while
    // rendering, as React recommends over an effect).
    setSeen(figures)
    const left = [...unsaved].filter(([k, v]) => {
      const [rowId = '', key = ''] = k.split('\u0000')
      return (storedRow(figures, rowId).cells.get(key)?.value ?? null) !== v
    })
    if (left.length !== unsaved.size) setUnsaved(new Map(left))
  }
  const asked = useMemo(() => questionsByRow(questions), [questions])
  const figuresOf = useMemo(
    () => withQuestions(gridFigures(figures, check, unsaved), asked),
    [figures, check, unsaved, asked],
  )

  const commit = useCallback(
    (edits: CellEdit[]) => {
      const keys = edits.map((e) => cellKey(e.rowId, e.key))
      setUnsaved((prev) => new Map([...prev, ...edits.map((e, i) => [keys[i]!, e.value] as const)]))
      const forget = () =>
        setUnsaved((prev) => new Map([...prev].filter(([k]) => !keys.includes(k))))
      void saveFigures(
        rp.id,
        edits.map((e) => ({ rowId: e.rowId, measure: e.key, value: e.value })),
      ).catch(forget) // the save indicator shows the failure; the grid shows what is stored
    },
    [rp.id],
  )

  const activeMeasure = active ? measures.find((m) => m.key === active.key) : undefined

  if (rows.length === 0) {
    return (
      <p className="empty-state">
        This period has no {rp.kind === 'education' ? 'programs' : 'occupations'} yet. Add them on
        the {rp.kind === 'education' ? 'Programs' : 'Occupations'} tab.
      </p>
    )
  }

  return (
    <div className="figures">
      {check.damage && (
        <p role="alert" className="finding error">
          Some stored figures of this period could not be read: {check.damage}
        </p>
      )}
      {leftOver && (
        <DraftRecovery
          draft={leftOver}
          measure={measures.find((m) => m.key === leftOver.measure)}
          rowLabel={check.rowLabel(leftOver.rowId)}
          onAccept={(value) => {
            commit([{ rowId: leftOver.rowId, key: leftOver.measure, value }])
            onDraftChange(null)
            setLeftOver(null)
          }}
          onDiscard={() => {
            onDraftChange(null)
            setLeftOver(null)
          }}
        />
      )}
      <MeasureGrid
        caption={`${rp.period.label} figures`}
        rowHeaderLabel={rp.kind === 'education' ? 'Program' : 'Occupation'}
        rows={rows}
        measures={measures}
        figures={figuresOf}
        onCommit={commit}
        undo={undo}
        onActiveCellChange={(cell) => {
          setActive(cell)
          setExplainAsk(null)
        }}
        focusRequest={focusRequest}
        onDraftChange={onDraftChange}
        onExplain={explain}
        onPasteReport={(report) => setPasteReport(report.rejected.length > 0 ? report : null)}
      />
      <div className="figures-side">
        {pasteReport && (
          <PasteRefusals
            report={pasteReport}
            measures={measures}
            rowLabel={check.rowLabel}
            onJump={focusCell}
            onDismiss={() => setPasteReport(null)}
          />
        )}
        {active && activeMeasure ? (
          <CellInspector
            key={cellKey(active.rowId, active.key)}
            measure={activeMeasure}
            rowLabel={check.rowLabel(active.rowId)}
            findings={check.findingsByCell.get(cellKey(active.rowId, active.key)) ?? []}
            explanation={storedRow(figures, active.rowId).cells.get(active.key)?.explanation ?? ''}
            question={asked.get(active.rowId)?.get(active.key)}
            askedBy={askedBy}
            focusExplanation={
              explainAsk?.cell === cellKey(active.rowId, active.key) ? explainAsk.nonce : 0
            }
            onBackToCell={() => focusCell(active)}
            onExplain={(text) =>
              void saveExplanation(rp.id, active.rowId, active.key, text).catch(() => undefined)
            }
          />
        ) : (
          <section className="panel inspector">
            <p className="hint">Select a cell to see what it means and to explain a figure.</p>
          </section>
        )}
        <ProblemsPanel
          findings={check.findings}
          missingCount={check.missing.size}
          onJump={(rowId, key) => focusCell({ rowId, key })}
        />
        <CompletenessMeters sections={check.sections} />
      </div>
    </div>
  )
}
