// The command line's pool of verification workers: reused from file to file, a file that runs
// past its time or memory limit is refused and its worker replaced, and the next file is
// checked normally.
import { describe, expect, test } from 'vitest'
import { educationReport, testSigner, testSubmission } from '../../shared/workbook/test-fixtures'
import { writeSignedWorkbook } from '../../shared/workbook/write-signed'
import { createVerifyPool, poolSize } from '../../electron/cli/verify-pool'

const misbehaving = new URL('./misbehaving-worker.mjs', import.meta.url)
const fine = Uint8Array.of(0)
const stuck = Uint8Array.of(1)
const hog = Uint8Array.of(2)

describe('the verification pool', () => {
  test('has max(1, min(2, cores − 1)) workers', () => {
    expect([1, 2, 3, 4, 16].map((cores) => poolSize(cores))).toEqual([1, 1, 2, 2, 2])
  })

  test('reuses its worker from file to file', async () => {
    const pool = createVerifyPool({ size: 1, entry: misbehaving })
    try {
      const [a, b] = [await pool.verify(fine), await pool.verify(fine)]
      expect(a.valid && b.valid).toBe(true)
      expect(a.keyId).toBe(b.keyId)
    } finally {
      await pool.close()
    }
  })

  test('a file that runs past the time limit is refused, and the next is checked normally', async () => {
    const pool = createVerifyPool({ size: 1, timeLimitMs: 1500, entry: misbehaving })
    try {
      const first = await pool.verify(fine)
      const [slow, next] = await Promise.all([pool.verify(stuck), pool.verify(fine)])
      expect(slow).toEqual({
        valid: false,
        findings: [
          {
            code: 'refused',
            message: 'The workbook took longer than 1.5 s to read; it was not opened.',
          },
        ],
      })
      expect(next.valid).toBe(true)
      expect(next.keyId).not.toBe(first.keyId) // a fresh worker
    } finally {
      await pool.close()
    }
  })

  test('a file that exhausts the memory limit is refused, and the next is checked normally', async () => {
    const pool = createVerifyPool({ size: 1, memoryMb: 48, entry: misbehaving })
    try {
      const [big, next] = await Promise.all([pool.verify(hog), pool.verify(fine)])
      expect(big.findings).toEqual([
        {
          code: 'refused',
          message:
            'The workbook needed more than 48 MB to read, far more than a report workbook; it was not opened.',
        },
      ])
      expect(next.valid).toBe(true)
    } finally {
      await pool.close()
    }
  })

  test('the real worker verifies a signed workbook from the sources', async () => {
    const signer = await testSigner()
    const submission = testSubmission(educationReport(2), signer.keyId)
    const { bytes } = await writeSignedWorkbook(submission, signer)
    const pool = createVerifyPool({ size: 1 })
    try {
      const result = await pool.verify(bytes)
      expect(result.findings).toEqual([])
      expect(result.submission).toEqual(submission)
    } finally {
      await pool.close()
    }
  })
})
