// Which values "hide patient identity" hides: the attributes the DICOM de-identification profile lists
// (generated/identifying.ts, from PS3.15 Annex E), plus every person name (VR PN) wherever it is, private elements
// included. Pure and small: the webview bundle imports it to blur values, the host to refuse copying them and to
// keep them out of exported corner text.

import type { SummaryInfo } from '../shared/protocol';
import { IDENTIFYING_PATTERNS, IDENTIFYING_TAGS } from './generated/identifying';

/** What a hidden value reads as: on screen (blurred), to screen readers and when copied. */
export const HIDDEN_TEXT = 'hidden';

let exactTags: ReadonlySet<string> | undefined;

function tagsSet(): ReadonlySet<string> {
  return (exactTags ??= new Set(IDENTIFYING_TAGS.split(' ')));
}

/** "(0010,0010)", "0010,0010" or "00100010" → "00100010"; undefined when it is not a tag. */
function compactTag(tag: string): string | undefined {
  const hex = tag.replace(/[(),\s]/g, '').toUpperCase();
  return /^[0-9A-F]{8}$/.test(hex) ? hex : undefined;
}

function matchesPattern(hex: string, pattern: string): boolean {
  for (let i = 0; i < 8; i++) if (pattern[i] !== 'x' && pattern[i] !== hex[i]) return false;
  return true;
}

/** Whether the de-identification profile lists the attribute `tag` ("(gggg,eeee)") as identifying. */
export function isIdentifyingTag(tag: string): boolean {
  const hex = compactTag(tag);
  if (!hex) return false;
  return tagsSet().has(hex) || IDENTIFYING_PATTERNS.some((pattern) => matchesPattern(hex, pattern));
}

/** Whether an element's value is hidden while patient identity is hidden: listed tags and any person name. */
export function isIdentifyingElement(tag: string, vr: string): boolean {
  return vr === 'PN' || isIdentifyingTag(tag);
}

/** The summary fields that show identifying attributes, with the attribute each one shows. The series field
 *  shows the Series Description (beside the non-identifying Series Number): it is hidden as a whole. */
export const IDENTIFYING_SUMMARY_FIELDS: Readonly<Partial<Record<keyof SummaryInfo, string>>> = {
  patient: '(0010,0010)',
  patientId: '(0010,0020)',
  study: '(0008,1030)',
  studyDate: '(0008,0020)',
  series: '(0008,103E)',
};

/** Whether a summary field is hidden while patient identity is hidden. */
export function isIdentifyingSummaryField(field: keyof SummaryInfo): boolean {
  return IDENTIFYING_SUMMARY_FIELDS[field] !== undefined;
}

/** The summary with every identifying field that has a value replaced by HIDDEN_TEXT (empty ones stay empty, so
 *  that what is absent still reads as absent). */
export function withIdentityHidden(summary: SummaryInfo): SummaryInfo {
  const hidden: Record<string, string> = { ...summary };
  for (const field of Object.keys(IDENTIFYING_SUMMARY_FIELDS)) {
    if (hidden[field] !== '') hidden[field] = HIDDEN_TEXT;
  }
  return hidden as unknown as SummaryInfo;
}
