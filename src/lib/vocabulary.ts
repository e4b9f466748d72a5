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

/** The names, without `extension`, of the files in `dir` that have it, sorted; none when there is no such folder. */
function namesOfFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

/** Ids of source records: the file names under content/sources/ without extension. */
export const readSourceIds = (dir = path.join(CONTENT_DIR, 'sources')): string[] => namesOfFiles(dir, '.md');

/** Slugs of case entries: the file names under content/cases/ without extension. */
export const readCaseSlugs = (dir = path.join(CONTENT_DIR, 'cases')): string[] => namesOfFiles(dir, '.mdx');

/** Slugs of courses: the file names under content/courses/ without extension. */
export const readCourseSlugs = (dir = path.join(CONTENT_DIR, 'courses')): string[] => namesOfFiles(dir, '.yaml');

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

/** What the scaffolds (npm run new, npm run new-course) need of an existing entry. */
export interface CaseHead {
  slug: string;
  /** 0 when the frontmatter has none or does not parse (the check reports that). */
  number: number;
  title: string;
  aliases: string[];
}

/** Every entry's number, title and old slugs, read from its frontmatter. */
export function readCaseHeads(dir = path.join(CONTENT_DIR, 'cases')): CaseHead[] {
  return readCaseSlugs(dir).map((slug) => {
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, `${slug}.mdx`), 'utf8'));
    let data: { number?: unknown; title?: unknown; aliases?: unknown } | undefined;
    try {
      data = match ? parse(match[1]!) : undefined;
    } catch {
      data = undefined;
    }
    return {
      slug,
      number: typeof data?.number === 'number' ? data.number : 0,
      title: typeof data?.title === 'string' ? data.title : slug,
      aliases: Array.isArray(data?.aliases) ? data.aliases.map(String) : [],
    };
  });
}
