// Entry point of the in-extension-host test suite (the @vscode/test-electron `run()` contract). It is bundled by
// esbuild (`npm run build -- --tests`) into out/test/suite/index.js with `vscode` and `mocha` external, and loaded by
// scripts/run-inhost-tests.mjs (code-server) or scripts/run-test-electron.mjs (@vscode/test-electron).
//
// The test files are bundled statically, but must be evaluated only after mocha has defined its globals
// (`suite`, `test`, ...), hence the `require` calls inside `run()` (esbuild still bundles them).
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: !process.env.NO_COLOR,
    timeout: 60_000,
    slow: 5_000,
    grep: process.env.DICOM_SUITE_GREP || undefined,
  });
  mocha.suite.emit('pre-require', globalThis, 'test/suite/extension.test.ts', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated after pre-require, see above
  require('./extension.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  require('./commands.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  require('./viewer.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  require('./headerDocs.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  require('./exportCommands.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  require('./memory.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  require('./privacy.test');

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // A plain closing line that CI logs recognise whatever the reporter.
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        console.log(`in-host: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
