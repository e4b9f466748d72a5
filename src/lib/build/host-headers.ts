// The _headers file, for hosts that read one (Netlify, Cloudflare Pages and the like): the pages'
// Content-Security-Policy plus what a meta tag cannot carry, and a year's caching for the folders
// and files whose names change with their contents, so that a reader on a slow line does not ask for
// them again: a changed file gets a new name, and a cached copy is never stale.
/**
 * Folders whose files are named by their contents: Vite's bundles, the t → cn shards
 * (src/lib/t2s-shard.ts), Pagefind's result fragments and filter files (a hash of their
 * contents: when one case's text changed, its fragment got a new name, every other page's
 * fragment kept its own), and the index chunks, which we cut again and name by a hash of their
 * contents the same way (src/lib/build/search-index.ts). Pagefind's entry file keeps its name from
 * build to build (it names the current index), and is left out.
 */
export const CONTENT_NAMED_FOLDERS = ['/_astro/', '/t2s/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'] as const;

/**
 * Pagefind's files at the top of its folder that are named by their contents: the metadata (we
 * name it when we cut the index again), the wasm (renamed by its contents, renameWasmByContent) and
 * our filter table (writeFacetTable), and Pagefind's JS API and its worker (nameScriptsByContent).
 * Cached for a year too, so that the search page's preloads of them are what Pagefind's worker
 * gets when it asks (src/lib/build/search-preloads.ts), and a returning reader's first search
 * downloads neither again.
 */
export const CONTENT_NAMED_PAGEFIND_FILES = ['/pagefind/pagefind.*.pf_meta', '/pagefind/wasm.*.pagefind', '/pagefind/facets.*.json', '/pagefind/pagefind.*.js', '/pagefind/pagefind-worker.*.js'] as const;

/**
 * Pagefind's files that are gzip data: its wasm, metadata, index chunks, result fragments and
 * filter files. Sent with `Content-Encoding: gzip`, they are inflated by the browser, natively, and
 * Pagefind, which finds its own signature at their start, skips inflating them in JavaScript: at
 * 5,000 entries a cold search's first screen shows up to ~50 ms sooner (docs/search.md). The bytes sent are the
 * same. A host that ignores the header sends them as before, and Pagefind inflates them itself.
 */
export const PAGEFIND_GZIP_FILES = ['/pagefind/wasm.*', '/pagefind/pagefind.*.pf_meta', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*'] as const;

export function hostHeaders(contentSecurityPolicy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'self'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...[...CONTENT_NAMED_FOLDERS.map((folder) => `${folder}*`), ...CONTENT_NAMED_PAGEFIND_FILES].flatMap((files) => [files, '  Cache-Control: public, max-age=31536000, immutable']),
    ...PAGEFIND_GZIP_FILES.flatMap((files) => [files, '  Content-Encoding: gzip']),
    // Asked of the server on every check for an update, so a fix to it reaches readers at once.
    '/sw.js',
    '  Cache-Control: no-cache',
    '/sources/raw/*',
    '  Content-Type: text/plain; charset=utf-8',
    '',
  ].join('\n');
}

export interface HostHeaderRule {
  /** A path, `*` matching any characters (Netlify's and Cloudflare Pages' splat). */
  path: string;
  headers: [name: string, value: string][];
}

/** The rules of a _headers file: a path on a line of its own, its headers indented under it. */
export function parseHostHeaders(text: string): HostHeaderRule[] {
  const rules: HostHeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (header) rules.at(-1)?.headers.push([header[1]!, header[2]!.trim()]);
    else rules.push({ path: line.trim(), headers: [] });
  }
  return rules;
}

/**
 * The headers a host sends for a path by these rules: those of every rule that matches it, the
 * values of a header named twice joined with a comma. Names are given lower case.
 */
export function hostHeadersFor(rules: readonly HostHeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.split('*').map(RegExp.escape).join('.*')}$`);
    if (!pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
