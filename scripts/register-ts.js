// Lets mocha load TypeScript tests directly: each .ts file is transpiled by esbuild on require
// (type checking is tsc --noEmit's job, run separately by the test command).
const { transformSync } = require('esbuild');
const fs = require('fs');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
