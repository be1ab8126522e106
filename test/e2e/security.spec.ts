import { expect, test } from '@playwright/test'

test.describe('content security policy', () => {
  test('an injected inline script does not run and is reported as a violation', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Welcome to Allied Pipeline' })).toBeVisible()

    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        }),
      )
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      const directive = await violation
      return { directive, ran: (window as unknown as { __injected?: boolean }).__injected === true }
    })

    expect(outcome.ran).toBe(false)
    expect(outcome.directive).toMatch(/^script-src/)
  })

  test('string code (eval) is refused and no remote script can load', async ({ page }) => {
    await page.goto('/')
    const result = await page.evaluate(async () => {
      // A string timer is evaluated by the page itself when it fires, so the page's CSP applies
      // (code typed into page.evaluate runs as a debugger would and is exempt).
      const blockedEval = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.blockedURI), {
          once: true,
        }),
      )
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      setTimeout('window.__evaluated = true', 0)
      const blocked = await blockedEval
      await new Promise((r) => setTimeout(r, 50))
      const evaluated = (window as unknown as { __evaluated?: boolean }).__evaluated === true
      const remote = await new Promise<string>((resolve) => {
        const s = document.createElement('script')
        s.src = 'https://example.org/evil.js'
        s.onerror = () => resolve('blocked')
        s.onload = () => resolve('loaded')
        document.body.append(s)
      })
      return { blocked, evaluated, remote }
    })
    expect(result).toEqual({ blocked: 'eval', evaluated: false, remote: 'blocked' })
  })
})
