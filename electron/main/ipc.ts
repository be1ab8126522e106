// The only way main registers IPC handlers. Each call is checked in three steps: the caller
// must be the app's own page, its arguments must match the contract's schema, and the result
// is parsed too, so nothing the contract does not declare (a stray field) reaches the renderer.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import {
  ipcChannels,
  ipcContract,
  type ChannelOf,
  type IpcArgs,
  type IpcChannel,
  type IpcIntent,
  type IpcOutcome,
  type IpcResult,
} from '../../shared/ipc/contract'
import { isTrustedUrl } from './security'

export type IpcHandler<C extends IpcChannel> = (
  event: IpcMainInvokeEvent,
  ...args: IpcArgs<C>
) => IpcResult<C> | Promise<IpcResult<C>>

/** One handler per intent: a channel without a handler does not compile. */
export type IpcHandlers = { readonly [I in IpcIntent]: IpcHandler<ChannelOf<I>> }

/** Thrown by a handler to refuse with a message written for the user. */
export class UserFacingError extends Error {
  override name = 'UserFacingError'
}

export async function respond<C extends IpcChannel>(
  channel: C,
  impl: IpcHandler<C>,
  event: IpcMainInvokeEvent,
  rawArgs: readonly unknown[],
): Promise<IpcOutcome<IpcResult<C>>> {
  const senderUrl = event.senderFrame?.url
  if (!isTrustedUrl(senderUrl)) {
    console.warn(`IPC ${channel} refused: sender ${senderUrl ?? '(gone)'} is not the app's page`)
    return {
      ok: false,
      message: 'Refused: this request did not come from the Allied Pipeline window.',
    }
  }

  const { args: argsSchema, result: resultSchema } = ipcContract[channel]
  const parsed = argsSchema.safeParse(rawArgs)
  if (!parsed.success) {
    return {
      ok: false,
      message: `The app sent an invalid ${channel} request:\n${z.prettifyError(parsed.error)}`,
    }
  }

  try {
    // safeParse on a schema picked by a generic key loses the link to C; the schema is C's own.
    const value = await impl(event, ...(parsed.data as IpcArgs<C>))
    return { ok: true, value: resultSchema.parse(value) as IpcResult<C> }
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, message: error.message }
    console.error(`IPC ${channel} failed`, error)
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `Something went wrong in the desktop app: ${detail}` }
  }
}

export function handle<C extends IpcChannel>(channel: C, impl: IpcHandler<C>): void {
  ipcMain.handle(channel, (event, ...rawArgs: unknown[]) => respond(channel, impl, event, rawArgs))
}

export function handleAll(handlers: IpcHandlers): void {
  for (const intent of Object.keys(ipcChannels) as IpcIntent[]) {
    // TypeScript cannot correlate handlers[intent] with ipcChannels[intent] across a loop.
    handle(ipcChannels[intent], handlers[intent] as IpcHandler<IpcChannel>)
  }
}
