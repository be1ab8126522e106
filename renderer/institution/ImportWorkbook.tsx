// Blank templates for people who prefer Excel, and importing a filled one (or an exported
// workbook) back into a period, with every problem named by sheet and cell.
import { useState } from 'react'
import { OccupationId } from '../../shared/domain/occupations'
import { periodKey } from '../../shared/domain/periods'
import type { ReportingPeriod } from '../../shared/reports/draft'
import { planImport, type ImportPlan } from '../../shared/reports/import-plan'
import type { Report } from '../../shared/reports/schemas'
import { reporting } from '../db/app-data'
import { track } from '../db/save-tracker'
import { platform } from '../platform'
import { XLSX_FILTER } from '../platform/filters'

interface Pending {
  name: string
  report: Report
  plan: ImportPlan
}

export function ImportWorkbook({
  rp,
  institutionName,
}: {
  rp: ReportingPeriod
  institutionName: string | undefined
}) {
  const [message, setMessage] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [pending, setPending] = useState<Pending | null>(null)

  const downloadTemplate = async () => {
    const { writeTemplate } = await import('../../shared/workbook/template')
    const programs = (await reporting.listPrograms()).filter((p) => rp.rowIds.includes(p.id))
    const occupations = rp.rowIds.filter(
      (id): id is OccupationId => OccupationId.safeParse(id).success,
    )
    const bytes = await writeTemplate({
      kind: rp.kind,
      institution: institutionName ? { name: institutionName } : undefined,
      period: rp.period,
      programs,
      occupations: occupations.length > 0 ? occupations : undefined,
    })
    const saved = await platform.saveFile(
      `AHWG_template_${rp.kind}_${periodKey(rp.period)}.xlsx`,
      bytes,
      XLSX_FILTER,
    )
    setMessage(saved ? 'Template saved. Fill it in Excel, then import it here.' : '')
  }

  const importFile = async () => {
    setMessage('')
    setProblems([])
    setPending(null)
    try {
      const [file] = await platform.openFiles(XLSX_FILTER, { multiple: false })
      if (!file) return
      const { readFilledWorkbook } = await import('../../shared/workbook/read-filled')
      const read = await readFilledWorkbook(file.bytes)
      if (!read.ok) {
        setMessage(
          `“${file.name}” was not imported. Nothing was changed. Correct these and try again:`,
        )
        setProblems(
          read.problems.map((p) => `${p.sheet}${p.cell ? `!${p.cell}` : ''}: ${p.message}`),
        )
        return
      }
      if (read.report.kind !== rp.kind) {
        setMessage(
          `“${file.name}” holds ${read.report.kind} figures; this period holds ${rp.kind} figures. Nothing was changed.`,
        )
        return
      }
      const here = await reporting.loadImportContext(rp.id)
      setPending({
        name: file.name,
        report: read.report,
        plan: planImport(read.report, here.programs, here.cells),
      })
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }

  const confirm = async () => {
    if (!pending) return
    await track(() => reporting.applyImport(rp.id, pending.report, pending.plan))
    setMessage(`Imported ${pending.plan.figures} figures from “${pending.name}”.`)
    setPending(null)
  }

  return (
    <div className="import-workbook">
      <p className="hint">
        Prefer Excel? Download a blank template with this period’s{' '}
        {rp.kind === 'education' ? 'programs' : 'occupations'}, fill it in, and import it. Figures
        you import are checked like figures you type.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void downloadTemplate()}>
          Download blank template…
        </button>
        <button type="button" onClick={() => void importFile()}>
          Import figures from a workbook…
        </button>
      </div>
      {pending && (
        <div className="panel confirm-import" role="group" aria-labelledby="confirm-import-title">
          <h3 id="confirm-import-title">Import “{pending.name}”?</h3>
          <p>
            {pending.plan.figures} figures will be written into {rp.period.label}
            {pending.plan.replaced > 0
              ? `, replacing ${pending.plan.replaced} different figures you entered`
              : ''}
            {pending.plan.newPrograms.length > 0
              ? `; ${pending.plan.newPrograms.length} new program${pending.plan.newPrograms.length === 1 ? '' : 's'} will be added (${pending.plan.newPrograms.map((p) => p.name).join(', ')})`
              : ''}
            . Blank cells in the file leave your figures as they are.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void confirm()}>
              Import figures
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <div role={problems.length > 0 ? 'alert' : 'status'}>
          <p>{message}</p>
          {problems.length > 0 && (
            <ul className="import-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
