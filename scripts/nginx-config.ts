// npm run nginx-config — prints an nginx configuration for the built site (after `npm run build`),
// made from dist/_headers: see src/lib/build/nginx-config.ts and the README's 部署.
//   npm run nginx-config -- --root /var/www/anliku --server-name anli.example.cn > anliku.conf
//   … --ssl-certificate /etc/ssl/anli/fullchain.pem --ssl-certificate-key /etc/ssl/anli/privkey.pem (HTTPS, port 443)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseHostHeaders } from '../src/lib/build/host-headers.ts';
import { nginxSiteConfig } from '../src/lib/build/nginx-config.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    root: { type: 'string' },
    listen: { type: 'string' },
    'server-name': { type: 'string', default: '_' },
    'ssl-certificate': { type: 'string' },
    'ssl-certificate-key': { type: 'string' },
    out: { type: 'string' },
  },
});
const headersFile = path.join(args.dist, '_headers');
if (!existsSync(headersFile)) {
  console.error(`${headersFile} 不存在：先运行 npm run build。`);
  process.exit(1);
}
const certificate = args['ssl-certificate'];
const key = args['ssl-certificate-key'];
if (Boolean(certificate) !== Boolean(key)) {
  console.error('HTTPS 要同时给出 --ssl-certificate 和 --ssl-certificate-key。');
  process.exit(1);
}
const config = nginxSiteConfig(parseHostHeaders(readFileSync(headersFile, 'utf8')), {
  root: args.root ?? path.resolve(args.dist),
  listen: args.listen ?? (certificate ? '443 ssl' : '80'),
  serverName: args['server-name'],
  ...(certificate && key && { ssl: { certificate, key } }),
});
if (args.out) writeFileSync(args.out, config);
else process.stdout.write(config);
