// Names and keywords of elements, from the generated dictionary, with private elements named by their creator.

import { lookupTag } from './dictionary';
import type { DicomElement } from './model';
import { isPrivateCreatorTag, isPrivateTag, tagElement } from './tags';

export interface ElementName {
  readonly keyword: string;
  readonly name: string;
  readonly retired: boolean;
}

export function elementName(element: DicomElement): ElementName {
  const tag = element.tag;
  if (isPrivateTag(tag)) {
    if (tagElement(tag) === 0) return { keyword: '', name: 'Private Group Length', retired: false };
    if (isPrivateCreatorTag(tag)) return { keyword: '', name: 'Private Creator', retired: false };
    const creator = element.privateCreator;
    return {
      keyword: '',
      name: creator ? `Private tag (${creator})` : 'Private tag (no creator)',
      retired: false,
    };
  }
  const entry = lookupTag(tag);
  if (!entry) return { keyword: '', name: 'Unknown tag', retired: false };
  return { keyword: entry.keyword, name: entry.name, retired: entry.retired };
}
