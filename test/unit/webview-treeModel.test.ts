// Visible-row computation of the header inspector's tree (src/webview/treeModel.ts).

import * as assert from 'node:assert/strict';
import { TreeModel } from '../../src/webview/treeModel';

// 0 A
// 1 Seq
// 2   Item #1
// 3     X
// 4     InnerSeq
// 5       Item #1
// 6         Y
// 7   Item #2
// 8     Z
// 9 B
// 10 PixelData (fragments)
// 11   Fragment 0
// 12   Fragment 1
const PARENTS = [-1, -1, 1, 2, 2, 4, 5, 1, 7, -1, -1, 10, 10];
const tree = (): TreeModel => new TreeModel(PARENTS.map((parent) => ({ parent })));
const visible = (model: TreeModel): number[] => Array.from(model.visibleRows());
const flags = (size: number, ids: number[]): Uint8Array => {
  const result = new Uint8Array(size);
  for (const id of ids) result[id] = 1;
  return result;
};

describe('webview treeModel', () => {
  it('shows the top level with everything collapsed at first', () => {
    const model = tree();
    assert.deepEqual(visible(model), [0, 1, 9, 10]);
    assert.equal(model.isExpandable(1), true);
    assert.equal(model.isExpandable(0), false);
    assert.equal(model.isExpanded(1), false);
  });

  it('expands and collapses one level at a time', () => {
    const model = tree();
    model.setExpanded(1, true);
    assert.deepEqual(visible(model), [0, 1, 2, 7, 9, 10]);
    model.setExpanded(2, true);
    assert.deepEqual(visible(model), [0, 1, 2, 3, 4, 7, 9, 10]);
    model.toggle(1);
    assert.deepEqual(visible(model), [0, 1, 9, 10]);
    // Collapsing a parent keeps the children's state for when it is expanded again.
    model.toggle(1);
    assert.deepEqual(visible(model), [0, 1, 2, 3, 4, 7, 9, 10]);
  });

  it('ignores expanding rows without children', () => {
    const model = tree();
    model.setExpanded(0, true);
    assert.equal(model.isExpanded(0), false);
    assert.deepEqual(visible(model), [0, 1, 9, 10]);
  });

  it('expands and collapses everything', () => {
    const model = tree();
    model.expandAll();
    assert.deepEqual(visible(model), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    model.collapseAll();
    assert.deepEqual(visible(model), [0, 1, 9, 10]);
  });

  it('maps rows to positions and back', () => {
    const model = tree();
    model.setExpanded(10, true);
    assert.equal(model.positionOf(11), 4);
    assert.equal(model.rowAt(4), 11);
    assert.equal(model.positionOf(3), -1);
    assert.equal(model.rowAt(99), -1);
    assert.equal(model.parentOf(11), 10);
  });

  it('saves and restores expanded ids, ignoring ids that cannot be expanded', () => {
    const model = tree();
    model.setExpanded(1, true);
    model.setExpanded(4, true);
    assert.deepEqual(model.expandedIds(), [1, 4]);
    const restored = tree();
    restored.restoreExpanded([1, 4, 0, 99, -3]);
    assert.deepEqual(restored.expandedIds(), [1, 4]);
  });

  it('keeps expanded ids current after every kind of change', () => {
    const model = tree();
    assert.deepEqual(model.expandedIds(), []);
    model.expandAll();
    assert.deepEqual(model.expandedIds(), [1, 2, 4, 5, 7, 10]);
    model.setExpanded(4, false);
    assert.deepEqual(model.expandedIds(), [1, 2, 5, 7, 10]);
    model.collapseAll();
    assert.deepEqual(model.expandedIds(), []);
    model.reveal(6);
    assert.deepEqual(model.expandedIds(), [1, 2, 4, 5]);
    model.restoreExpanded([10]);
    assert.deepEqual(model.expandedIds(), [10]);
  });

  it('reveals a row by expanding its ancestors', () => {
    const model = tree();
    model.reveal(6);
    assert.deepEqual(visible(model), [0, 1, 2, 3, 4, 5, 6, 7, 9, 10]);
  });

  describe('filtering', () => {
    it('shows matches with their ancestors, expanded, and hides non-matching siblings', () => {
      const model = tree();
      model.setFilter(flags(13, [6]));
      assert.deepEqual(visible(model), [1, 2, 4, 5, 6]);
      assert.equal(model.isExpanded(1), true);
      assert.equal(model.isFilterAncestor(1), true);
      assert.equal(model.isFilterAncestor(6), false);
      assert.equal(model.isMatch(6), true);
      assert.equal(model.isMatch(1), false);
    });

    it('shows several matches in file order', () => {
      const model = tree();
      model.setFilter(flags(13, [0, 8, 12]));
      assert.deepEqual(visible(model), [0, 1, 7, 8, 10, 12]);
    });

    it('keeps a matching sequence collapsed until the user expands it, then shows all of it', () => {
      const model = tree();
      model.setFilter(flags(13, [1]));
      assert.deepEqual(visible(model), [1]);
      model.setExpanded(1, true);
      assert.deepEqual(visible(model), [1, 2, 7]);
    });

    it('lets the user collapse an automatically expanded ancestor', () => {
      const model = tree();
      model.setFilter(flags(13, [6, 8]));
      assert.deepEqual(visible(model), [1, 2, 4, 5, 6, 7, 8]);
      model.setExpanded(2, false);
      assert.deepEqual(visible(model), [1, 2, 7, 8]);
      model.setExpanded(2, true);
      assert.deepEqual(visible(model), [1, 2, 4, 5, 6, 7, 8]);
    });

    it('collapses and expands everything while filtering', () => {
      const model = tree();
      model.setFilter(flags(13, [6]));
      model.collapseAll();
      assert.deepEqual(visible(model), [1]);
      model.expandAll();
      assert.deepEqual(visible(model), [1, 2, 4, 5, 6]);
    });

    it('shows nothing when nothing matches, and everything again when the filter is cleared', () => {
      const model = tree();
      model.setExpanded(1, true);
      model.setFilter(flags(13, []));
      assert.deepEqual(visible(model), []);
      model.setFilter(undefined);
      assert.equal(model.isFiltering(), false);
      assert.deepEqual(visible(model), [0, 1, 2, 7, 9, 10]);
    });

    it('does not change the expansion the user had before filtering', () => {
      const model = tree();
      model.setFilter(flags(13, [6]));
      model.setFilter(undefined);
      assert.deepEqual(visible(model), [0, 1, 9, 10]);
    });
  });

  it('treats a parent that does not precede its child as top level', () => {
    const model = new TreeModel([{ parent: -1 }, { parent: 5 }, { parent: 1 }]);
    assert.deepEqual(visible(model), [0, 1]);
    assert.equal(model.parentOf(1), -1);
  });

  it('computes visible rows of 100,000 rows quickly', () => {
    const parents: { parent: number }[] = [];
    while (parents.length < 100_000) {
      const sequence = parents.length;
      parents.push({ parent: -1 });
      for (let item = 0; item < 3; item++) {
        const itemId = parents.length;
        parents.push({ parent: sequence });
        for (let k = 0; k < 5; k++) parents.push({ parent: itemId });
      }
    }
    const model = new TreeModel(parents);
    const started = performance.now();
    model.expandAll();
    assert.equal(model.visibleCountNow(), parents.length);
    const matches = new Uint8Array(parents.length);
    for (let i = 0; i < parents.length; i += 97) matches[i] = 1;
    model.setFilter(matches);
    model.visibleCountNow();
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 100, `took ${elapsed.toFixed(1)} ms`);
  });
});
