import { describe, expect, it } from 'vitest';
import { PAGEFIND_GZIP_FILES, hostHeaders, hostHeadersFor, parseHostHeaders } from '../../../src/lib/build/host-headers.ts';

describe('the _headers file, read as a host reads it', () => {
  const rules = parseHostHeaders(hostHeaders("default-src 'self'"));

  it('reads paths and the headers indented under them, comments and blank lines left out', () => {
    expect(parseHostHeaders('# comment\n/a/*\n  X-One: 1\n\n/b\n  X-Two: 2\n  X-Three: 3\n')).toEqual([
      { path: '/a/*', headers: [['X-One', '1']] },
      { path: '/b', headers: [['X-Two', '2'], ['X-Three', '3']] },
    ]);
  });

  it('sends every rule that matches a path, a splat matching any characters and nothing else', () => {
    expect(hostHeadersFor(rules, '/cases/x/')).toEqual({
      'content-security-policy': "default-src 'self'; frame-ancestors 'self'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    const chunk = hostHeadersFor(rules, '/pagefind/index/en_57e6871.pf_index');
    expect(chunk['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunk['content-encoding']).toBe('gzip');
    expect(hostHeadersFor(rules, '/pagefind/pagefind.en_25be1d0c2f.pf_meta')['content-encoding']).toBe('gzip');
    expect(hostHeadersFor(rules, '/pagefind/wasm.en_ccf429efc1.pagefind')['content-encoding']).toBe('gzip');
    // Pagefind's scripts and entry file are text, compressed by the host as any other.
    for (const file of ['/pagefind/pagefind.49b0358501.js', '/pagefind/pagefind-worker.78115e3651.js', '/pagefind/pagefind-entry.json', '/pagefind/facets.4f0c2a9e1b.json', '/xpagefind/index/a'])
      expect(hostHeadersFor(rules, file)['content-encoding'], file).toBeUndefined();
    expect(hostHeadersFor(parseHostHeaders('/a.b\n  X: 1\n'), '/aXb')).toEqual({});
    expect(hostHeadersFor(parseHostHeaders('/*\n  X: 1\n/a\n  X: 2\n'), '/a')).toEqual({ x: '1, 2' });
    expect(PAGEFIND_GZIP_FILES).toHaveLength(5);
  });

  it('caches Pagefind\'s metadata, wasm and scripts and our filter table for a year, their names being their contents\', and not its entry file or a file under a fixed name', () => {
    for (const file of ['/pagefind/pagefind.en_25be1d0c2f.pf_meta', '/pagefind/wasm.en_ccf429efc1.pagefind', '/pagefind/facets.4f0c2a9e1b.json', '/pagefind/pagefind.49b0358501.js', '/pagefind/pagefind-worker.78115e3651.js'])
      expect(hostHeadersFor(rules, file)['cache-control'], file).toBe('public, max-age=31536000, immutable');
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', '/pagefind/facets.json'])
      expect(hostHeadersFor(rules, file)['cache-control'], file).toBeUndefined();
  });
});
