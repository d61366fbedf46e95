// The nesting of a dump document, read back from its text: each element line's depth is its indentation after
// the offset column. Folding ranges (a sequence or item folds its content) and the outline's symbols come from
// it, and so do the links from a tag to its row in the inspector (each element line is one row of the header
// table, in the same order). Pure (no vscode) so the unit tests run it; dumpDocuments.ts turns it into VS Code's
// types.

export interface DumpNode {
  /** 0-based line of the element. */
  readonly line: number;
  /** Last line of its content (its own line when it has none). */
  end: number;
  readonly depth: number;
  readonly tag: string;
  readonly vr: string;
  /** What follows the length column: name, value, notes. */
  readonly text: string;
  readonly children: DumpNode[];
}

/** `[offset  ]indent(gggg,eeee) VR length  rest`; the offset column is absent in the aligned variant. */
const ELEMENT_LINE = /^(?: *(-?\d+) {2})?( *)(\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)) (\S+) +(\S+) {2}(.*)$/;

/**
 * The lines of a dump as VS Code numbers them: CR LF, CR and LF all end a line. Values are printed as they are,
 * so a text value with line breaks spans several lines of the dump (only its first is an element line).
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** An element line of a dump: which row of the header table it shows, and where its tag is on the line. */
export interface DumpElementLine {
  /** 0-based line in the dump. */
  readonly line: number;
  /** The row's id in the header table: the element lines are the table's rows, in order. */
  readonly row: number;
  /** "(gggg,eeee)" as printed. */
  readonly tag: string;
  /** The element's byte offset; undefined in the aligned dump, which has no offset column. */
  readonly offset: number | undefined;
  /** Columns of the tag on the line: [tagStart, tagEnd). */
  readonly tagStart: number;
  readonly tagEnd: number;
}

function elementLineOf(text: string, line: number, row: number): DumpElementLine | undefined {
  const match = ELEMENT_LINE.exec(text);
  if (!match) return undefined;
  const tag = match[3];
  // Only digits and spaces come before the tag, so its '(' is the line's first.
  const tagStart = text.indexOf('(');
  return {
    line,
    row,
    tag: tag.toUpperCase(),
    offset: match[1] === undefined ? undefined : Number(match[1]),
    tagStart,
    tagEnd: tagStart + tag.length,
  };
}

/** Every element line of a dump, in order. */
export function dumpElementLines(text: string): DumpElementLine[] {
  const out: DumpElementLine[] = [];
  const lines = splitLines(text);
  for (let line = 0; line < lines.length; line++) {
    const element = elementLineOf(lines[line], line, out.length);
    if (element) out.push(element);
  }
  return out;
}

/** The element shown on line `line` (0-based) of a dump; undefined on a '#' note or past the end. */
export function dumpElementAt(text: string, line: number): DumpElementLine | undefined {
  return dumpElementLines(text).find((element) => element.line === line);
}

export function parseDumpStructure(text: string): DumpNode[] {
  const roots: DumpNode[] = [];
  const open: DumpNode[] = [];
  const lines = splitLines(text);
  for (let line = 0; line < lines.length; line++) {
    const match = ELEMENT_LINE.exec(lines[line]);
    if (!match) {
      // A '#' section line closes everything: the meta group and the data set are separate trees.
      if (lines[line].startsWith('#')) open.length = 0;
      continue;
    }
    const depth = match[2].length / 2;
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    const node: DumpNode = {
      line,
      end: line,
      depth,
      tag: match[3],
      vr: match[4],
      text: match[6],
      children: [],
    };
    const parent = open[open.length - 1];
    (parent ? parent.children : roots).push(node);
    for (const ancestor of open) ancestor.end = line;
    open.push(node);
  }
  return roots;
}

/** Every node with content, in document order: the folding ranges. */
export function foldableNodes(roots: readonly DumpNode[]): DumpNode[] {
  const out: DumpNode[] = [];
  const walk = (nodes: readonly DumpNode[]) => {
    for (const node of nodes) {
      if (node.end > node.line) out.push(node);
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}
