// The webview bundle draws frames with the shared render code but must never carry the parser or the codecs: the
// webview never parses DICOM (architecture.md), and the codecs are megabytes of WebAssembly glue. Bundled here the
// way scripts/build.mjs bundles it, and its inputs checked.

import * as assert from 'node:assert/strict';
import { build } from 'esbuild';

describe('webview bundle', () => {
  it('holds the viewer and the pure pixel modules, and no parser, codec or Node code', async function () {
    this.timeout(60_000);
    const result = await build({
      entryPoints: ['src/webview/main.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'iife',
      target: 'chrome120',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    for (const expected of [
      'src/webview/viewer/imageViewer.ts',
      'src/dicom/pixels/render.ts',
      'src/dicom/pixels/probe.ts',
      'src/dicom/pixels/frameValues.ts',
    ])
      assert.ok(inputs.includes(expected), `${expected} is not in the bundle`);
    const forbidden = inputs.filter((input) =>
      // generated/identifying.ts (6 KB, the tags "hide patient identity" blurs) is meant for the webview.
      /node_modules\/|src\/dicom\/(parser|values|valueText|charset|dictionary|generated\/(?!identifying\.ts)|pixels\/(codecs\/|decodeFrame|imageInfo|nativePixels|frameIndex|attributes))|src\/extension\/|src\/cli\//.test(
        input,
      ),
    );
    assert.deepEqual(forbidden, []);
  });
});
