// The CLI reads files through positioned reads (only the header and the frames asked for): its output must be
// exactly what it prints when the file is read whole, for every command, on files of every kind.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, type CliIo } from '../../src/cli/main';
import { openFileReader } from '../../src/node/fileReader';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const FILES = [
  'ts/explicit-le.dcm',
  'ts/explicit-be.dcm',
  'ts/implicit-le.dcm',
  'ts/deflated-le.dcm',
  'ts/jpegls-lossless.dcm',
  'multiframe/rle.dcm',
  'multiframe/jpegls-lossless-empty-bot.dcm',
  'enhanced/enhanced-ct-50-frames.dcm',
  'seq/explicit-undefined.dcm',
  'damaged/truncated-in-pixel-data.dcm',
  'damaged/truncated-in-fragment.dcm',
  'damaged/length-past-eof.dcm',
  'hostile/hostile-strings.dcm',
];

async function run(args: string[], ranged: boolean) {
  let stdout = '';
  let stderr = '';
  let opened = 0;
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (file) => {
      if (ranged) assert.fail('a ranged run must not read the file whole');
      return new Uint8Array(readFileSync(file));
    },
    ...(ranged
      ? {
          openReader: (file: string) => {
            opened++;
            return openFileReader(file);
          },
        }
      : {}),
    stdoutBytes: () => assert.fail('no binary output expected'),
    writeFile: () => assert.fail('no file output expected'),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr, opened };
}

describe('cli: ranged reads give the same output as whole reads', () => {
  for (const name of FILES) {
    it(name, async function () {
      this.timeout(20_000);
      const file = path.join(FIXTURES, name);
      for (const args of [['dump'], ['json', '--meta'], ['info'], ['info', '--json']]) {
        const whole = await run([args[0], file, ...args.slice(1)], false);
        const ranged = await run([args[0], file, ...args.slice(1)], true);
        assert.equal(ranged.opened, 1, `${args.join(' ')}: opened through the reader`);
        assert.deepEqual(
          { code: ranged.code, stdout: ranged.stdout, stderr: ranged.stderr },
          { code: whole.code, stdout: whole.stdout, stderr: whole.stderr },
          `${name}: ${args.join(' ')}`,
        );
      }
    });
  }

  it('a missing file is unreadable (exit 3) as before', async () => {
    const ranged = await run(['info', path.join(FIXTURES, 'no-such-file.dcm')], true);
    assert.equal(ranged.code, 3);
    assert.match(ranged.stderr, /cannot read .*: no such file/);
  });
});
