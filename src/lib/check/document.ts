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
  for (const error of yaml.errors) {
    syntaxErrors.push({ position: shift(error.pos[0]), message: `头部信息不是合法的 YAML：${error.message.split('\n')[0]}` });
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
