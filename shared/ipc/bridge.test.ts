// Type-level checks, enforced by `npm run typecheck` (vitest only runs them as no-ops): the
// bridge has exactly one function per intent, with the contract's argument and result types.
import { describe, expectTypeOf, it } from 'vitest'
import type { DesktopBridge } from './bridge'
import type {
  AppVersion,
  IpcIntent,
  OpenFilesRequest,
  OpenFilesResult,
  SaveFileRequest,
  SaveFileResult,
} from './contract'

describe('DesktopBridge', () => {
  it('has one function per IPC intent, and no other', () => {
    expectTypeOf<keyof DesktopBridge>().toEqualTypeOf<IpcIntent>()
  })

  it('takes each channel’s arguments and resolves to its result', () => {
    expectTypeOf<DesktopBridge['saveFile']>().toEqualTypeOf<
      (request: SaveFileRequest) => Promise<SaveFileResult>
    >()
    expectTypeOf<DesktopBridge['openFiles']>().toEqualTypeOf<
      (request: OpenFilesRequest) => Promise<OpenFilesResult>
    >()
    expectTypeOf<DesktopBridge['appVersion']>().toEqualTypeOf<() => Promise<AppVersion>>()
  })
})
