// The one Content-Security-Policy of the app. The desktop host sends it as a header on every
// app:// response and the renderer build writes it into index.html as a meta tag, so the page
// carries the same rules whether it is opened by Electron or by a browser.

const directives = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the component library set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  // data: and blob: for generated charts and previews; no remote images.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // No server: the app never talks to the network.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const

export const CONTENT_SECURITY_POLICY: string = directives.join('; ')
