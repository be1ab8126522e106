// What a submission workbook's signature sheet says it is, apart from the payload's schemas
// (payload.ts), so that verification can check it before it loads them.
export const SUBMISSION_FORMAT = 'allied-pipeline-submission'
export const SUBMISSION_FORMAT_VERSION = 1
