// The export core, one import for every front end (the CLI's export command, the extension's export commands):
// rendering what is seen at native size, 16-bit value rasters, image bytes, header texts, file names and folder
// layouts. Pure: takes and returns bytes and plain data; no file system, no vscode.

export {
  isGreyFrame,
  renderForExport,
  type ExportOverlayOptions,
  type ExportRenderOptions,
} from './exportRaster';
export { burnOverlays, DEFAULT_OVERLAY_COLOUR, overlayMask, type OverlayColour } from './burnOverlays';
export {
  isIdentityOrientation,
  orientationFromView,
  orientRaster,
  type ExportOrientation,
  type Rotation,
} from './orient';
export {
  modalityRaster16,
  pngText,
  SIGNED_OFFSET,
  type ModalityRaster,
  type ValueKind,
} from './modalityRaster';
export {
  DEFAULT_JPEG_QUALITY,
  encodeFrameImage,
  exportExtension,
  exportFrameImage,
  type ExportFormat,
  type ExportImageFormat,
  type ExportImageOptions,
} from './exportImage';
export { headerDump, headerJson, utf8 } from './header';
export {
  DEFAULT_NAME_PATTERN,
  exportFileName,
  fileStem,
  frameNumberText,
  MAX_NAME_BYTES,
  NAME_PLACEHOLDERS,
  sanitizeName,
  UniqueNames,
  unknownPlaceholders,
  type ExportNameFields,
} from './naming';
export { exportFields, exportFolder, type ExportLayout } from './layout';
export { looksLikeDicom } from './detect';
export { dicomDirReferences, isDicomDir } from './dicomdir';
export {
  cornerText,
  cornerTextScale,
  cornerTextsFor,
  drawCornerText,
  windowText,
  type CornerTexts,
  type ViewerFacts,
} from './cornerOverlay';
export type { RasterImage } from '../encode/raster';
