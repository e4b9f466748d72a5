import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { entryLoader } from '../../../src/lib/build/entry-loader.ts';

type Stored = { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string; rendered?: { html: string } };

/** The part of Astro's loader context the loader uses: a store, parseData, renderMarkdown, generateDigest. */
function fakeContext(root: string) {
  const store = new Map<string, Stored>();
  const rendered: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (markdown: string) => {
      rendered.push(markdown);
      return { html: `<p>${markdown.trim()}</p>` };
    },
    generateDigest: (text: string) => String(text.length) + text.slice(-20),
  };
  return { context: context as unknown as LoaderContext, store, rendered };
}

describe('the case entries\' content loader', () => {
  let root: string;
  const casesDir = () => path.join(root, 'content/cases');
  const write = (name: string, text: string) => writeFileSync(path.join(casesDir(), name), text);

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'entry-loader-'));
    mkdirSync(casesDir(), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const load = (context: LoaderContext) => entryLoader({ base: './content/cases', extension: '.mdx' }).load(context);

  it('stores each entry\'s frontmatter and rendered body, but not the MDX body itself', async () => {
    write('datong.mdx', '---\ntitle: 大同\n---\n支部建在小区上。\n');
    const { context, store } = fakeContext(root);
    await load(context);
    const entry = store.get('datong');
    expect(entry?.data).toEqual({ title: '大同' });
    expect(entry?.rendered?.html).toBe('<p>支部建在小区上。</p>');
    expect(entry?.filePath).toBe('content/cases/datong.mdx');
    expect(entry).not.toHaveProperty('body');
  });

  it('renders an unchanged entry only once, drops a deleted one and ignores other files', async () => {
    write('datong.mdx', '---\ntitle: 大同\n---\n正文\n');
    write('notes.txt', '不是条目');
    const { context, store, rendered } = fakeContext(root);
    await load(context);
    await load(context);
    expect(rendered).toHaveLength(1);
    rmSync(path.join(casesDir(), 'datong.mdx'));
    await load(context);
    expect([...store.keys()]).toEqual([]);
  });

  it('stops the build at an entry without frontmatter, naming its file, line and column', async () => {
    write('broken.mdx', '没有头部信息\n');
    const { context } = fakeContext(root);
    await expect(load(context)).rejects.toThrow(/^content\/cases\/broken\.mdx:1:1 缺少头部信息/);
  });
});
