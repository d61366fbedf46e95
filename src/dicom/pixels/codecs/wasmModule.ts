// Loads an Emscripten codec (its JavaScript glue and its .wasm) once per thread, on first use (the decoders live
// in the codec worker, see sandbox.ts; the JPEG encoder in the thread that exports). The .wasm is
// looked for next to the running bundle first (scripts/build.mjs copies it into dist/), then in node_modules
// (tests run from the TypeScript sources), and handed to the glue as `wasmBinary`, so no code path depends on
// where the glue itself ended up. Everything the glue prints is dropped: the CLI's stdout carries its output.
// A codec that traps (abort, out of memory) may be left in a broken state, so `discard` drops the instance and
// the next frame gets a fresh one.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export type EmscriptenFactory<M> = (options: Record<string, unknown>) => Promise<M>;

export interface WasmModuleSpec<M> {
  /** File name of the .wasm, as shipped in the package's dist/ folder. */
  readonly wasmFile: string;
  /** The package's export of that file (e.g. '@cornerstonejs/codec-charls/decodewasm'), for node_modules. */
  readonly wasmExport: string;
  /** Loads the glue module (a dynamic import, so bundles evaluate it only when a file needs the codec). */
  readonly loadFactory: () => Promise<EmscriptenFactory<M>>;
}

function findWasm(spec: Pick<WasmModuleSpec<unknown>, 'wasmFile' | 'wasmExport'>): string {
  const candidates = [path.join(__dirname, spec.wasmFile)];
  try {
    candidates.push(require.resolve(spec.wasmExport));
  } catch {
    // not installed (a packaged extension): only the copies next to the bundle count
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${spec.wasmFile} was not found next to the program or in node_modules`);
  return found;
}

const silent = (): void => undefined;

/** A lazily created, shared codec instance. */
export class WasmModule<M> {
  private instance: Promise<M> | undefined;
  private wasmBinary: Uint8Array | undefined;

  constructor(private readonly spec: WasmModuleSpec<M>) {}

  get(): Promise<M> {
    this.instance ??= this.create();
    return this.instance;
  }

  /** Forget the instance (after a trap); the next get() instantiates the codec again. */
  discard(): void {
    this.instance = undefined;
  }

  private async create(): Promise<M> {
    try {
      this.wasmBinary ??= new Uint8Array(readFileSync(findWasm(this.spec)));
      const factory = await this.spec.loadFactory();
      return await factory({ wasmBinary: this.wasmBinary, print: silent, printErr: silent });
    } catch (error) {
      this.instance = undefined;
      throw error;
    }
  }
}
