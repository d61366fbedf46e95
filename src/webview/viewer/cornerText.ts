// The text in the image's corners lives in src/dicom/export/cornerTexts.ts, pure and shared: the viewer shows
// these lines as DOM text, and exports burn the same lines into the image.

export { cornerText, type CornerTexts as CornerText, type ViewerFacts } from '../../dicom/export/cornerTexts';
