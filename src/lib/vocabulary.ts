// The controlled vocabularies that entries are validated against. They are read from
// content/ at the project root (every npm script runs there), so Astro, the check script
// and the tests all see the same lists.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Tag {
  /** ASCII id used in URLs (/tags/<id>/); permanent once published. */
  id: string;
  /** Chinese name, written in entries' `tags` and shown on pages. */
  name: string;
  definition: string;
}

export const CONTENT_DIR = path.resolve(process.cwd(), 'content');

export function readTags(file = path.join(CONTENT_DIR, 'tags.yaml')): Tag[] {
  return parse(readFileSync(file, 'utf8')) as Tag[];
}

/** Ids of source records: the file names under content/sources/ without extension. */
export function readSourceIds(dir = path.join(CONTENT_DIR, 'sources')): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
}

/** Slugs of case entries: the file names under content/cases/ without extension. */
export function readCaseSlugs(dir = path.join(CONTENT_DIR, 'cases')): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}
