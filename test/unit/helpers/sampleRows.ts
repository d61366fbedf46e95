// A typical element row and an empty summary, for tests of the webview and of row packing.

import type { SummaryInfo, TagRow } from '../../../src/shared/protocol';

export const patientNameRow: TagRow = {
  id: 0,
  parent: -1,
  depth: 0,
  kind: 'element',
  tag: '(0010,0010)',
  keyword: 'PatientName',
  name: "Patient's Name",
  vr: 'PN',
  vm: 1,
  length: 8,
  offset: 300,
  value: 'Doe^Jane',
  detail: 'family Doe, given Jane',
  childCount: 0,
  isPrivate: false,
  retired: false,
};

export const emptySummary: SummaryInfo = {
  patient: '',
  patientId: '',
  study: '',
  studyDate: '',
  series: '',
  modality: '',
  sopClass: '',
  transferSyntax: '',
  transferSyntaxUid: '',
  dimensions: '',
  frames: '',
  fileSize: '',
};
