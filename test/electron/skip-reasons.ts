// Prints why each test was skipped: the list reporter shows that a test was skipped, not why,
// and "no Electron binary here" is exactly what a reader of this suite's output needs to see.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

export default class SkipReasonsReporter implements Reporter {
  private readonly reasons: string[] = []

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return
    const reason = result.annotations.find((annotation) => annotation.type === 'skip')?.description
    this.reasons.push(
      `  skipped: ${test.titlePath().filter(Boolean).slice(1).join(' › ')}: ${reason ?? 'no reason given'}`,
    )
  }

  onEnd(): void {
    if (this.reasons.length > 0) console.log(this.reasons.join('\n'))
  }

  printsToStdio(): boolean {
    return false
  }
}
