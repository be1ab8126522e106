// The board's regional gap-analysis workbook: the publication checked by its schema, signed with
// the board's key exactly as a partner signs a report, and written from that payload alone.
import {
  RegionalPublication,
  regionalFileName,
  REGIONAL_FORMAT,
  REGIONAL_FORMAT_VERSION,
} from '../regional/payload'
import { regionalLayout } from './regional-layout'
import { writeSignedSheets, type SignedWorkbook, type WorkbookSigner } from './write-signed'

export async function writeRegionalWorkbook(
  publication: RegionalPublication,
  signer: WorkbookSigner,
): Promise<SignedWorkbook> {
  const checked = RegionalPublication.parse(publication)
  const bytes = await writeSignedSheets(regionalLayout(checked), checked, signer, {
    format: REGIONAL_FORMAT,
    formatVersion: REGIONAL_FORMAT_VERSION,
    keyId: checked.header.keyId,
    createdAt: checked.header.createdAt,
    what: 'regional analysis',
  })
  return { bytes, fileName: regionalFileName(checked.header) }
}
