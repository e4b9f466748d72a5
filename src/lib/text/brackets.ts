// Unpaired “” 《》 （） within a paragraph (blocks separated by a blank line). ASCII ( ) pair
// with their full-width forms, since import may convert only one side.
import { createLocator, type TextFinding } from './text-finding.ts';

const OPEN: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')' };
const CLOSE_TO_OPEN: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '(' };
const FAMILY: Record<string, string> = { '“': '“', '”': '“', '《': '《', '》': '《', '（': '（', '）': '（', '(': '（', ')': '（' };
const DISPLAY: Record<string, [string, string]> = { '“': ['“', '”'], '《': ['《', '》'], '（': ['（', '）'] };

const MARK_OR_BREAK = /[“”《》（）()]|\n[ \t\u3000\u00a0]*\n/gu;

export interface BracketOptions {
  /**
   * The text is an excerpt (a figure's quote, one frontmatter value) that may begin or end inside
   * a quotation: a closing mark before any opening one and an opening mark left open at the end
   * are then expected. Marks that close the wrong kind are still reported.
   */
  excerpt?: boolean;
}

export function findUnmatchedBrackets(text: string, { excerpt = false }: BracketOptions = {}): TextFinding[] {
  const locate = createLocator(text);
  const findings: TextFinding[] = [];
  const report = (offset: number, message: string) => findings.push({ rule: 'unmatched-bracket', ...locate(offset), offset, text: text[offset]!, message });
  let stack: { family: string; offset: number }[] = [];
  const flush = () => {
    if (!excerpt) for (const open of stack) report(open.offset, `“${text[open.offset]}”没有对应的“${DISPLAY[open.family]![1]}”：请补上或删去`);
    stack = [];
  };
  // Visit only the marks and paragraph breaks (a regex scan is many times faster than a loop
  // over every character, and the check runs this over every entry).
  for (const match of text.matchAll(MARK_OR_BREAK)) {
    const i = match.index;
    const char = match[0]!;
    if (char.startsWith('\n')) {
      flush();
      continue;
    }
    if (char in OPEN) stack.push({ family: FAMILY[char]!, offset: i });
    else if (char in CLOSE_TO_OPEN) {
      const family = FAMILY[char]!;
      const top = stack.at(-1);
      if (top?.family === family) stack.pop();
      else if (stack.some((open) => open.family === family)) {
        // Something between was left open: report it, then close this pair.
        while (stack.at(-1)!.family !== family) {
          const open = stack.pop()!;
          report(open.offset, `“${text[open.offset]}”没有对应的“${DISPLAY[open.family]![1]}”：请补上或删去`);
        }
        stack.pop();
      } else if (!excerpt || stack.length) report(i, `“${char}”前面没有对应的“${DISPLAY[family]![0]}”：请补上或删去`);
    }
  }
  flush();
  return findings.sort((a, b) => a.offset - b.offset);
}
