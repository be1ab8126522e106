// What a regional workbook's signature sheet says it is, apart from the payload's schemas
// (payload.ts), so that verification can check it before it loads them.
export const REGIONAL_FORMAT = 'allied-pipeline-regional-analysis'
export const REGIONAL_FORMAT_VERSION = 1
