export type ElectronBinary =
  | { readonly found: true; readonly executablePath: string; readonly version: string }
  | { readonly found: false; readonly reason: string }

/** Looks in `packageDir` (default: the installed electron package) and never downloads. */
export function findElectronBinary(packageDir?: string): ElectronBinary
