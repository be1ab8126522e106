import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, test } from 'vitest'
import { defaultCycle } from '../../../shared/intake/cycle'
import { decideBatch, type ImportDecision } from '../../../shared/intake/statuses'
import {
  heldRevision,
  intactFile,
  refusedFile,
  withPartner,
  type TestPartner,
} from '../../../shared/intake/test-batch'
import { emptyTrustRegistry, type TrustRegistry } from '../../../shared/trust/registry'
import { MergeChoice } from './MergeChoice'

let registry: TrustRegistry
let college: TestPartner

beforeAll(async () => {
  ;({ registry, partner: college } = await withPartner(
    emptyTrustRegistry(),
    'example-community-college',
    'education',
  ))
})

const shown = (decision: ImportDecision | undefined, excluded = false) =>
  renderToStaticMarkup(
    <MergeChoice
      name="file.xlsx"
      decision={decision}
      excluded={excluded}
      disabled={false}
      onExclude={() => undefined}
    />,
  )

describe('the dry run’s Merge column', () => {
  test('a ticked box only where Merge stores the file; an excluded file can be taken back', () => {
    const [accepted] = decideBatch([intactFile(college)], {
      registry,
      cycle: defaultCycle(2025),
      held: [],
    })
    expect(accepted?.merged).toBe(true)
    expect(shown(accepted)).toContain('aria-label="Merge file.xlsx"')
    expect(shown(accepted)).toMatch(/type="checkbox"[^>]*checked=""/)
    expect(shown(undefined, true)).toMatch(/type="checkbox"/)
    expect(shown(undefined, true)).not.toMatch(/checked=""/)
  })

  test('a refused or identical file has no box and says Merge leaves it', () => {
    const cycle = defaultCycle(2025)
    const [unreadable, older] = decideBatch(
      [refusedFile('unreadable', ['not a zip']), intactFile(college, { revision: 1 })],
      { registry, cycle, held: [heldRevision(college, { revision: 2 })] },
    )
    expect(older?.status).toBe('older-revision')
    for (const d of [unreadable, older]) {
      expect(shown(d)).not.toMatch(/checkbox/)
      expect(shown(d)).toContain('Not merged')
    }
    const [same] = decideBatch([intactFile(college, { revision: 1 })], {
      registry,
      cycle,
      held: [heldRevision(college, { revision: 1 })],
    })
    expect(same?.status).toBe('identical')
    expect(shown(same)).toContain('No change')
    expect(shown(same)).not.toMatch(/checkbox/)
  })

  test('two files of the batch in conflict each offer to be left out', () => {
    const decisions = decideBatch(
      [intactFile(college, { revision: 2 }), intactFile(college, { revision: 2, variant: 'typo' })],
      { registry, cycle: defaultCycle(2025), held: [] },
    )
    expect(decisions.map((d) => d.status)).toEqual(['conflict', 'conflict'])
    for (const d of decisions) {
      expect(shown(d)).toContain('Not merged')
      expect(shown(d)).toContain('aria-label="Leave file.xlsx out of this import"')
    }
  })
})
