import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, portFrom } from './start-port.js'

describe('npm start port', () => {
  it('is 5173 unless PORT says otherwise', () => {
    expect(DEFAULT_PORT).toBe(5173)
    expect(portFrom(undefined)).toEqual({ ok: true, port: 5173 })
    expect(portFrom('')).toEqual({ ok: true, port: 5173 })
    expect(portFrom('4321')).toEqual({ ok: true, port: 4321 })
    expect(portFrom(' 8080 ')).toEqual({ ok: true, port: 8080 })
  })

  it.each(['0', '65536', 'eighty', '80.5', '-1', '0x50'])(
    'PORT=%s is refused with a sentence saying what it takes',
    (value) => {
      expect(portFrom(value)).toEqual({
        ok: false,
        problem: `PORT must be a port number from 1 to 65535, such as PORT=8080, not "${value}".`,
      })
    },
  )
})
