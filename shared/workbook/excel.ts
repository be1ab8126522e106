// The one place exceljs is imported as a value. exceljs is CommonJS: under Vite and Vitest its
// classes arrive as named exports, under Node's own ESM loader only as the default export. This
// module is only ever reached through the workbook modules, which the app loads on demand.
import * as exceljs from 'exceljs'

type ExcelModule = typeof exceljs

function resolve(): ExcelModule {
  const namespace = exceljs as ExcelModule & { default?: ExcelModule }
  if (typeof namespace.Workbook === 'function') return namespace
  if (namespace.default && typeof namespace.default.Workbook === 'function') {
    return namespace.default
  }
  throw new Error('exceljs could not be loaded.')
}

const excel = resolve()

/** A new, empty exceljs workbook. */
export function newWorkbook(): exceljs.Workbook {
  return new excel.Workbook()
}
