// The webview's HTML document and its Content Security Policy (src/extension/webviewHtml.ts).

import * as assert from 'node:assert/strict';
import { createNonce, renderWebviewHtml } from '../../src/extension/webviewHtml';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abcDEF123+/=',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.css',
  title: 'scan <1>.dcm',
};

const cspOf = (html: string): string => {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'no CSP meta tag');
  return match[1];
};

describe('webview html', () => {
  it('has the strict CSP with the nonce and no unsafe sources', () => {
    const csp = cspOf(renderWebviewHtml(options));
    assert.equal(
      csp,
      "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-abcDEF123+/='; " +
        "script-src 'nonce-abcDEF123+/='; img-src https://file+.vscode-resource.vscode-cdn.net data: blob:; " +
        'font-src https://file+.vscode-resource.vscode-cdn.net',
    );
    assert.doesNotMatch(csp, /unsafe/);
  });

  it('loads the script and the stylesheet with the nonce, and nothing inline', () => {
    const html = renderWebviewHtml(options);
    assert.match(html, /<script nonce="abcDEF123\+\/=" src="https:\/\/[^"]+\/main\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="https:\/\/[^"]+\/main\.css" nonce="abcDEF123\+\/=">/);
    assert.doesNotMatch(html, /<style/);
    assert.doesNotMatch(html, /style="/);
    assert.equal(html.match(/<script/g)?.length, 1);
  });

  it('escapes the title', () => {
    const html = renderWebviewHtml({ ...options, title: '<img src=x onerror=alert(1)> & "q"' });
    assert.match(html, /<title>&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;q&quot;<\/title>/);
  });

  it('refuses a nonce that could break out of the policy', () => {
    assert.throws(() => renderWebviewHtml({ ...options, nonce: "x' 'unsafe-inline" }));
    assert.throws(() => renderWebviewHtml({ ...options, nonce: '' }));
  });

  it('creates fresh 32-byte nonces', () => {
    const first = createNonce();
    const second = createNonce();
    assert.notEqual(first, second);
    assert.equal(Buffer.from(first, 'base64').length, 32);
    assert.doesNotThrow(() => renderWebviewHtml({ ...options, nonce: first }));
  });
});
