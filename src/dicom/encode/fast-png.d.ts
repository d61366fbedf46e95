// fast-png ships its types behind an `exports` map, which this project's moduleResolution ("node") does not
// read; this points the bare specifier at them. The code imports 'fast-png' as usual (esbuild and Node resolve it).
declare module 'fast-png' {
  export * from 'fast-png/lib/index';
}
