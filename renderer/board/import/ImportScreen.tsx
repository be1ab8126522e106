// Bulk import with a dry run: staff choose files or a folder, or drop them onto the screen;
// every file is checked in the verification workers with a progress bar and Cancel; the table
// shows what Merge would do with each, and nothing is stored until Merge is pressed.
import { useMemo, useState, type DragEvent } from 'react'
import type { Profile } from '../../../shared/domain/profile'
import { boardImportStore } from '../../db/app-data'
import type { ImportStore } from './dry-run'
import { DryRunTable } from './DryRunTable'
import { platform } from '../../platform'
import {
  droppedEntries,
  sourceOfFile,
  sourcesOfChosenFolder,
  sourcesOfDrop,
  sourcesOfFolderInput,
} from './dropped-files'
import { useImportBatch, type ImportBatch } from './useImportBatch'

export function ImportScreen({ profile }: { profile: Profile }) {
  const store: ImportStore = useMemo(() => boardImportStore(profile), [profile])
  const batch = useImportBatch(store)
  const [dragging, setDragging] = useState(false)
  const [dropProblem, setDropProblem] = useState('')

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    if (batch.phase === 'checking' || batch.phase === 'merging') return
    // Taken inside the handler: the drop's list is emptied once it returns.
    const dropped = droppedEntries(event.dataTransfer)
    setDropProblem('')
    sourcesOfDrop(dropped).then(batch.check, () =>
      setDropProblem('The dropped folder could not be read. Choose it with “Choose a folder…”.'),
    )
  }
  const busy = batch.phase === 'checking' || batch.phase === 'merging'

  // The desktop's folder dialog: main lists the folder's workbooks and messages; each is read
  // only when a verification worker is about to take it.
  const chooseDesktopFolder = () => {
    setDropProblem('')
    platform.chooseFolder?.().then(
      (choice) => {
        if (choice) batch.check(sourcesOfChosenFolder(choice.folder, choice.files))
      },
      (error: unknown) =>
        setDropProblem(error instanceof Error ? error.message : 'The folder could not be read.'),
    )
  }

  return (
    <main
      className={`screen board-screen import-screen${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h1>Import</h1>
      <p className="lead">
        Choose partners’ signed workbooks, a folder of them, or e-mail messages saved from Outlook
        (.eml), or drop them here. Each file is checked and listed with what Merge would do with it;
        nothing is stored until you press Merge.
      </p>
      <div className="import-pickers">
        <label className={`button${busy ? ' disabled' : ''}`}>
          Choose files…
          <input
            type="file"
            multiple
            accept=".xlsx,.eml"
            disabled={busy}
            className="visually-hidden"
            data-testid="import-files"
            onChange={(e) => {
              batch.check([...(e.target.files ?? [])].map((f) => sourceOfFile(f)))
              e.target.value = ''
            }}
          />
        </label>
        {platform.chooseFolder ? (
          <button type="button" disabled={busy} onClick={chooseDesktopFolder}>
            Choose a folder…
          </button>
        ) : (
          <label className={`button${busy ? ' disabled' : ''}`}>
            Choose a folder…
            <input
              type="file"
              disabled={busy}
              className="visually-hidden"
              data-testid="import-folder"
              ref={(input) => input?.setAttribute('webkitdirectory', '')}
              onChange={(e) => {
                batch.check(sourcesOfFolderInput(e.target.files ?? []))
                e.target.value = ''
              }}
            />
          </label>
        )}
      </div>
      {dropProblem && (
        <p role="alert" className="finding error">
          {dropProblem}
        </p>
      )}
      {batch.holdings && !batch.holdings.cycle && (
        <p role="alert" className="finding warning">
          No collection cycle is being collected yet: define one under Cycles, then the files can be
          checked against it.
        </p>
      )}
      <Progress batch={batch} />
      {/* The table waits until the files are checked: laying out a growing table of hundreds of
          rows while the workers answer would hold the window up. */}
      {batch.phase !== 'checking' && batch.entries.length > 0 && (
        <Review batch={batch} store={store} />
      )}
    </main>
  )
}

function Progress({ batch }: { batch: ImportBatch }) {
  if (batch.phase === 'idle') return null
  const checking = batch.phase === 'checking'
  return (
    <div className="import-progress">
      <progress
        max={batch.total}
        value={batch.done}
        aria-label="Files checked"
        aria-valuetext={`${batch.done} of ${batch.total} files checked`}
      />
      <span role="status">
        {checking
          ? `Checking… ${batch.done} of ${batch.total} files`
          : batch.cancelled
            ? `Cancelled: ${batch.done} of ${batch.total} files were checked; the rest were not read.`
            : `${batch.total} ${batch.total === 1 ? 'file' : 'files'} checked.`}
      </span>
      {checking && (
        <button type="button" onClick={batch.cancel}>
          Cancel
        </button>
      )}
    </div>
  )
}

function Review({ batch, store }: { batch: ImportBatch; store: ImportStore }) {
  const { summary, phase } = batch
  const toMerge = summary.imported + summary.updated
  return (
    <section aria-labelledby="dry-run-title">
      <h2 id="dry-run-title">What Merge would do</h2>
      <dl className="dry-run-summary" aria-label="Summary">
        <div>
          <dt>Imported</dt>
          <dd>{summary.imported}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{summary.updated}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{summary.unchanged}</dd>
        </div>
        <div>
          <dt>Conflicts</dt>
          <dd>{summary.conflicts}</dd>
        </div>
        <div>
          <dt>Refused</dt>
          <dd>{summary.refused}</dd>
        </div>
        <div>
          <dt>Excluded</dt>
          <dd>{summary.excluded}</dd>
        </div>
      </dl>
      {batch.merged && (
        <p role="status" className={batch.merged.ok ? 'finding ok' : 'finding error'}>
          {batch.merged.message}
        </p>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="primary"
          disabled={phase !== 'reviewing' || !batch.holdings?.cycle || batch.decisions.length === 0}
          onClick={batch.merge}
        >
          {toMerge > 0
            ? `Merge: import ${summary.imported}, update ${summary.updated}`
            : 'Merge (record these decisions)'}
        </button>
        <button type="button" onClick={batch.clear} disabled={phase === 'merging'}>
          Clear the list
        </button>
      </div>
      <DryRunTable
        entries={batch.entries}
        decisions={batch.decisions}
        excluded={batch.excluded}
        onExclude={batch.setExcluded}
        store={store}
        disabled={phase !== 'reviewing'}
      />
    </section>
  )
}
