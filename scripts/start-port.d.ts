export type PortChoice =
  { readonly ok: true; readonly port: number } | { readonly ok: false; readonly problem: string }

export const DEFAULT_PORT: number
/** PORT from the environment, checked; the default when it is unset or empty. */
export function portFrom(value: string | undefined): PortChoice
