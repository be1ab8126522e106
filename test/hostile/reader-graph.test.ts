// Untrusted bytes never reach exceljs: the modules verification and import load, followed
// import by import from their entry points (as the bundler and Node load them; `import type`
// lines load nothing), include neither exceljs nor the one module that wraps it.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, test } from 'vitest'

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/workbook')

function moduleGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
    for (const statement of source.statements) {
      const loads =
        (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) ||
        (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier)
      if (!loads) continue
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text
      if (!specifier.startsWith('.')) {
        packages.add(specifier)
        continue
      }
      const target = resolve(dirname(file), specifier)
      const candidates = [target, `${target}.ts`, `${target}/index.ts`]
      visit(candidates.find((c) => c.endsWith('.ts') && existsSync(c)) ?? target)
    }
  }
  visit(resolve(here, entry))
  return { files, packages }
}

test.each(['verify.ts', 'read-filled.ts'])('%s loads no exceljs', (entry) => {
  const { files, packages } = moduleGraph(entry)
  expect(files.has(resolve(here, 'read-untrusted.ts'))).toBe(true)
  expect([...packages].sort()).not.toContain('exceljs')
  expect(files.has(resolve(here, 'excel.ts'))).toBe(false)
  // The walk itself finds exceljs where it is loaded.
  expect(moduleGraph('write-signed.ts').packages.has('exceljs')).toBe(true)
})

test('the strict reader, and verification until a file has passed it, load no zod', () => {
  // zod takes a cold worker about a tenth of a second to load; the reader's refusals never
  // need it, so verify.ts loads the payload's schemas (verify-signed.ts) only after the reader.
  for (const entry of ['verify.ts', 'read-untrusted.ts', 'signature-sheet.ts']) {
    expect([...moduleGraph(entry).packages], entry).not.toContain('zod')
  }
  expect(moduleGraph('verify-signed.ts').packages.has('zod')).toBe(true)
})
