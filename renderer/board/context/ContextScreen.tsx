// The board context: the figures staff add to what partners report (published projections,
// regional employment, the default shares), each with its source. Entered here or loaded from
// the context file the command line's `--context` reads; saved with the revision it started
// from, so that an edit in another window is never silently overwritten.
import { useEffect, useRef, useState } from 'react'
import {
  boardContextText,
  emptyBoardContext,
  readBoardContext,
  type BoardContext,
} from '../../../shared/analysis/context'
import { OCCUPATIONS } from '../../../shared/domain/occupations'
import type { Profile } from '../../../shared/domain/profile'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import type { BoardContextRecord } from '../../db/analysis-records'
import { useBoardContext } from '../../db/analysis-hooks'
import { StaleEditError } from '../../db/analysis-repository'
import { analysisData } from '../../db/app-data'
import { staffOf } from '../../db/board-staff'
import { platform } from '../../platform'
import {
  contextOfDraft,
  contextSummary,
  draftOf,
  type ContextDraft,
  type FieldErrors,
} from './context-draft'
import { DefaultSharesFields } from './DefaultSharesFields'
import { OccupationFields } from './OccupationFields'
import './context.css'

const CONTEXT_FILTER = [{ name: 'Board context file', extensions: ['json'] }]

interface Editing {
  /** The stored revision the draft started from; null when nothing was stored. */
  basedOn: number | null
  /** The stored revision last seen, which differs from basedOn when another window saved. */
  seen: number | null
  start: ContextDraft
  draft: ContextDraft
}

const fresh = (record: BoardContextRecord | null): Editing => {
  const start = draftOf(record?.context ?? emptyBoardContext())
  const revision = record?.revision ?? null
  return { basedOn: revision, seen: revision, start, draft: start }
}
const dirty = (e: Editing) => JSON.stringify(e.draft) !== JSON.stringify(e.start)

type Notice = { kind: 'done' | 'problem' | 'stale'; text: string } | null

export function ContextScreen({ profile }: { profile: Profile }) {
  const record = useBoardContext()
  const [editing, setEditing] = useState<Editing | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<Notice>(null)
  const [loading, setLoading] = useState<{ name: string; context: BoardContext } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const [focusError, setFocusError] = useState(0)

  // Follows the stored context while nothing is typed; keeps typed changes when another window
  // saves, and says so, since saving them would be refused.
  const revision = record === undefined ? undefined : (record?.revision ?? null)
  if (revision !== undefined && (editing === null || editing.seen !== revision)) {
    setEditing(editing && dirty(editing) ? { ...editing, seen: revision } : fresh(record ?? null))
  }

  useEffect(() => {
    if (focusError === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [focusError])

  if (record === undefined || editing === null) {
    return <main className="screen board-screen" aria-busy="true" />
  }
  const current = editing
  const set = (draft: ContextDraft) => setEditing({ ...current, draft })

  async function save() {
    const read = contextOfDraft(current.draft)
    if (!read.ok) {
      setErrors(read.errors)
      const count = Object.keys(read.errors).length
      setNotice({
        kind: 'problem',
        text: `Nothing was saved: ${count === 1 ? 'one figure needs' : `${count} figures need`} attention (marked below).`,
      })
      setFocusError((n) => n + 1)
      return
    }
    setErrors({})
    try {
      const saved = await analysisData.saveBoardContext(
        read.context,
        staffOf(profile),
        current.basedOn,
      )
      setEditing(fresh(saved))
      setNotice({ kind: 'done', text: `Board context saved (revision ${saved.revision}).` })
    } catch (error) {
      if (!(error instanceof StaleEditError)) throw error
      setNotice({ kind: 'stale', text: error.message })
    }
  }

  async function pickFile() {
    setNotice(null)
    let picked
    try {
      picked = await platform.openFiles(CONTEXT_FILTER, { multiple: false })
    } catch (error) {
      setNotice({ kind: 'problem', text: error instanceof Error ? error.message : String(error) })
      return
    }
    const [file] = picked
    if (!file) return
    const read = readBoardContext(new TextDecoder().decode(file.bytes))
    if (!read.ok) {
      setNotice({ kind: 'problem', text: `${file.name}: ${read.problem} Nothing was changed.` })
      return
    }
    setLoading({ name: file.name, context: read.context })
  }

  async function replaceWith(name: string, context: BoardContext) {
    setLoading(null)
    try {
      const saved = await analysisData.saveBoardContext(
        context,
        staffOf(profile),
        record?.revision ?? null,
      )
      setErrors({})
      setEditing(fresh(saved))
      setNotice({
        kind: 'done',
        text: `The board context was replaced by ${name} (revision ${saved.revision}).`,
      })
    } catch (error) {
      if (!(error instanceof StaleEditError)) throw error
      setNotice({ kind: 'stale', text: error.message })
    }
  }

  async function saveFile() {
    if (!record) return
    const saved = await platform.saveFile(
      'board-context.json',
      new TextEncoder().encode(boardContextText(record.context)),
      CONTEXT_FILTER,
    )
    if (saved) {
      setNotice({
        kind: 'done',
        text: dirty(current)
          ? 'Context file saved with the stored context; the changes you have not saved are not in it.'
          : 'Context file saved. The command line reads it with --context.',
      })
    }
  }

  const unsaved = dirty(current)
  const otherWindow = current.seen !== current.basedOn
  return (
    <main className="screen board-screen context-screen">
      <h1>Board context</h1>
      <p className="lead">
        The figures the board adds to what partners report: published projections and regional
        employment per occupation, and the shares assumed where a program reported none. Every
        figure needs its source.
      </p>
      <p className="context-saved">
        {record
          ? `Saved by ${record.updatedBy.name} (${record.updatedBy.email}) on ${new Date(record.updatedAt).toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'short' })}, revision ${record.revision}.`
          : 'No board context saved yet: enter the figures below or load a context file.'}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void pickFile()}>
          Load a context file…
        </button>
        <button type="button" disabled={!record} onClick={() => void saveFile()}>
          Save the context file…
        </button>
      </div>
      <div role={notice && notice.kind !== 'done' ? 'alert' : 'status'}>
        {notice && (
          <div className={notice.kind === 'done' ? 'notice done' : 'notice problem'}>
            <p>{notice.text}</p>
            {notice.kind === 'stale' && (
              <button
                type="button"
                onClick={() => {
                  setEditing(fresh(record))
                  setErrors({})
                  setNotice(null)
                }}
              >
                Show the saved context (my changes are dropped)
              </button>
            )}
          </div>
        )}
      </div>
      {otherWindow && unsaved && notice?.kind !== 'stale' && (
        <p className="notice">
          The board context was saved in another window while you edited it. Saving your changes
          will be refused; note them, then show the saved context.
        </p>
      )}
      <form
        ref={formRef}
        aria-label="Board context"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        {OCCUPATIONS.map((o) => (
          <OccupationFields
            key={o.id}
            id={o.id}
            name={o.name}
            draft={current.draft.occupations[o.id]}
            errors={errors}
            onChange={(d) =>
              set({ ...current.draft, occupations: { ...current.draft.occupations, [o.id]: d } })
            }
          />
        ))}
        <DefaultSharesFields
          draft={current.draft.defaults}
          errors={errors}
          onChange={(defaults) => set({ ...current.draft, defaults })}
        />
        <div className="actions sticky-actions">
          <button type="submit" className="primary">
            Save the board context
          </button>
          {unsaved && (
            <button
              type="button"
              onClick={() => {
                setEditing(fresh(record))
                setErrors({})
                setNotice(null)
              }}
            >
              Discard changes
            </button>
          )}
          <span className="save-status">
            {unsaved ? 'Changes not saved yet' : 'All changes saved'}
          </span>
        </div>
      </form>
      {loading && (
        <ConfirmDialog
          title="Replace the board context?"
          question={`${loading.name} holds ${contextSummary(loading.context)}. It replaces the saved context (${record ? contextSummary(record.context) : 'nothing saved yet'})${unsaved ? ' and the changes you have not saved' : ''}.`}
          confirm="Replace the board context"
          onConfirm={() => void replaceWith(loading.name, loading.context)}
          onCancel={() => {
            setLoading(null)
            setNotice({ kind: 'done', text: 'Nothing was changed.' })
          }}
        />
      )}
    </main>
  )
}
