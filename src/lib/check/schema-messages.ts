// Turns zod issues into messages an editor can act on, in Chinese, with the field named.
// Starlight does the same for its config (utils/error-map.ts); ours also suggests fixes.
import type { z } from 'astro/zod';
import { closest } from './suggest.ts';

export interface DescribedIssue {
  rule: string;
  message: string;
  /** Path of the YAML node to point at. */
  path: PropertyKey[];
  /** Point at the key (unknown keys) rather than the value. */
  at: 'key' | 'value';
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项一行，以 - 开头，或写成 [甲, 乙]）',
  object: '带子字段的对象',
};

function describeValue(value: unknown): string {
  if (value === undefined) return '没有填写';
  if (value === null) return '是空值';
  if (Array.isArray(value)) return '是列表';
  if (typeof value === 'object') return '是对象';
  if (typeof value === 'number') return `是数字 ${value}`;
  if (typeof value === 'boolean') return `是 ${value}`;
  return `是文字“${String(value)}”`;
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Known keys of the object schema at `path`, for "did you mean" on unknown keys. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; in?: unknown; schema?: unknown; element?: unknown } };
    for (let i = 0; i < 10 && node?.def; i++) {
      const def = node.def;
      if (def.innerType) node = def.innerType as typeof node;
      else if (def.type === 'pipe' && def.in) node = def.in as typeof node;
      else break;
    }
    return node;
  };
  for (const key of path) {
    current = unwrap(current);
    const node = current as { shape?: Record<string, unknown>; def?: { type?: string; element?: unknown } };
    if (typeof key === 'number' && node.def?.type === 'array') current = node.def.element;
    else if (node.shape && typeof key === 'string') current = node.shape[key];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node.shape ? Object.keys(node.shape) : [];
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key + 1}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

export function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): DescribedIssue[] {
  const path = issue.path as PropertyKey[];
  const field = fieldName(path) || '头部信息';
  const value = getAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        return {
          rule: 'schema/unknown-key',
          message: `未知字段“${fieldName([...path, key])}”${suggestion ? `，是否指“${suggestion}”？` : `；可用的字段：${known.join('、')}`}`,
          path: [...path, key],
          at: 'key' as const,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ rule: 'schema/missing', message: `缺少必填字段“${field}”（应为${TYPE_NAMES[issue.expected] ?? issue.expected}）`, path: path.slice(0, -1), at: 'value' }];
      }
      return [{ rule: 'schema/type', message: `字段“${field}”应为${TYPE_NAMES[issue.expected] ?? issue.expected}，现在${describeValue(value)}${issue.expected === 'string' && typeof value === 'number' ? '；数字请加引号，如 "2023"' : ''}`, path, at: 'value' }];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (path[0] === 'tags') {
        const suggestion = closest(String(value), options);
        return [{ rule: 'vocabulary/unknown-tag', message: `未知标签“${String(value)}”${suggestion ? `，是否指“${suggestion}”？` : ''}（标签须取自 content/tags.yaml）`, path, at: 'value' }];
      }
      return [{ rule: 'schema/enum', message: `字段“${field}”只能取 ${options.join('、')}，现在${describeValue(value)}`, path, at: 'value' }];
    }
    case 'too_small':
    case 'too_big': {
      const isArray = issue.origin === 'array';
      const isString = issue.origin === 'string';
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const unit = isArray ? '项' : isString ? '字' : '';
      const actual = isArray ? `现在 ${(value as unknown[]).length} 项` : isString ? `现在 ${[...String(value)].length} 字` : `现在是 ${String(value)}`;
      const custom = issue.message && !issue.message.startsWith('Too') ? issue.message : '';
      return [{
        rule: path[0] === 'summary' && issue.code === 'too_big' ? 'hygiene/summary-length' : 'schema/length',
        message: custom ? `字段“${field}”：${custom}（${actual}）` : `字段“${field}”${issue.code === 'too_small' ? '至少' : '最多'} ${bound} ${unit}，${actual}`,
        path,
        at: 'value',
      }];
    }
    case 'invalid_format':
      return [{ rule: path.at(-1) === 'value' && path[0] === 'date' ? 'schema/date' : path[0] === 'region' && path[1] === 'code' ? 'vocabulary/region-code' : 'schema/format', message: `字段“${field}”格式不对：${issue.message.startsWith('Invalid') ? '' : issue.message}（现在${describeValue(value)}）`, path, at: 'value' }];
    case 'custom': {
      const rule = path[0] === 'region' && path[1] === 'code' ? 'vocabulary/region-code' : path[0] === 'region' && path[1] === 'name' ? 'vocabulary/region-name' : 'schema/rule';
      return [{ rule, message: `字段“${field}”：${issue.message}${value !== undefined && typeof value !== 'object' ? `（现在是“${String(value)}”）` : ''}`, path, at: 'value' }];
    }
    default:
      return [{ rule: 'schema/invalid', message: `字段“${field}”不符合要求：${issue.message}`, path, at: 'value' }];
  }
}
