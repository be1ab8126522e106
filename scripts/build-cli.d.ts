export const OUT_DIR: string
export const ENTRY_POINTS: Readonly<Record<string, string>>
/** Builds the command line into out/cli/, removing what was there. */
export function buildCli(): Promise<void>
