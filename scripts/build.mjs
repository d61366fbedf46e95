// Bundles the programs with esbuild: the extension host (Node, CommonJS, `vscode` external), the document worker,
// the codec worker (the wasm codecs run there, see src/dicom/pixels/codecs/sandbox.ts), the webview (browser
// IIFE) and the CLI (Node, with a shebang). The codecs' .wasm files are copied into dist/ next to the Node
// bundles, which load them from there (src/dicom/pixels/codecs/wasmModule.ts). The webview bundle is checked to
// hold no codec: decoding is the host's job, and a webview CSP without 'wasm-unsafe-eval' could not run them.
// The in-host test suite is bundled too when --tests is given.
// `--production` minifies and drops source maps; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/extension/parseWorker.ts'],
    outfile: 'dist/parseWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/dicom/pixels/codecs/codecWorker.ts'],
    outfile: 'dist/codecWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview/main.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    metafile: true,
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { VERSION: JSON.stringify(version) },
  },
];

if (withTests) {
  builds.push({
    ...common,
    sourcemap: 'inline',
    entryPoints: ['test/suite/index.ts'],
    outfile: 'out/test/suite/index.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
}

// The wasm the Node bundles load from dist/: the decode-only builds the codec worker uses, and libjpeg-turbo's
// full build, whose encoder writes the JPEG exports (src/dicom/encode/jpeg.ts).
const require = createRequire(import.meta.url);
const WASM_FILES = [
  '@cornerstonejs/codec-libjpeg-turbo-8bit/wasm',
  '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm',
  '@cornerstonejs/codec-charls/decodewasm',
  '@cornerstonejs/codec-openjpeg/decodewasm',
  '@cornerstonejs/codec-openjph/wasm',
];

mkdirSync('dist/webview', { recursive: true });
cpSync('media', 'dist/webview', { recursive: true });
for (const specifier of WASM_FILES) {
  const file = require.resolve(specifier);
  cpSync(file, path.join('dist', path.basename(file)));
}

/** Fails the build when the webview bundle pulled in a codec or the frame decoder. */
function checkWebviewHasNoCodecs(metafile) {
  const forbidden = Object.keys(metafile.inputs).filter(
    (input) =>
      input.includes('@cornerstonejs/') ||
      input.includes('src/dicom/pixels/codecs/') ||
      input.endsWith('src/dicom/pixels/decodeFrame.ts'),
  );
  if (forbidden.length > 0) {
    throw new Error(`the webview bundle must not include codecs, but it includes: ${forbidden.join(', ')}`);
  }
}

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const webview = builds.findIndex((options) => options.outfile === 'dist/webview/main.js');
  checkWebviewHasNoCodecs(results[webview].metafile);
}
