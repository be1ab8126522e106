// The port `npm start` serves the browser twin on: PORT from the environment, else 5173.

export const DEFAULT_PORT = 5173

/**
 * @param {string | undefined} value PORT as the environment gives it
 * @returns {import('./start-port.js').PortChoice}
 */
export function portFrom(value) {
  if (value === undefined || value.trim() === '') return { ok: true, port: DEFAULT_PORT }
  const text = value.trim()
  const port = Number(text)
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    return {
      ok: false,
      problem: `PORT must be a port number from 1 to 65535, such as PORT=8080, not "${value}".`,
    }
  }
  return { ok: true, port }
}
