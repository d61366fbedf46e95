// The webview's HTML document. Pure, so the Content Security Policy can be checked by unit tests: nothing runs or
// styles the page except the bundled script and stylesheet, both carrying a nonce from a cryptographic source;
// no 'unsafe-inline', no 'unsafe-eval'. The page itself is an empty shell that the script fills.

import { randomBytes } from 'crypto';

export interface WebviewHtmlOptions {
  /** webview.cspSource */
  readonly cspSource: string;
  /** From createNonce(), fresh for every document. */
  readonly nonce: string;
  /** webview.asWebviewUri of dist/webview/main.js, as a string. */
  readonly scriptUri: string;
  /** webview.asWebviewUri of dist/webview/main.css, as a string. */
  readonly styleUri: string;
  readonly title: string;
}

/** 32 random bytes, base64: unguessable, and valid in a CSP nonce source. */
export function createNonce(): string {
  return randomBytes(32).toString('base64');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** For values inside double-quoted attributes; leaves the CSP's single quotes readable. */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character]);
}

const NONCE_PATTERN = /^[A-Za-z0-9+/_-]+=*$/;

export function renderWebviewHtml(options: WebviewHtmlOptions): string {
  // A nonce with other characters would break out of the CSP or the attribute; refuse rather than escape.
  if (!NONCE_PATTERN.test(options.nonce)) throw new Error('renderWebviewHtml: invalid nonce');
  const nonce = options.nonce;
  const csp = [
    "default-src 'none'",
    `style-src ${options.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${options.cspSource} data: blob:`,
    `font-src ${options.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}" nonce="${nonce}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading-message">Loading…</p></main>
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}
