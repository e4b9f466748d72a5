import { describe, expect, it } from 'vitest';
import { hostHeaders, parseHostHeaders } from '../../src/lib/build/host-headers.ts';
import { nginxSiteConfig, pathPattern } from '../../src/lib/build/nginx-config.ts';

const OPTIONS = { root: '/var/www/anliku', listen: '80', serverName: 'anli.example.cn' };

describe('pathPattern', () => {
  it('anchors a _headers path and reads only * as a wildcard', () => {
    expect(pathPattern('/pagefind/wasm.*.pagefind')).toBe('^/pagefind/wasm\\..*\\.pagefind$');
    expect(new RegExp(pathPattern('/pagefind/wasm.*.pagefind')).test('/pagefind/wasm.en_1a2b.pagefind')).toBe(true);
    expect(new RegExp(pathPattern('/pagefind/wasm.*.pagefind')).test('/pagefind/wasmXen.pagefind')).toBe(false);
    expect(new RegExp(pathPattern('/_astro/*')).test('/x/_astro/a.js')).toBe(false);
  });
});

describe('nginxSiteConfig', () => {
  const config = nginxSiteConfig(parseHostHeaders(hostHeaders("default-src 'self'")), OPTIONS);

  it('adds every header once, at the server, so no location drops the others', () => {
    const serverBlock = config.slice(config.indexOf('server {'));
    const added = serverBlock.match(/^ {4}add_header [\w-]+/gm)!.map((line) => line.trim().split(' ')[1]);
    expect(added.sort()).toEqual(['Cache-Control', 'Content-Encoding', 'Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
    expect(serverBlock.match(/^ {8}add_header/gm)).toBeNull();
    expect(config).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'self'" always;`);
  });

  it('looks path-dependent headers up in a map whose default adds nothing', () => {
    expect(config).toMatch(/map \$uri \$anliku_content_encoding \{\n {4}default "";\n {4}"~\^\/pagefind\/wasm\\\\\.\.\*\$" "gzip";/);
    expect(config).toContain('root "/var/www/anliku";');
    expect(config).toContain('server_name anli.example.cn;');
  });

  it('gives a Content-Type rule a location of its own, its UTF-8 charset left to `charset`', () => {
    expect(config).toContain('location ~ "^/sources/raw/.*$" {\n        types { }\n        default_type "text/plain";\n    }');
    expect(config).toContain('charset utf-8;');
  });

  it('serves HTTPS with the certificate given', () => {
    const https = nginxSiteConfig(parseHostHeaders(hostHeaders("default-src 'self'")), { ...OPTIONS, listen: '443 ssl', ssl: { certificate: '/etc/ssl/a.pem', key: '/etc/ssl/a.key' } });
    expect(https).toContain('    listen 443 ssl;\n');
    expect(https).toContain('    ssl_certificate "/etc/ssl/a.pem";\n    ssl_certificate_key "/etc/ssl/a.key";\n');
    expect(config).not.toContain('ssl_certificate');
  });

  it('refuses what nginx cannot say', () => {
    expect(() => nginxSiteConfig(parseHostHeaders('/*\n  X-Price: $5\n'), OPTIONS)).toThrow('含有 $');
    expect(() => nginxSiteConfig(parseHostHeaders('/*\n  Cache-Control: no-cache\n/a/*\n  Cache-Control: max-age=1\n'), OPTIONS)).toThrow('既在 /* 下又在 /a/* 下');
  });
});
