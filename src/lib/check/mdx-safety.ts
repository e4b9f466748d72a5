// MDX is code: an entry from a pull request could otherwise run anything at build time or in
// readers' browsers. Entries are plain Markdown plus the components listed here; anything else
// is rejected with its position (never silently stripped).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';

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

/** Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"). */
function normalizeUrl(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/&#?\w+;?/g, '');
}

export function findMdxSafetyProblems(body: string): SafetyProblem[] {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string; message: string };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as { line?: number; column?: number } | undefined);
    return [{
      rule: 'syntax/mdx',
      message: `正文无法解析：${e.reason ?? e.message}。正文里的 { } < > 会被当作代码，请改用全角符号或删去`,
      line: place?.line ?? e.line ?? 1,
      column: place?.column ?? e.column ?? 1,
    }];
  }
  const problems: SafetyProblem[] = [];
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
        if (!name) report(node, 'safety/component', '不能使用空标签 <>…</>');
        else if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) report(node, `safety/${name.toLowerCase()}`, `不允许使用 <${name}> 标签：它可能执行代码或加载外部内容`);
        else if (!allowed) report(node, 'safety/component', `不允许使用 <${name}>：正文只能用 Markdown 和这些组件：${Object.keys(ALLOWED_COMPONENTS).join('、')}`);
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(node, 'safety/spread-attribute', `<${name}> 不能使用 {...} 展开属性`);
            continue;
          }
          const attrName = attribute.name;
          const value = attribute.value;
          if (/^on/i.test(attrName)) report(node, 'safety/event-handler', `不允许事件属性 ${attrName}：条目不能运行脚本`);
          else if (value && typeof value === 'object') report(node, 'safety/expression-attribute', `属性 ${attrName} 不能写成 {…} 表达式，只能写成 "文字"`);
          else if (typeof value === 'string' && UNSAFE_URL.test(normalizeUrl(value))) report(node, 'safety/url', `属性 ${attrName} 的地址以 ${normalizeUrl(value).split(':')[0]}: 开头，不允许`);
          else if (allowed && !allowed.includes(attrName)) report(node, 'safety/attribute', `<${name}> 不支持属性 ${attrName}（可用：${allowed.join('、') || '无'}）`);
        }
        break;
      }
      case 'html':
        report(node, 'safety/html', '不允许写 HTML 代码');
        break;
      case 'link':
      case 'definition':
        if (UNSAFE_URL.test(normalizeUrl(node.url))) report(node, 'safety/url', `链接地址以 ${normalizeUrl(node.url).split(':')[0]}: 开头，不允许；只能链接 http(s) 网址或站内页面`);
        break;
      case 'image':
        if (UNSAFE_URL.test(normalizeUrl(node.url))) report(node, 'safety/url', `图片地址以 ${normalizeUrl(node.url).split(':')[0]}: 开头，不允许`);
        else if (/^(https?:)?\/\//i.test(node.url)) report(node, 'safety/external-image', '图片必须放在本站（public/ 目录）：外站图片在国内可能打不开，也会泄露读者信息');
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return problems;
}

export interface BodyHeading {
  depth: number;
  text: string;
  line: number;
  column: number;
}

/** Headings of a body, for the structure rules. Returns [] when the body does not parse. */
export function listHeadings(body: string): BodyHeading[] {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch {
    return [];
  }
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
