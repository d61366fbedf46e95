// Type declaration for the JavaScript glue of libjpeg-turbo's full build (encoder and decoder); the decoder-only
// glue is declared with the other codecs in src/dicom/pixels/codecs/glueModules.d.ts.
declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/wasmjs' {
  const factory: (options: Record<string, unknown>) => Promise<unknown>;
  export default factory;
}
