// Benchmarks of the pure core: validation, paste planning, canonical form, signing, and the
// signed workbook's export, verification and import, and a blank template, as ratios to a JSON
// round trip of the same data.
import { canonicalBytes } from '../shared/crypto/canonical'
import { exportPublicKeyRaw, fingerprint, generateSigningKeyPair } from '../shared/crypto/keys'
import { sign } from '../shared/crypto/sign'
import { EDUCATION_MEASURES } from '../shared/reports/measures'
import { validateReport } from '../shared/rules'
import { readFilledWorkbook } from '../shared/workbook/read-filled'
import { writeTemplate } from '../shared/workbook/template'
import { verifyWorkbook } from '../shared/workbook/verify'
import { writeSignedWorkbook } from '../shared/workbook/write-signed'
import { parseClipboardTable, planPaste } from '../renderer/grid/paste'
import { ROW_VALUES, educationReport, submission } from './fixtures'
import { median, printFigures } from './measure'

export async function benchCore(): Promise<void> {
  const pair = await generateSigningKeyPair({ extractable: false })
  const publicKeyRaw = await exportPublicKeyRaw(pair.publicKey)
  const keyId = await fingerprint(publicKeyRaw)
  const ten = submission(10, keyId)
  const big = educationReport(200)
  const block = Array.from({ length: 200 }, () => ROW_VALUES.join('\t')).join('\r\n')
  const rows = big.programs.map((p) => ({ id: p.id, label: p.name }))
  const signer = { privateKey: pair.privateKey, publicKeyRaw }
  const { bytes } = await writeSignedWorkbook(ten, signer)
  // Timing a refusal would flatter the figures: the workbook must verify and import.
  if (!(await verifyWorkbook(bytes)).valid)
    throw new Error('the benchmark workbook does not verify')
  if (!(await readFilledWorkbook(bytes)).ok)
    throw new Error('the benchmark workbook does not import')

  const baseline = await median(() => JSON.parse(JSON.stringify(ten)) as unknown, {
    samples: 200,
    warmup: 20,
  })
  const figures = [
    {
      name: 'validate a 200-program report',
      medianMs: await median(() => validateReport(big), { samples: 30 }),
    },
    {
      name: 'plan a 200 × 20 paste',
      medianMs: await median(
        () =>
          planPaste(
            { rowId: rows[0]!.id, key: 'seats' },
            parseClipboardTable(block),
            rows,
            EDUCATION_MEASURES,
          ),
        { samples: 30 },
      ),
    },
    {
      name: 'canonical form, 10 programs',
      medianMs: await median(() => canonicalBytes(ten), { samples: 100 }),
    },
    {
      name: 'Ed25519 sign, 10-program payload',
      medianMs: await median(() => sign(pair.privateKey, canonicalBytes(ten)), { samples: 100 }),
    },
    {
      name: 'export signed workbook, 10 programs',
      medianMs: await median(() => writeSignedWorkbook(ten, signer), { samples: 15 }),
    },
    {
      name: 'verify signed workbook, 10 programs',
      medianMs: await median(() => verifyWorkbook(bytes), { samples: 15 }),
    },
    {
      name: 'import it as a filled workbook',
      medianMs: await median(() => readFilledWorkbook(bytes), { samples: 15 }),
    },
    {
      name: 'blank education template, 200 rows',
      medianMs: await median(() => writeTemplate({ kind: 'education' }), { samples: 15 }),
    },
  ]
  printFigures('Core (Node)', 'JSON round trip of a 10-program submission', baseline, figures)
  console.log(`  (workbook size: ${(bytes.length / 1024).toFixed(1)} KB)`)
}
