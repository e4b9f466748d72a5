// The _headers file, for hosts that read one (Netlify, Cloudflare Pages and the like): the pages'
// Content-Security-Policy plus what a meta tag cannot carry, and a year's caching for the folders
// whose file names change with their contents, so that a reader on a slow line does not ask for
// them again: a changed file gets a new name, and a cached copy is never stale.
/**
 * Folders whose files are named by their contents: Vite's bundles, the t → cn shards
 * (src/lib/t2s-shard.ts), Pagefind's result fragments and filter files (a hash of their
 * contents: when one case's text changed, its fragment got a new name, every other page's
 * fragment kept its own), and the index chunks, which we cut again and name by a hash of their
 * contents the same way (src/lib/build/search-index.ts). Pagefind's own scripts, wasm and entry
 * file keep their names from build to build, and are left out.
 */
export const CONTENT_NAMED_FOLDERS = ['/_astro/', '/t2s/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'] as const;

export function hostHeaders(contentSecurityPolicy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'self'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...CONTENT_NAMED_FOLDERS.flatMap((folder) => [`${folder}*`, '  Cache-Control: public, max-age=31536000, immutable']),
    '/sources/raw/*',
    '  Content-Type: text/plain; charset=utf-8',
    '',
  ].join('\n');
}
