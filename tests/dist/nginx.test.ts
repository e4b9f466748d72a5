// The configuration `npm run nginx-config` prints, run by a real nginx over the built site: every
// file goes out with the headers _headers gives it (what Netlify or Cloudflare Pages would send),
// Pagefind's gzip data as it is on disk, text compressed, and the 404 page for what is missing.
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostHeadersFor, parseHostHeaders } from '../../src/lib/build/host-headers.ts';
import { builtCaseSlugs } from '../../src/lib/build/site-counts.ts';
import { SKIP_NGINX, startNginx, type NginxServer } from '../browser/support/nginx.ts';

const DIST = 'dist';

interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** GET `pathname` as sent, nothing decoded (fetch would inflate a gzip body). */
function get(server: NginxServer, pathname: string, acceptEncoding = 'identity'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(`${server.url}${pathname}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
        resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** What each kind of file is sent as: text as UTF-8, Pagefind's own files as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

describe.skipIf(SKIP_NGINX)('the site served by nginx with the configuration of npm run nginx-config', () => {
  let server: NginxServer;
  const rules = parseHostHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
  const files = filesUnder(DIST)
    .map((file) => `/${path.relative(DIST, file).split(path.sep).join('/')}`)
    .filter((pathname) => pathname !== '/_headers');

  beforeAll(async () => {
    server = await startNginx(DIST);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends every file with the headers _headers gives it, and its bytes as they are on disk', async () => {
    const names = [...new Set(rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())))];
    expect(names).toEqual(expect.arrayContaining(['content-security-policy', 'cache-control', 'content-encoding']));
    const wrong: string[] = [];
    for (const pathname of files) {
      const answer = await get(server, encodeURI(pathname));
      const expected = hostHeadersFor(rules, pathname);
      if (answer.status !== 200) wrong.push(`${pathname}: ${answer.status}`);
      for (const name of names) {
        // A Content-Type rule sets the type; every other file has one from its kind (below).
        if (name === 'content-type' && !expected[name]) continue;
        if (answer.headers[name] !== expected[name]) wrong.push(`${pathname} ${name}: ${answer.headers[name]} ≠ ${expected[name]}`);
      }
      if (!answer.body.equals(readFileSync(path.join(DIST, pathname)))) wrong.push(`${pathname}: body differs from the file`);
    }
    expect(wrong).toEqual([]);
    expect(files.length).toBeGreaterThan(300);
  });

  it('sends each kind of file with its type, text as UTF-8', async () => {
    const byKind = new Map(files.map((pathname) => [path.extname(pathname), pathname]));
    expect([...byKind.keys()].filter((kind) => !(kind in TYPES))).toEqual([]);
    for (const [kind, pathname] of byKind) expect([pathname, (await get(server, encodeURI(pathname))).headers['content-type']]).toEqual([pathname, TYPES[kind]]);
  });

  it('compresses text for a browser that accepts gzip, but never Pagefind’s gzip data a second time', async () => {
    const page = await get(server, '/', 'gzip');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).equals(readFileSync(path.join(DIST, 'index.html')))).toBe(true);
    const chunk = files.find((pathname) => pathname.startsWith('/pagefind/index/'))!;
    const data = await get(server, chunk, 'gzip');
    expect(data.headers['content-encoding']).toBe('gzip');
    expect(data.body.equals(readFileSync(path.join(DIST, chunk)))).toBe(true);
  });

  it('answers a missing address with the 404 page and the site’s policy, not Pagefind’s headers', async () => {
    for (const pathname of ['/cases/no-such-case/', '/pagefind/index/no-such-chunk.pf_index', '/_headers']) {
      const answer = await get(server, pathname);
      expect([pathname, answer.status]).toEqual([pathname, 404]);
      expect(answer.body.equals(readFileSync(path.join(DIST, '404.html')))).toBe(true);
      expect(answer.headers['content-security-policy']).toBe(hostHeadersFor(rules, '/')['content-security-policy']);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['cache-control']).toBeUndefined();
    }
  });

  it('sends a folder’s address without its slash on to the folder, on the same host', async () => {
    const slug = builtCaseSlugs(DIST)[0]!;
    const answer = await get(server, `/cases/${slug}`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`/cases/${slug}/`);
  });
});
