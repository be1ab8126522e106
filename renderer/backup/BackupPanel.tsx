// Settings → Backup and restore: saves everything stored on this computer to one file, and
// replaces it from such a file after saying exactly what will be replaced. A file that is not a
// good backup is refused with the reason, and nothing changes.
import { useEffect, useId, useRef, useState } from 'react'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { backups } from '../db/app-data'
import { platform } from '../platform'
import { readBackupOffThread } from '../verify/off-thread'
import { keptRevisionsMessage, readBackup } from './backup'
import type { Backup } from './backup-format'
import {
  backupFileName,
  describeCurrentData,
  replaceQuestion,
  restoredMessage,
} from './backup-summary'
import './backup.css'

const BACKUP_FILES = [{ name: 'Allied Pipeline backup', extensions: ['json'] }] as const

/** The id of the panel's heading, for the section that holds it (`aria-labelledby`). */
export const BACKUP_HEADING_ID = 'settings-backup'

type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; message: string }
  | { status: 'not-saved'; message: string }
  | { status: 'failed'; message: string }

type RestoreState =
  | { step: 'idle' }
  | { step: 'confirming'; backup: Backup; question: string; restored: string }
  | { step: 'restoring' }
  | { step: 'restored'; message: string }
  | { step: 'cancelled' }
  | { step: 'refused'; fileName: string | null; problem: string }

export interface BackupPanelProps {
  /** Called after a restore replaced the data, so the host can reload forms showing the old data. */
  onRestored?: (() => void) | undefined
}

function saveStatus(save: SaveState): string {
  switch (save.status) {
    case 'saving':
      return 'Saving a backup…'
    case 'saved':
    case 'not-saved':
      return save.message
    default:
      return ''
  }
}

function restoreStatus(restore: RestoreState): string {
  switch (restore.step) {
    case 'restoring':
      return 'Restoring…'
    case 'restored':
      return restore.message
    case 'cancelled':
      return 'Nothing was restored.'
    default:
      return ''
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function BackupPanel({ onRestored }: BackupPanelProps) {
  const [save, setSave] = useState<SaveState>({ status: 'idle' })
  const [restore, setRestore] = useState<RestoreState>({ step: 'idle' })
  const restoreButton = useRef<HTMLButtonElement>(null)
  const restoreHintId = useId()

  const saveBackup = async () => {
    setSave({ status: 'saving' })
    try {
      const now = new Date()
      const bytes = await backups.createBackup(now, await platform.appVersion())
      // Read the file back before offering it: a backup that could not be restored is worse than none.
      const check = readBackup(bytes)
      if (!check.ok) throw new Error(`The backup did not pass its own check: ${check.problem}`)
      const name = backupFileName(now)
      if (!(await platform.saveFile(name, bytes, BACKUP_FILES))) {
        setSave({ status: 'not-saved', message: 'No backup was saved.' })
        return
      }
      const holding = describeCurrentData(check.summary)
      setSave({
        status: 'saved',
        message:
          platform.kind === 'browser'
            ? `Downloaded ${name} with ${holding}. Your browser put it in its downloads folder; keep a copy somewhere other than this computer.`
            : `Saved ${name} with ${holding}. Keep a copy somewhere other than this computer.`,
      })
    } catch (error) {
      setSave({ status: 'failed', message: messageOf(error) })
    }
  }

  const pickBackup = async () => {
    setRestore({ step: 'idle' })
    let fileName: string | null = null
    try {
      const [file] = await platform.openFiles(BACKUP_FILES, { multiple: false })
      if (!file) return
      fileName = file.name
      // Someone else's file: read in the Web Worker, under its time limit.
      const result = await readBackupOffThread(file.bytes)
      if (!result.ok) {
        setRestore({ step: 'refused', fileName, problem: result.problem })
        return
      }
      const createdAt = new Date(result.backup.createdAt)
      setRestore({
        step: 'confirming',
        backup: result.backup,
        question: replaceQuestion(await backups.summarizeDatabase(), result.summary, createdAt),
        restored: restoredMessage(result.summary, createdAt),
      })
    } catch (error) {
      setRestore({ step: 'refused', fileName, problem: messageOf(error) })
    }
  }

  const replaceData = async (backup: Backup, restored: string) => {
    setRestore({ step: 'restoring' })
    let kept: string
    try {
      kept = keptRevisionsMessage((await backups.restoreBackup(backup)).kept)
    } catch (error) {
      setRestore({
        step: 'refused',
        fileName: null,
        problem: `The restore failed: ${messageOf(error)}`,
      })
      return
    }
    setRestore({ step: 'restored', message: kept ? `${restored} ${kept}` : restored })
    onRestored?.()
  }

  // Back to the button once the dialog is gone, so keyboard users carry on from where they were.
  useEffect(() => {
    if (restore.step === 'restored' || restore.step === 'cancelled') restoreButton.current?.focus()
  }, [restore.step])

  const saveText = saveStatus(save)
  const restoreText = restoreStatus(restore)

  return (
    <>
      <h2 id={BACKUP_HEADING_ID}>Backup and restore</h2>
      <p className="hint">
        A backup is one file holding everything Allied Pipeline keeps on this computer: your
        profile, reporting periods, programs, and every figure and explanation. Save one regularly,
        and keep it somewhere other than this computer.
      </p>
      <div className="backup-actions">
        <div className="backup-action">
          <button
            type="button"
            onClick={() => void saveBackup()}
            disabled={save.status === 'saving'}
          >
            Save a backup…
          </button>
          <p
            role="status"
            className={save.status === 'saved' ? 'backup-status done' : 'backup-status'}
          >
            {saveText}
          </p>
        </div>
        {save.status === 'failed' && (
          <div className="backup-problem" role="alert">
            <p>
              <strong>No backup was saved.</strong> {save.message}
            </p>
          </div>
        )}
        <div className="backup-action">
          <button
            type="button"
            ref={restoreButton}
            aria-describedby={restoreHintId}
            onClick={() => void pickBackup()}
            disabled={restore.step === 'restoring'}
          >
            Restore from a backup…
          </button>
          <p
            role="status"
            className={restore.step === 'restored' ? 'backup-status done' : 'backup-status'}
          >
            {restoreText}
          </p>
        </div>
        <p className="hint" id={restoreHintId}>
          Restoring replaces everything stored here with the backup. You will be asked to confirm
          first.
        </p>
        {restore.step === 'refused' && (
          <div className="backup-problem" role="alert">
            <p>
              <strong>
                {restore.fileName === null
                  ? 'Nothing was restored.'
                  : `“${restore.fileName}” was not restored.`}
              </strong>{' '}
              {restore.problem}
            </p>
            <p>Nothing stored on this computer was changed.</p>
          </div>
        )}
      </div>
      {restore.step === 'confirming' && (
        <ConfirmDialog
          title="Replace your data with this backup?"
          question={restore.question}
          confirm="Replace my data"
          onConfirm={() => void replaceData(restore.backup, restore.restored)}
          onCancel={() => setRestore({ step: 'cancelled' })}
        />
      )}
    </>
  )
}
