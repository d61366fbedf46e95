// Makes invisible and terminal-controlling characters in a value visible, for line-oriented text (the dump, the
// CLI): a value may hold newlines, escape sequences that clear a terminal or retitle it, NUL, or bidi overrides
// that reorder what is read. Each C0 control and DEL becomes its Unicode control picture (␀ ␇ ␊ ␛ …), each C1
// control and each bidi or zero-width character its code point in angle brackets, so one element stays one line and a file's
// content never drives the terminal it is printed to.

// C0, DEL, C1; Arabic letter mark; zero-width space/joiners, LRM/RLM; line and paragraph separators (editors
// break lines there); bidi embeddings, overrides and isolates; the BOM / zero-width no-break space.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

export function visibleText(text: string): string {
  return text.replace(INVISIBLE, picture);
}
