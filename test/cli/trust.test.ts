// `trust`: key cards in, a fingerprint confirmed only when it is the one the partner reads out,
// a key revoked; and what verify then says of the files each key signs. The registry is never
// left half written, and a damaged one is refused and left as it is.
import { readFile, writeFile } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { formatFingerprint } from '../../shared/crypto/keys'
import { readTrustRegistry, type TrustRegistry } from '../../shared/trust/registry'
import { DEMO_PARTNERS } from '../../electron/cli/demo-data'
import { partnerKey, signedWorkbook } from '../../electron/cli/demo-set'
import { SLOW, STACK_TRACE, cli, temporaryFolder } from './run-cli'

const folder = temporaryFolder()
const at = (name: string) => folder.path(name)
const registryFile = () => at('registry.json')
const [college, hospital] = DEMO_PARTNERS
if (!college || !hospital) throw new Error('the demo has partners')

let collegeKey = ''
let hospitalKey = ''
const cards = () => [at('college.json'), at('hospital.json')]

async function registry(): Promise<TrustRegistry> {
  const read = await readTrustRegistry(await readFile(registryFile(), 'utf8'))
  if (!read.ok) throw new Error(read.problem)
  return read.registry
}
const statuses = async () =>
  (await registry()).institutions.map((i) => [i.institutionId, i.keys.map((k) => k.status)])

const trust = (...args: string[]) => cli(['trust', ...args, '--registry', registryFile()])
const verify = () => cli(['verify', at('college.xlsx'), '--trust', registryFile()])

beforeAll(async () => {
  const now = new Date()
  const c = await partnerKey(college, now)
  const h = await partnerKey(hospital, now)
  collegeKey = c.card.fingerprint
  hospitalKey = h.card.fingerprint
  await writeFile(at('college.json'), c.cardFile.bytes)
  await writeFile(at('hospital.json'), h.cardFile.bytes)
  await writeFile(at('college.xlsx'), (await signedWorkbook(college, c, now)).workbook.bytes)
  await writeFile(at('not-a-card.json'), '{"format":"something else"}')
}, SLOW)

describe('trust', () => {
  test(
    'add: a new registry with each key pending, and the fingerprint to read back printed',
    async () => {
      const run = await trust('add', ...cards())
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`college.json: PENDING: ${college.institution.name}`)
      for (const line of formatFingerprint(collegeKey).split('\n')) {
        expect(run.stdout).toContain(`    ${line}\n`)
      }
      expect(run.stdout).toContain(`allied-pipeline trust confirm ${college.institution.id}`)
      expect(await statuses()).toEqual([
        [college.institution.id, ['pending']],
        [hospital.institution.id, ['pending']],
      ])
      // A pending key is not trusted yet.
      const checked = await verify()
      expect(checked.code).toBe(1)
      expect(checked.stdout).toContain('NOT TRUSTED YET (key pending confirmation)')
    },
    SLOW,
  )

  test(
    'add again: nothing changes; a file that is no key card is refused, a missing one exits 2',
    async () => {
      const before = await readFile(registryFile(), 'utf8')
      const again = await trust('add', at('college.json'))
      expect(again.code).toBe(0)
      expect(again.stdout).toMatch(/UNCHANGED: .*\n {2}This key of .* is already waiting/)
      const refused = await trust('add', at('not-a-card.json'))
      expect(refused.code).toBe(1)
      expect(refused.stdout).toMatch(/not-a-card\.json: REFUSED: This is not a usable key card/)
      const missing = await trust('add', at('nowhere.json'))
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/nowhere\.json: CANNOT READ: .*no such file/)
      expect(await readFile(registryFile(), 'utf8')).toBe(before)
    },
    SLOW,
  )

  test(
    'confirm with a fingerprint that is not the key’s: refused, exit 1, nothing pinned',
    async () => {
      const wrong = formatFingerprint(hospitalKey)
      const run = await trust('confirm', college.institution.id, '--fingerprint', wrong)
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/^NOT CONFIRMED: the fingerprint you gave is not a key of /)
      expect(run.stdout).toContain('Call them again on a number you already have.')
      expect((await statuses())[0]).toEqual([college.institution.id, ['pending']])
    },
    SLOW,
  )

  test(
    'confirm with the fingerprint as read out (spaces, two lines, lower case): pinned, and verify trusts its files',
    async () => {
      const typed = formatFingerprint(collegeKey).toLowerCase()
      const run = await trust('confirm', college.institution.id, '--fingerprint', typed)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^PINNED: /)
      const key = (await registry()).institutions[0]?.keys[0]
      expect(key).toMatchObject({ status: 'pinned', confirmedBy: 'fingerprint' })
      expect(key?.note).toMatch(/^Fingerprint compared on the command line by /)
      const checked = await verify()
      expect(checked.code).toBe(0)
      expect(checked.stdout).toContain('trust: TRUSTED')

      const listed = await trust('list')
      expect(listed.code).toBe(0)
      expect(listed.stdout).toMatch(
        new RegExp(
          `\\[${college.institution.id}\\]\n {2}PINNED\n {4}${formatFingerprint(collegeKey).replace('\n', '\n {4}')}\n {4}added \\d{4}-\\d\\d-\\d\\d; pinned \\d{4}-\\d\\d-\\d\\d after comparing the fingerprint`,
        ),
      )
      expect(listed.stdout).toContain('PENDING (fingerprint not confirmed yet)')
    },
    SLOW,
  )

  test(
    'revoke: the key is no longer trusted, with the note kept; list --json is the registry format',
    async () => {
      const run = await trust(
        'revoke',
        college.institution.id,
        '--fingerprint',
        collegeKey,
        '--note',
        'Laptop stolen',
      )
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^REVOKED: /)
      const checked = await verify()
      expect(checked.code).toBe(1)
      expect(checked.stdout).toContain('NOT TRUSTED (key revoked)')
      const again = await trust('confirm', college.institution.id, '--fingerprint', collegeKey)
      expect(again.code).toBe(1)
      expect(again.stdout).toMatch(/NOT CHANGED: .*a revoked key cannot be trusted again/)

      const json = await trust('list', '--json')
      expect(json.code).toBe(0)
      const read = await readTrustRegistry(json.stdout)
      expect(read.ok && read.registry.institutions[0]?.keys[0]).toMatchObject({
        status: 'revoked',
        note: 'Laptop stolen',
      })
    },
    SLOW,
  )

  test(
    'wrong calls and a damaged registry exit 2 without a stack trace, the registry left as it is',
    async () => {
      const calls = [
        [['trust', 'add', at('college.json')], /--registry is required/],
        [['trust', '--registry', registryFile()], /say what to do: add, confirm, revoke, list/],
        [['trust', 'pin', 'x', '--registry', registryFile()], /unknown "trust pin"/],
        [
          [
            'trust',
            'confirm',
            college.institution.id,
            '--fingerprint',
            '7F3A',
            '--registry',
            registryFile(),
          ],
          /--fingerprint is the 64 hex digits/,
        ],
        [
          [
            'trust',
            'confirm',
            'nobody-college',
            '--fingerprint',
            collegeKey,
            '--registry',
            registryFile(),
          ],
          /the registry holds no institution "nobody-college"/,
        ],
      ] as const
      for (const [args, message] of calls) {
        const run = await cli(args)
        expect(run.code, args.join(' ')).toBe(2)
        expect(run.stderr).toMatch(message)
        expect(run.stderr).not.toMatch(STACK_TRACE)
      }
      const damaged = '{"format":"allied-pipeline-trust-registry","version":1,"institutions":['
      await writeFile(registryFile(), damaged)
      const run = await trust('add', at('hospital.json'))
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /cannot use .*registry\.json: This is not a usable trust registry: it is not JSON text\. It was left as it is\./,
      )
      expect(await readFile(registryFile(), 'utf8')).toBe(damaged)
    },
    SLOW,
  )
})
