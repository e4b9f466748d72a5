// MDX is code: an entry from a pull request could otherwise run anything at build time or in
// readers' browsers. Entries are plain Markdown plus the components listed here; anything else
// is rejected with its position (never silently stripped).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import { ASIDE_CLOSE, ASIDE_OPEN } from '../entry-markdown.ts';

/** Our own components that entries may use, with the literal attributes each accepts. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Aside: ['title'],
};

const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'frame', 'frameset', 'applet', 'svg', 'math', 'template', 'portal']);
const UNSAFE_URL = /^(javascript|vbscript|data|file):/i;

export interface SafetyProblem {
  rule: string;
  message: string;
  line: number;
  column: number;
}

// One frozen processor for every file, and the last tree remembered: the safety rules and the
// heading list read the same body back to back, and parsing dominates the check's time.
const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
let lastParsed: { body: string; tree: Root } | undefined;

export function parseMdx(body: string): Root {
  if (lastParsed?.body !== body) lastParsed = { body, tree: mdxProcessor.parse(body) as Root };
  return lastParsed.tree;
}

/** The body's tree, or undefined where it does not parse (findMdxSafetyProblems reports why). */
function parsedOrUndefined(body: string): Root | undefined {
  try {
    return parseMdx(body);
  } catch {
    return undefined;
  }
}

/** Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"). */
function normalizeUrl(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/&#?\w+;?/g, '');
}

/** The scheme as the browser reads it, for messages: "JaVa&#x09;Script:" → "javascript". */
function scheme(url: string): string {
  return normalizeUrl(url).split(':')[0]!.toLowerCase();
}

/**
 * The MDX parser's reason in Chinese where editors meet it, without its "(note: …)" hints: those
 * suggest MDX comments in braces and other code that the safety rules reject anyway.
 */
function describeParseError(reason: string): string {
  const plain = reason.replace(/\s*\(note:[\s\S]*\)\s*$/, '').replace(/\s*\(\d+:\d+-\d+:\d+\)/, '');
  if (/`!`.*before name/.test(plain)) return '不能写 HTML 注释 <!-- -->（给维护者的说明请写在拉取请求里）';
  if (/Expected a closing tag|Unexpected end of file in element|before the end of/i.test(plain)) return `标签没有关上：<组件> 要有对应的 </组件>（${plain}）`;
  if (/Could not parse expression|Unexpected end of file in expression/i.test(plain)) return `花括号 { } 没有配对（${plain}）`;
  return plain;
}

/** A component written as the build expects it: an opening-tag line, content, a closing-tag line. */
function isComponentBlock(lines: readonly string[], node: { position?: { start: { line: number; column: number }; end: { line: number } } }): boolean {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.column !== 1 || end.line <= start.line) return false;
  return ASIDE_OPEN.test(lines[start.line - 1] ?? '') && ASIDE_CLOSE.test(lines[end.line - 1] ?? '');
}

export function findMdxSafetyProblems(body: string): SafetyProblem[] {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string; message: string };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as { line?: number; column?: number } | undefined);
    const inReason = /\((\d+):(\d+)-\d+:\d+\)/.exec(e.reason ?? '');
    return [{
      rule: 'syntax/mdx',
      message: `正文无法解析：${describeParseError(e.reason ?? e.message)}。正文里的 { } < > 会被当作代码，请改用全角符号或删去`,
      // Some parser errors (an unclosed <Aside>) carry their position only in the text: "(3:1-3:19)".
      line: place?.line ?? e.line ?? Number(inReason?.[1] ?? 1),
      column: place?.column ?? e.column ?? Number(inReason?.[2] ?? 1),
    }];
  }
  const problems: SafetyProblem[] = [];
  const lines = body.split('\n');
  const report = (node: { position?: { start: { line: number; column: number } } }, rule: string, message: string) =>
    problems.push({ rule, message, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

  const visit = (node: Root | RootContent): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'safety/esm', '条目里不能写 import 或 export：正文只能是普通文字和允许的组件');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'safety/expression', `不能在正文中写 {…} 表达式（“{${node.value.slice(0, 20)}}”）；花括号请改用全角“｛｝”`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = ALLOWED_COMPONENTS[name];
        const problemsBefore = problems.length;
        if (!name) report(node, 'safety/component', '不能使用空标签 <>…</>');
        else if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) report(node, `safety/${name.toLowerCase()}`, `不允许使用 <${name}> 标签：它可能执行代码或加载外部内容`);
        else if (!allowed) report(node, 'safety/component', `不允许使用 <${name}>：正文只能用 Markdown 和这些组件：${Object.keys(ALLOWED_COMPONENTS).join('、')}`);
        // Our components render block elements (<aside>), which HTML does not allow inside a paragraph;
        // MDX makes a one-line <Aside>…</Aside> a phrase inside a paragraph, so only the multi-line form passes.
        else if (node.type === 'mdxJsxTextElement') report(node, 'structure/inline-component', `<${name}> 要单独成段：开头标签、内容、结尾标签各占一行，前后各空一行，例如 <${name} title="说明">⏎内容⏎</${name}>；不能和文字写在同一行`);
        // Attribute problems point at the attribute itself, so the editor lands on onClick=, not on <.
        for (const attribute of node.attributes) {
          const at = attribute.position ? attribute : node;
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(at, 'safety/spread-attribute', `<${name}> 不能使用 {...} 展开属性（“{${attribute.value.slice(0, 20)}}”）`);
            continue;
          }
          const attrName = attribute.name;
          const value = attribute.value;
          if (/^on/i.test(attrName)) report(at, 'safety/event-handler', `不允许事件属性 ${attrName}：条目不能运行脚本`);
          else if (value && typeof value === 'object') report(at, 'safety/expression-attribute', `属性 ${attrName} 不能写成 {…} 表达式，只能写成 "文字"`);
          else if (typeof value === 'string' && UNSAFE_URL.test(normalizeUrl(value))) report(at, 'safety/url', `属性 ${attrName} 的地址以 ${scheme(value)}: 开头，不允许`);
          else if (allowed && !allowed.includes(attrName)) report(at, 'safety/attribute', `<${name}> 不支持属性 ${attrName}（可用：${allowed.join('、') || '无'}）`);
        }
        // The build renders bodies as Markdown and turns exactly these two lines into HTML
        // (src/lib/entry-markdown.ts): any other spelling of the tags would reach the page as text.
        // Checked last, and only when nothing else is wrong with the element, so one mistake gives one finding.
        if (allowed && node.type === 'mdxJsxFlowElement' && problems.length === problemsBefore && !isComponentBlock(lines, node)) {
          report(node, 'structure/component-form', `<${name}> 的开头标签和结尾标签要各占一行、顶格写：开头写 <${name}> 或 <${name} title="说明">（属性值用英文双引号），结尾写 </${name}>，内容写在两行之间`);
        }
        break;
      }
      case 'html':
        report(node, 'safety/html', '不允许写 HTML 代码');
        break;
      case 'link':
      case 'definition':
        if (UNSAFE_URL.test(normalizeUrl(node.url))) report(node, 'safety/url', `链接地址以 ${scheme(node.url)}: 开头，不允许；只能链接 http(s) 网址或站内页面`);
        break;
      case 'image':
        if (UNSAFE_URL.test(normalizeUrl(node.url))) report(node, 'safety/url', `图片地址以 ${scheme(node.url)}: 开头，不允许`);
        else if (/^(https?:)?\/\//i.test(node.url)) report(node, 'safety/external-image', '图片必须放在本站（public/ 目录）：外站图片在国内可能打不开，也会泄露读者信息');
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  problems.push(...findIndentedCode(body, lines));
  return problems;
}

const plainMarkdownProcessor = unified().use(remarkParse).use(remarkGfm).freeze();
const INDENTED_LINE = /^(?: {4}|\t)/m;

/**
 * Text indented by four spaces or a tab after a blank line: MDX reads it as a paragraph, but the
 * build renders bodies as Markdown (src/lib/entry-markdown.ts), where it is a code block. Reported
 * rather than re-indented, so that what the editor sees in the file is what the page shows.
 */
function findIndentedCode(body: string, lines: readonly string[]): SafetyProblem[] {
  if (!INDENTED_LINE.test(body)) return [];
  const problems: SafetyProblem[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'code' && node.position && !/^\s*(```|~~~)/.test(lines[node.position.start.line - 1] ?? '')) {
      problems.push({ rule: 'structure/indented-code', message: '这几行行首有 4 个以上空格（或 Tab），发布后会显示成代码框：请删去行首的空格；段落开头不用缩进', line: node.position.start.line, column: 1 });
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(plainMarkdownProcessor.parse(body) as Root);
  return problems;
}

/**
 * The body with everything that is not prose blanked out (link and image addresses, JSX tags and
 * attributes, code, Markdown markers), keeping every offset, line and column. Text-hygiene rules
 * run on this, so the ")" closing [原文](/sources/x/) before a Chinese character is not taken
 * for ASCII punctuation in Chinese text. Nothing counts as prose in a body that does not parse:
 * its syntax error is the one finding to fix first.
 */
export function proseOnly(body: string): string {
  const tree = parsedOrUndefined(body);
  if (!tree) return body.replace(/[^\n]/g, ' ');
  const keep = new Uint8Array(body.length);
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      keep.fill(1, node.position.start.offset, node.position.end.offset);
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  let out = '';
  for (let i = 0; i < body.length; i++) out += keep[i] || body[i] === '\n' ? body[i] : ' ';
  return out;
}

export interface BodyHeading {
  depth: number;
  text: string;
  line: number;
  column: number;
}

export interface BodyLink {
  url: string;
  line: number;
  column: number;
  /** Where the link (its text included) starts and ends in the body. */
  offset: number;
  end: number;
}

/** Links (and link definitions) of a body to a page of this site: a path with one leading /. Returns [] when the body does not parse. */
export function listSiteLinks(body: string): BodyLink[] {
  const tree = parsedOrUndefined(body);
  if (!tree) return [];
  const links: BodyLink[] = [];
  const visit = (node: Root | RootContent): void => {
    if ((node.type === 'link' || node.type === 'definition') && /^\/(?!\/)/.test(node.url)) {
      const { start, end } = node.position!;
      links.push({ url: node.url, line: start.line, column: start.column, offset: start.offset!, end: end.offset! });
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return links;
}

/** Headings of a body, for the structure rules. Returns [] when the body does not parse. */
export function listHeadings(body: string): BodyHeading[] {
  const tree = parsedOrUndefined(body);
  if (!tree) return [];
  const toText = (node: RootContent): string =>
    'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as RootContent[]).map(toText).join('') : '';
  return tree.children
    .filter((node) => node.type === 'heading')
    .map((node) => ({
      depth: (node as { depth: number }).depth,
      text: toText(node).trim(),
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    }));
}
