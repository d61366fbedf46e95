#!/usr/bin/env node
// Runs the in-extension-host suite (out/test/suite/index.js) with @vscode/test-electron: it downloads a VS Code build,
// so it only works on a machine with internet access. Offline, use scripts/run-inhost-tests.mjs (code-server).
//
//   node scripts/run-test-electron.mjs [--no-build] [--version 1.100.3]
//
// The workspace folder is a temp copy of test/fixtures, as with run-inhost-tests.mjs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    version: { type: 'string', default: process.env.VSCODE_TEST_VERSION || '1.100.3' },
  },
});

if (!opts['no-build']) {
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--tests'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'dicom-inspector-electron-'));
const workspace = join(scratch, 'ws');
cpSync(join(repoRoot, 'test', 'fixtures'), workspace, { recursive: true });
let code = 0;
try {
  await runTests({
    version: opts.version,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'suite', 'index'),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      join(scratch, 'ud'),
      '--extensions-dir',
      join(scratch, 'exts'),
    ],
  });
} catch (err) {
  console.error(`run-test-electron: ${err?.message ?? err}`);
  code = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
