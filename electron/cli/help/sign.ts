// `sign`: what `allied-pipeline sign --help` prints, apart from the command so that help
// loads none of the command's code.
import type { CommandHelp } from '../command'

export const signHelp: CommandHelp = {
  name: 'sign',
  summary: 'sign a report (JSON or a filled-in template) into a submission workbook',
  help: `Usage: allied-pipeline sign --key KEYFILE --in REPORT.json|FILLED.xlsx --period PERIOD
         --contact-name NAME --contact-email EMAIL --out FOLDER|FILE
         [--previous LAST-PERIOD.xlsx] [--revision N] [--supersedes SUBMISSION-ID]
         [--institution-name NAME]

Signs a report with a key file (from "allied-pipeline keygen") and writes the submission
workbook, named AHWG_<institution>_<period>_r<revision>.xlsx when --out is a folder. The
same checks as the app's export block signing: errors, warnings without an explanation,
required figures still empty, a report without rows and, with --previous, large changes from
last period without an explanation. Each is listed with its row and measure; exit code 1.

Revisions are counted in KEYFILE.revisions.json, beside the key file: each signed revision is
recorded there (period, revision, submission id, file) once its workbook is written, so the
next signing of that period is the next revision and supersedes the last one. Keep it with the
key file (keygen --replaces copies it to the new key file).

Options:
  --key KEYFILE            the key file; its institution is the submission's institution
  --in FILE                a report as JSON ({"kind": "education", "programs": [...], "rows": [...]})
                           or a template filled in with Excel ("allied-pipeline template")
  --period PERIOD          AY2025-26 (college, high school), S2026-10-01 (employer snapshot)
                           or FY2026
  --contact-name NAME      who the board contacts about this submission
  --contact-email EMAIL    their e-mail address
  --out FOLDER|FILE        where to write the workbook (never overwritten)
  --previous FILE          the signed workbook of the period before (same institution, same
                           kind of report; any key of the institution), verified first, so
                           that changes from last period are checked as in the app
  --revision N             the revision number; by default the one after the last revision
                           signed for this period with this key file (1 for the first). A
                           revision equal to or below that one is refused.
  --supersedes ID          the submission id this revision replaces (shown on its cover); by
                           default the id of the last revision signed for this period
  --institution-name NAME  the institution's name, if it is not in the partner directory
  -h, --help               show this help`,
}
