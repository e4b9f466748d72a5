// Splits an entry file into frontmatter and body, and maps every YAML value back to its line
// and column, so a schema error points at the field the editor has to change.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface EntryDocument {
  file: string;
  text: string;
  /** Parsed frontmatter, or undefined when it is missing or not valid YAML. */
  data: unknown;
  yaml?: Document;
  /** Body after the closing ---. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Problems found while splitting and parsing (missing frontmatter, YAML syntax). */
  syntaxErrors: { position: Position; message: string }[];
  positionOf(path: readonly PropertyKey[], which?: 'key' | 'value'): Position;
}

const FENCE = /^---[ \t]*$/;

export function parseEntryDocument(file: string, text: string): EntryDocument {
  const lines = text.split('\n');
  const syntaxErrors: EntryDocument['syntaxErrors'] = [];
  const top: Position = { line: 1, column: 1 };
  if (text.trim() === '') {
    syntaxErrors.push({ position: top, message: '文件是空的：条目需要以 --- 包围的头部信息（frontmatter）和正文' });
    return { file, text, data: undefined, body: '', bodyLine: 1, syntaxErrors, positionOf: () => top };
  }
  const end = FENCE.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && FENCE.test(line)) : -1;
  if (end < 0) {
    syntaxErrors.push({ position: top, message: '缺少头部信息：文件第一行应为 ---，头部信息结束处再写一行 ---' });
    return { file, text, data: undefined, body: text, bodyLine: 1, syntaxErrors, positionOf: () => top };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const yaml = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const shift = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + 1, column: pos.col };
  };
  // Only the first YAML error: one slip (a tab, an unclosed quote) makes the parser report more
  // errors further down that vanish once the first is fixed, and would send the editor after them.
  const [error] = yaml.errors;
  if (error) {
    syntaxErrors.push({ position: shift(error.pos[0]), message: `头部信息不是合法的 YAML：${describeYamlError(error.code, yamlText, error.pos[0]) ?? error.message.split('\n')[0]}` });
  }

  const positionOf = (path: readonly PropertyKey[], which: 'key' | 'value' = 'value'): Position => {
    let node: unknown = yaml.contents;
    let pair: Pair | undefined;
    let fallback = yaml.contents && (yaml.contents as Node).range ? (yaml.contents as Node).range![0] : 0;
    for (const segment of path) {
      if (isMap(node)) {
        pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment) as Pair | undefined;
        if (!pair) break;
        fallback = (pair.key as Node).range![0];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        pair = undefined;
        node = item;
      } else break;
      if (node && (node as Node).range) fallback = (node as Node).range![0];
    }
    if (which === 'key' && pair && (pair.key as Node).range) return shift((pair.key as Node).range![0]);
    return shift(fallback);
  };

  return {
    file,
    text,
    data: yaml.errors.length ? undefined : yaml.toJS(),
    yaml,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    syntaxErrors,
    positionOf,
  };
}

/** The YAML mistakes editors make, in Chinese; undefined for the rare others (shown in English). */
function describeYamlError(code: string, yamlText: string, offset: number): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(yamlText.slice(offset))![0].trim();
      return `字段“${key}”出现了两次，每个字段只能写一次：请删去或合并其中一个`;
    }
    case 'MISSING_CHAR':
      return '缺少配对的符号（引号、括号没有关上，或字段名后缺少冒号）：请检查这一行和上一行';
    case 'BAD_INDENT':
      return '缩进不对：同一层的字段要对齐，子字段比上一层多缩进两个空格；方括号列表要写完 ]';
    case 'TAB_AS_INDENT':
      return '缩进里有 Tab 字符：请只用空格缩进';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return '值里有“: ”（半角冒号加空格），会被当成新字段：请把整个值用英文双引号括起来，或改用全角冒号“：”';
    case 'UNEXPECTED_TOKEN':
      return '引号外面还有文字：值用引号括起来时，整段都要在引号里面，例如 title: "大同市：“支部建在小区”"';
    default:
      return undefined;
  }
}

/** 1-based line and column of an offset in a text. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** A plain YAML file (tags, courses), checked with the same positions as frontmatter. */
export function parseYamlFile(file: string, text: string): EntryDocument {
  const doc = parseEntryDocument(file, `---\n${text}\n---\n`);
  const up = (position: Position): Position => ({ line: Math.max(1, position.line - 1), column: position.column });
  return {
    ...doc,
    syntaxErrors: doc.syntaxErrors.map((error) => ({ ...error, position: up(error.position) })),
    positionOf: (path, which) => up(doc.positionOf(path, which)),
  };
}
