// `merge`: what `allied-pipeline merge --help` prints, apart from the command so that help
// loads none of the command's code.
import type { CommandHelp } from '../command'

export const mergeHelp: CommandHelp = {
  name: 'merge',
  summary: "verify a batch of partners' workbooks and merge them into the board's dataset",
  help: `Usage: allied-pipeline merge FILE|FOLDER... --trust REGISTRY --cycle AY2025-26
         [--snapshots 2026-07-01..2027-06-30] [--expected EXPECTED.json]
         [--state STATE.json] [--json SUMMARY.json]
         [--context CONTEXT.json] [--key BOARDKEY.json --out REGIONAL.xlsx]
         [--csv FOLDER]

Checks every workbook as the app's import does (the safe reader, the signature, every visible
cell, the signer in the trust registry, the cycle's periods) and gives each exactly one status:
accepted, accepted as a newer revision, identical to one already merged, older revision
refused, conflict, tampered, unknown signer, key changed, revoked key, outside this cycle, not a
submission, unreadable. Per institution, report kind and period the highest accepted revision
wins. A FOLDER stands for the .xlsx workbooks in it. Prints a line per file with its reasons,
then who has reported: each partner and kind of report, received, late, missing or not yet
received, and the reporting and on-time rates.

Options:
  --trust REGISTRY     the board's trust registry (see "allied-pipeline trust")
  --cycle AY2025-26    the academic year collected; employer snapshots are by default those
                       dated the July to June after it, and reports are due October 31 after it
  --snapshots FROM..TO the employer snapshot dates counted in this cycle, both ends included
  --expected FILE      the partners expected to report, as JSON:
                       [{"institutionId": "holyoke-community-college", "kind": "education"}, ...]
                       (kind: education, high-school or employer); without it the matrix lists
                       those who reported
  --state STATE.json   the board's dataset kept between runs (created if missing): every
                       revision merged, with its signed data and hashes, so the ratchet holds
                       from one run and one year to the next. Nothing is kept without it.
  --json SUMMARY.json  also write the summary as JSON (format allied-pipeline-merge-summary);
                       with --context, --out or --csv it holds the gap analysis too
  --context FILE       the board context (format allied-pipeline-board-context): published
                       openings, regional employment and default shares for the analysis
  --key BOARDKEY.json  the board's key file (keygen --institution
                       masshire-hampden-county-workforce-board), to sign the workbook
  --out REGIONAL.xlsx  write the regional gap-analysis workbook, signed with --key; partners
                       and "allied-pipeline verify --trust" check it against the board's key card
  --csv FOLDER         write AHWG_merged-data_<cycle>.csv and AHWG_analysis_<cycle>.csv there,
                       figures from fewer than 3 employers suppressed
  -h, --help           show this help

The analysis covers the submissions this run accepted and, with --state, every one held
before, so multi-year rates look back over earlier cycles. Files are written whole or not at
all; when one cannot be written, the state is left as it was.

Exit code: 0 when every file was accepted or identical; 1 when any was refused; 2 on a wrong
call, a registry, state, expected, context or key file that cannot be used (nothing is then
merged), an output that cannot be written, or a file that cannot be read from disk (the others
are still merged).`,
}
