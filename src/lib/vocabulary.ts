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

const ALIASES_KEY = /^["']?aliases["']?[ \t]*:/m;

/**
 * Old slugs that entries list in `aliases`: each is served as a redirect page, which the sitemap
 * leaves out. Read straight from the frontmatter because astro.config.mjs runs before Astro's
 * content layer; entries whose frontmatter does not parse are the check's business, not ours.
 */
export function readAliasSlugs(dir = path.join(CONTENT_DIR, 'cases')): string[] {
  return readCaseSlugs(dir).flatMap((slug) => {
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, `${slug}.mdx`), 'utf8'));
    // Few entries have aliases: parsing every frontmatter as YAML took 2 s at 5,000 entries.
    if (!match || !ALIASES_KEY.test(match[1]!)) return [];
    try {
      const aliases = parse(match[1]!)?.aliases;
      return Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
    } catch {
      return [];
    }
  });
}
