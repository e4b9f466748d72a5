// An nginx configuration for the built site, made from its _headers file (host-headers.ts), so that
// a site served by nginx — what most servers in mainland China run — sends what Netlify or
// Cloudflare Pages would: the Content-Security-Policy, a year's caching for files named by their
// contents, and `Content-Encoding: gzip` for Pagefind's files that are gzip data.
//
// _headers adds the headers of every rule that matches a path; nginx takes the add_header lines of
// one place only (a location with an add_header of its own drops the server's). So every header is
// added once, at the server, its value looked up from the request's path in a `map` (an empty value
// adds nothing), and a location never adds headers. `always`: the 404 page carries the policy too.
import type { HostHeaderRule } from './host-headers.ts';

export interface NginxSiteOptions {
  /** The folder served: the built `dist/`, as an absolute path on the server. */
  root: string;
  /** nginx's `listen` parameter: a port, or address:port. */
  listen: string;
  /** nginx's `server_name`; `_` answers any name. */
  serverName: string;
  /** For HTTPS (with `listen: '443 ssl'`): the certificate chain's and the private key's files on the server. */
  ssl?: { certificate: string; key: string };
}

/**
 * Types the site publishes that Debian's /etc/nginx/mime.types lacks (it would send cases.csv as
 * application/octet-stream): set in a location, where `default_type` is the only way to add a type
 * without replacing the whole table.
 */
const EXTRA_TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8' };

/** Types that are text and are sent with `; charset=utf-8` (text/html always is). */
const UTF8_TYPES = ['text/plain', 'text/css', 'application/javascript', 'application/json', 'text/xml', 'application/atom+xml', 'image/svg+xml', 'text/csv'];

/**
 * A location's `default_type` for a Content-Type. nginx compresses by the type a location gives
 * only when it has no parameters, so a UTF-8 text type is given bare and gets its charset from
 * `charset utf-8` (UTF8_TYPES).
 */
function defaultType(contentType: string): string {
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim());
  const utf8 = parameters.length === 1 && /^charset=utf-8$/i.test(parameters[0]!);
  return utf8 && UTF8_TYPES.includes(type!) ? type! : contentType;
}

/** Sent compressed by nginx when the reader's browser accepts gzip; Pagefind's gzip data is not among them. */
const GZIP_TYPES = ['text/css', 'application/javascript', 'application/json', 'text/xml', 'application/atom+xml', 'image/svg+xml', 'text/plain', 'text/csv'];

/** A _headers path (`*` any characters) as an anchored nginx regular expression. */
export function pathPattern(path: string): string {
  return `^${path.split('*').map((part) => part.replace(/[.^$|?+()[\]{}\\]/g, '\\$&')).join('.*')}$`;
}

/** Text between nginx's double quotes. */
function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/** A header's value: nginx would read a `$` in it as a variable, and has no way to write one. */
function quotedValue(value: string): string {
  if (value.includes('$')) throw new Error(`_headers 里的值含有 $，nginx 配置写不出：${value}`);
  return quoted(value);
}

const variableOf = (header: string) => `anliku_${header.toLowerCase().replace(/-/g, '_')}`;

export function nginxSiteConfig(rules: readonly HostHeaderRule[], options: NginxSiteOptions): string {
  const everywhere = rules.filter((rule) => rule.path === '/*').flatMap((rule) => rule.headers);
  const byPath = rules.filter((rule) => rule.path !== '/*');
  const contentTypes = byPath.flatMap((rule) => rule.headers.filter(([name]) => name.toLowerCase() === 'content-type').map(([, type]) => ({ path: rule.path, type })));
  // Header name → its values by path, in the order of the rules.
  const mapped = new Map<string, [path: string, value: string][]>();
  for (const rule of byPath) {
    for (const [name, value] of rule.headers) {
      if (name.toLowerCase() === 'content-type') continue;
      if (everywhere.some(([other]) => other.toLowerCase() === name.toLowerCase())) throw new Error(`_headers 里的 ${name} 既在 /* 下又在 ${rule.path} 下，nginx 配置不能合并两者`);
      mapped.set(name, [...(mapped.get(name) ?? []), [rule.path, value]]);
    }
  }
  const lines: string[] = [
    '# 基层党建案例库的 nginx 配置，由 `npm run nginx-config` 按 dist/_headers 生成；重新构建后请重新生成（内容安全策略里有页面脚本的哈希）。',
    '# 放在 nginx 的 http { } 里（Debian/Ubuntu：/etc/nginx/conf.d/anliku.conf），再 `nginx -t && nginx -s reload`。',
    '',
  ];
  for (const [name, values] of mapped) {
    lines.push(`map $uri $${variableOf(name)} {`, '    default "";');
    for (const [path, value] of values) lines.push(`    ${quoted(`~${pathPattern(path)}`)} ${quotedValue(value)};`);
    lines.push('}', '');
  }
  lines.push(
    'server {',
    `    listen ${options.listen};`,
    `    server_name ${options.serverName};`,
    ...(options.ssl ? [`    ssl_certificate ${quoted(options.ssl.certificate)};`, `    ssl_certificate_key ${quoted(options.ssl.key)};`] : []),
    `    root ${quoted(options.root)};`,
    '    index index.html;',
    // A folder's address without its slash is sent on to the one with it, as a path on this host.
    '    absolute_redirect off;',
    '    error_page 404 /404.html;',
    '    charset utf-8;',
    `    charset_types ${UTF8_TYPES.join(' ')};`,
    '    gzip on;',
    '    gzip_vary on;',
    `    gzip_types ${GZIP_TYPES.join(' ')};`,
    '',
    ...everywhere.map(([name, value]) => `    add_header ${name} ${quotedValue(value)} always;`),
    ...[...mapped.keys()].map((name) => `    add_header ${name} $${variableOf(name)} always;`),
    '',
    // What a host that reads _headers keeps to itself.
    '    location = /_headers {',
    '        return 404;',
    '    }',
  );
  for (const { path, type } of contentTypes) lines.push(`    location ~ ${quoted(pathPattern(path))} {`, '        types { }', `        default_type ${quotedValue(defaultType(type))};`, '    }');
  for (const [extension, type] of Object.entries(EXTRA_TYPES)) lines.push(`    location ~ ${quoted(`\\.${extension}$`)} {`, '        types { }', `        default_type ${quotedValue(defaultType(type))};`, '    }');
  lines.push('}', '');
  return lines.join('\n');
}
