// Flattens a parsed file into the header table's rows: pre-order, each row knowing its parent, so the webview
// can expand, collapse and filter without walking a tree. Meta group first, then the data set.

import type { TagRow } from '../shared/protocol';
import { elementName } from './elementNames';
import type { DicomElement, DicomFile } from './model';
import { UNDEFINED_LENGTH } from './model';
import { formatTag, isPrivateTag, ITEM } from './tags';
import type { ValueContext } from './values';
import { contextFor, multiplicityOf, readValue, rootContexts } from './values';
import { DISPLAYED_VALUES, valueDetail, valueText } from './valueText';

const ITEM_TAG = formatTag(ITEM);

export function buildHeaderRows(file: DicomFile): TagRow[] {
  const rows: TagRow[] = [];
  const contexts = rootContexts(file);

  // Rows are created as complete literals (id first), never spread from partial objects: 100,000-row headers make
  // copies and shape changes show up in the time to open.
  const nextId = (): number => rows.length;

  const addElements = (
    elements: readonly DicomElement[],
    context: ValueContext,
    parent: number,
    depth: number,
  ) => {
    for (const element of elements) {
      const { keyword, name, retired } = elementName(element);
      const childCount = element.items?.length ?? element.fragments?.length ?? 0;
      // Read once: the multiplicity, the text and the detail all come from this value.
      const value = readValue(element, context, DISPLAYED_VALUES);
      const id = nextId();
      rows.push({
        id,
        parent,
        depth,
        kind: 'element',
        tag: formatTag(element.tag),
        keyword,
        name,
        vr: element.vr,
        vm: multiplicityOf(value),
        length: element.length === UNDEFINED_LENGTH ? -1 : element.length,
        offset: element.offset,
        value: valueText(element, context, {}, value),
        detail: valueDetail(element, context, value),
        childCount,
        isPrivate: isPrivateTag(element.tag),
        retired,
      });
      element.items?.forEach((item, index) => {
        const itemContext = contextFor(item.elements, context);
        const itemId = nextId();
        rows.push({
          id: itemId,
          parent: id,
          depth: depth + 1,
          kind: 'item',
          tag: ITEM_TAG,
          keyword: '',
          name: `Item #${index + 1}`,
          vr: '',
          vm: 0,
          length: item.length === UNDEFINED_LENGTH ? -1 : item.length,
          offset: item.offset,
          value: `${item.elements.length} element${item.elements.length === 1 ? '' : 's'}`,
          detail: '',
          childCount: item.elements.length,
          isPrivate: false,
          retired: false,
        });
        addElements(item.elements, itemContext, itemId, depth + 2);
      });
      element.fragments?.forEach((fragment, index) => {
        rows.push({
          id: nextId(),
          parent: id,
          depth: depth + 1,
          kind: 'fragment',
          tag: ITEM_TAG,
          keyword: '',
          name: index === 0 ? 'Basic Offset Table' : `Fragment #${index}`,
          vr: '',
          vm: 0,
          length: fragment.length,
          offset: fragment.offset,
          value:
            index === 0
              ? fragment.length === 0
                ? 'empty'
                : `${fragment.length / 4} offset${fragment.length === 4 ? '' : 's'}`
              : `${fragment.length} bytes`,
          detail: '',
          childCount: 0,
          isPrivate: false,
          retired: false,
        });
      });
    }
  };

  addElements(file.meta, contexts.meta, -1, 0);
  addElements(file.dataset, contexts.dataset, -1, 0);
  return rows;
}
