// The content loader of the case entries: reads content/cases/*.mdx, validates the frontmatter
// against the collection's schema and stores each body already rendered to HTML by Astro's
// Markdown renderer (src/lib/entry-markdown.ts says why Markdown). Astro's glob() loader would
// compile every .mdx file into a JavaScript module of its own instead.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseEntryDocument } from '../check/document.ts';
import { entryBodyAsMarkdown } from '../entry-markdown.ts';

/** Part of every digest, so that a cached entry is rendered again when the way of rendering changes. */
const RENDERING = 'markdown-1';

export function entryLoader(options: { base: string; extension: string }): Loader {
  return {
    name: 'anliku-entry-loader',
    async load(context: LoaderContext) {
      const dir = fileURLToPath(new URL(`${options.base.replace(/\/?$/, '/')}`, context.config.root));
      const root = fileURLToPath(context.config.root);
      const idOf = (file: string) => path.basename(file, options.extension);

      const sync = async (file: string): Promise<void> => {
        const text = readFileSync(file, 'utf8');
        const id = idOf(file);
        const digest = context.generateDigest(`${RENDERING}\n${text}`);
        if (context.store.get(id)?.digest === digest) return;
        const relativePath = path.relative(root, file).split(path.sep).join('/');
        const document = parseEntryDocument(relativePath, text);
        // `npm run check` runs before every build and reports these with line and column; reaching
        // them means it was bypassed, so stop rather than leave the entry out.
        const [syntaxError] = document.syntaxErrors;
        if (syntaxError) throw new Error(`${relativePath}:${syntaxError.position.line}:${syntaxError.position.column} ${syntaxError.message}`);
        const data = await context.parseData({ id, data: document.data as Record<string, unknown>, filePath: file });
        // A leading newline: the renderer reads a body that starts with --- as frontmatter.
        const rendered = await context.renderMarkdown(`\n${entryBodyAsMarkdown(document.body)}`, { fileURL: pathToFileURL(file) });
        // No `body`: pages use the rendered HTML only, and Astro would keep the MDX in its content
        // store beside it (16 of the store's 38 MB at 5,000 entries).
        context.store.set({ id, data, filePath: relativePath, digest, rendered });
      };

      const files = readdirSync(dir)
        .filter((name) => name.endsWith(options.extension))
        .sort()
        .map((name) => path.join(dir, name));
      const present = new Set(files.map(idOf));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      await Promise.all(files.map(sync));

      // `astro dev`: an edited, added or deleted entry shows up without a restart.
      context.watcher?.add(dir);
      const inDir = (file: string) => path.dirname(file) === path.resolve(dir) && file.endsWith(options.extension);
      const resync = (file: string) => {
        if (inDir(file)) sync(file).catch((error: Error) => context.logger.error(error.message));
      };
      context.watcher?.on('change', resync);
      context.watcher?.on('add', resync);
      context.watcher?.on('unlink', (file) => {
        if (inDir(file)) context.store.delete(idOf(file));
      });
    },
  };
}
