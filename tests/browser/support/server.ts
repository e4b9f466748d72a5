// A static server for the built site, like the hosts it will be deployed on: directory
// index.html, 404.html for missing paths, correct content types, gzip for text (as every static
// host and CDN does, so the benchmark counts the bytes a reader's phone would download; Pagefind's
// own files are compressed already), the headers of the site's _headers file, as Netlify or
// Cloudflare Pages send them (src/lib/build/host-headers.ts), and an ETag from each file's size and
// time, answering a request that names it with 304, as nginx and `astro preview` do. Loopback only.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { hostHeadersFor, parseHostHeaders } from '../../../src/lib/build/host-headers.ts';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  /** The path of every request received, in the order received. */
  requests: string[];
  /** The path of every request answered 304 (the browser's copy is current), in the order received. */
  notModified: string[];
  /** Paths whose requests are received and never answered, as on a line that is up but does not move. */
  stalled: Set<string>;
  close(): Promise<void>;
}

export function startStaticServer(distDir: string): Promise<StaticServer> {
  const root = path.resolve(distDir);
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHostHeaders(readFileSync(headersFile, 'utf8')) : [];
  const requests: string[] = [];
  const notModified: string[] = [];
  const stalled = new Set<string>();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(pathname);
    if (stalled.has(pathname)) return;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...hostHeadersFor(rules, pathname) };
    if (status === 404) delete headers['content-encoding']; // 404.html stands in for the file the rule was for
    else {
      const { size, mtimeMs } = statSync(file);
      headers.etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
      if (request.headers['if-none-match'] === headers.etag) {
        notModified.push(pathname);
        response.writeHead(304, headers).end();
        return;
      }
    }
    // A file the _headers file says is gzip data already is sent as it is.
    if (!headers['content-encoding'] && /^(text\/|application\/(json|xml)|image\/svg)/.test(headers['content-type']) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip({ level: 6 })).pipe(response);
      return;
    }
    response.writeHead(status, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections(); // the stalled ones
        });
      resolve({ url: `http://127.0.0.1:${port}`, requests, notModified, stalled, close });
    });
  });
}
