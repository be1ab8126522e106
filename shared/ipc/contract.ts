// The typed IPC contract between the renderer (through the preload bridge) and the main
// process. Each channel declares a zod schema for its arguments (a tuple: what the caller
// passes, in order) and for its result. Main parses both with these schemas; the preload and
// the DesktopBridge type (./bridge) take their types from here. Channel names come from ./channels.
import { z } from 'zod'
import { FOLDER_LIMITS } from '../intake/folder-files'
import { ipcChannels, type IpcChannel, type IpcIntent } from './channels'

export { ipcChannels, type IpcChannel, type IpcIntent }

/** Largest file `file:open` reads, per file. A partner's workbook is well under 1 MB. */
export const MAX_OPEN_FILE_BYTES = 25 * 1024 * 1024

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '')
}

/** The refusal shown when a picked file is over the limit (the browser twin can reuse it). */
export function oversizedFileMessage(name: string, sizeBytes: number): string {
  return (
    `“${name}” is ${megabytes(sizeBytes)} MB, more than the ${megabytes(MAX_OPEN_FILE_BYTES)} MB ` +
    'allowed for one file, so it was not opened. Check that you picked the right file.'
  )
}

// Windows is the strictest of the three systems the app runs on, so its rules apply everywhere.
const forbiddenInFileName = /[\\/:*?"<>|]/

function isBareFileName(name: string): boolean {
  if (forbiddenInFileName.test(name) || /[. ]$/.test(name)) return false
  return [...name].every((char) => char >= ' ')
}

/** A bare file name such as "stcc-2025-26.xlsx": no folders, nothing a file system refuses. */
export const SuggestedFileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    isBareFileName,
    'A file name cannot contain \\ / : * ? " < > | or control characters, or end with a dot or a space',
  )

const Bytes = z.custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array, {
  message: 'Expected the file contents as bytes (a Uint8Array)',
})

/** A line of a file dialog's type list, e.g. { name: 'Excel workbook', extensions: ['xlsx'] }. */
export const FileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(
      z
        .string()
        .regex(
          /^(\*|[A-Za-z0-9]{1,16})$/,
          'An extension is letters and digits without the dot, or *',
        ),
    )
    .min(1)
    .max(20)
    .readonly(),
})
export type FileFilter = z.infer<typeof FileFilter>

const FileFilters = z.array(FileFilter).max(20).readonly()

export const SaveFileRequest = z.object({
  suggestedName: SuggestedFileName,
  bytes: Bytes,
  filters: FileFilters,
})
export type SaveFileRequest = z.infer<typeof SaveFileRequest>

export const SaveFileResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) }),
])
export type SaveFileResult = z.infer<typeof SaveFileResult>

export const OpenFilesRequest = z.object({
  filters: FileFilters,
  multiple: z.boolean(),
})
export type OpenFilesRequest = z.infer<typeof OpenFilesRequest>

/** A file the user picked: its name without the folder, and its contents. */
export const OpenedFile = z.object({ name: z.string(), bytes: Bytes })
export type OpenedFile = z.infer<typeof OpenedFile>

export const OpenFilesResult = z.array(OpenedFile)
export type OpenFilesResult = z.infer<typeof OpenFilesResult>

/**
 * A folder the user chose, as the renderer sees it: its name and, per file taken from it, an id
 * to read it by, its path inside the folder and its size. The paths on disk stay in main.
 */
export const ChosenFolder = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(false) }),
  z.object({
    chosen: z.literal(true),
    folder: z.string().max(260),
    files: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string().min(1).max(4000),
          size: z.int().min(0),
        }),
      )
      .max(FOLDER_LIMITS.files),
  }),
])
export type ChosenFolder = z.infer<typeof ChosenFolder>

export const AppVersion = z.object({
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
})
export type AppVersion = z.infer<typeof AppVersion>

export const ipcContract = {
  [ipcChannels.saveFile]: { args: z.tuple([SaveFileRequest]), result: SaveFileResult },
  [ipcChannels.openFiles]: { args: z.tuple([OpenFilesRequest]), result: OpenFilesResult },
  [ipcChannels.chooseFolder]: { args: z.tuple([]), result: ChosenFolder },
  [ipcChannels.readChosenFile]: { args: z.tuple([z.uuid()]), result: Bytes },
  [ipcChannels.appVersion]: { args: z.tuple([]), result: AppVersion },
} as const satisfies Record<IpcChannel, { args: z.ZodTuple; result: z.ZodType }>

type Contract = typeof ipcContract

export type ChannelOf<I extends IpcIntent> = (typeof ipcChannels)[I]
/** A channel's arguments as the caller passes them. */
export type IpcRequest<C extends IpcChannel> = z.input<Contract[C]['args']>
/** A channel's arguments once main has parsed them. */
export type IpcArgs<C extends IpcChannel> = z.output<Contract[C]['args']>
export type IpcResult<C extends IpcChannel> = z.output<Contract[C]['result']>

/**
 * What crosses the wire. An error thrown in an ipcMain handler reaches the renderer wrapped in
 * "Error invoking remote method …", so refusals travel as data and the preload turns them back
 * into an Error carrying only the message meant for the user.
 */
export type IpcOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }
