// How the desktop app prints the report to PDF: tagged (headings, tables and reading order for
// screen readers), with an outline from the headings, and page numbers in the footer. The page's
// own print stylesheet (@page margins, page breaks) decides the layout.
import type { PrintToPDFOptions } from 'electron'

/** Chromium fills the spans by class; the template is plain text otherwise, and tiny by default. */
export const REPORT_FOOTER_TEMPLATE =
  '<div style="font-size:9px;width:100%;text-align:center;color:#444;">' +
  'Allied Health Work Group gap analysis · page <span class="pageNumber"></span> of ' +
  '<span class="totalPages"></span></div>'

export const REPORT_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'Letter',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: '<div></div>',
  footerTemplate: REPORT_FOOTER_TEMPLATE,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
}
