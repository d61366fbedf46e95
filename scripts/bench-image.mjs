// The benchmarks' synthetic images: a 16-bit MONOCHROME2 frame (a gradient with a bright disc), single-frame
// (MG) or multi-frame (CT, each frame shifted), written by pydicom. Shared by bench-workbench.mjs and
// bench-webview.mjs; generated into bench-data/, never committed.

import { execFileSync } from 'node:child_process';

const PY = '/usr/bin/python3';

const GENERATE = String.raw`
import sys, numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
out, rows, cols, frames, raw = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
y, x = np.mgrid[0:rows, 0:cols]
base = ((x * 3 + y * 2) % 4096).astype(np.uint16)
blob = (((x - cols / 2) ** 2 + (y - rows / 2) ** 2) < (min(rows, cols) / 3) ** 2) * 800
first = (base // 2 + blob).astype(np.uint16)
first.tofile(raw)
meta = FileMetaDataset()
meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.2' if frames > 1 else '1.2.840.10008.5.1.4.1.1.1.2'
meta.MediaStorageSOPInstanceUID = generate_uid()
meta.TransferSyntaxUID = ExplicitVRLittleEndian
ds = Dataset()
ds.file_meta = meta
ds.SOPClassUID = meta.MediaStorageSOPClassUID
ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
ds.Modality = 'CT' if frames > 1 else 'MG'
ds.PatientName = 'Bench^Image'
ds.StudyInstanceUID = generate_uid()
ds.SeriesInstanceUID = generate_uid()
ds.Rows, ds.Columns = rows, cols
ds.SamplesPerPixel = 1
ds.PhotometricInterpretation = 'MONOCHROME2'
ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
ds.WindowCenter, ds.WindowWidth = 1200, 2400
if frames > 1:
    ds.NumberOfFrames = frames
    ds.RescaleSlope, ds.RescaleIntercept = 1, -1024
    stack = np.empty((frames, rows, cols), np.uint16)
    for k in range(frames):
        stack[k] = (first + k * 7) % 4096
    ds.PixelData = stack.tobytes()
else:
    ds.PixelData = first.tobytes()
ds.is_little_endian, ds.is_implicit_VR = True, False
ds.save_as(out, write_like_original=False)
`;

/** Writes the image to `out`; with `raw`, the first frame's values also go there (uint16, little endian). */
export function writeBenchImage(out, { rows, cols, frames, raw = '/dev/null' }) {
  execFileSync(PY, ['-c', GENERATE, out, String(rows), String(cols), String(frames), raw], {
    stdio: 'inherit',
  });
}
