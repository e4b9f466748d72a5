// Site-wide constants. The production origin comes from SITE_URL so that permanent links,
// citations, QR codes and the sitemap name the real host; see README.
import { createHash } from 'node:crypto';
import { FIRST_PAINT_SCRIPT } from '../lib/reader-prefs.ts';
import { siteUrlFrom } from '../lib/site-url.ts';

export const SITE_NAME = '基层党建案例库';
export const SITE_DESCRIPTION = '基层党建与社区治理实践案例库：按地区、主题检索各地做法，每个数据都注明原文出处。';
/** The site's origin (no trailing slash). SITE_URL with a folder, or not a web address, stops the build: src/lib/site-url.ts. */
export const SITE_URL = siteUrlFrom(process.env.SITE_URL, 'https://anliku.example.org');

/** The Content-Security-Policy source that allows exactly `script` inline, and nothing else inline. */
export const cspHashOf = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * One policy for every page (meta tag) and for hosts that read _headers. Pagefind's search runs
 * WebAssembly, hence 'wasm-unsafe-eval'; nothing may load from another host. The one inline script
 * is the reader's settings before the first paint, allowed by its hash (src/lib/reader-prefs.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${cspHashOf(FIRST_PAINT_SCRIPT)}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
