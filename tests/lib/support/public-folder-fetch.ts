// What the site serves from public/, for browser code under test in Node that fetches a
// root-relative URL (the search page's Traditional → Simplified shards): install with
// vi.stubGlobal('fetch', fetchFromPublicFolder).
import { existsSync, readFileSync } from 'node:fs';

export const requestedFromPublicFolder: string[] = [];

export async function fetchFromPublicFolder(url: string): Promise<Response> {
  requestedFromPublicFolder.push(url);
  const file = `public${url}`;
  if (!url.startsWith('/') || url.includes('..') || !existsSync(file)) return new Response(null, { status: 404 });
  return new Response(readFileSync(file));
}
