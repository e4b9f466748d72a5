// The built site served by a real nginx with the configuration `npm run nginx-config` prints
// (src/lib/build/nginx-config.ts), on a free loopback port, nginx's files in a temporary folder.
// nginx is a Debian package (`apt-get install nginx-light`): .ci/run installs it and sets
// ANLIKU_REQUIRE_NGINX, so that CI fails rather than skips when it is missing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseHostHeaders } from '../../../src/lib/build/host-headers.ts';
import { nginxSiteConfig } from '../../../src/lib/build/nginx-config.ts';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));

/** Whether the nginx tests are to be skipped: no nginx on this machine, and CI did not ask for them. */
export const SKIP_NGINX = !NGINX && !process.env.ANLIKU_REQUIRE_NGINX;

export interface NginxServer {
  url: string;
  /** The configuration nginx was given for the site. */
  config: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function answers(url: string, nginx: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer at ${url}`);
}

export async function startNginx(distDir: string): Promise<NginxServer> {
  if (!NGINX) throw new Error('nginx is not installed (Debian: apt-get install nginx-light)');
  const port = await freePort();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'anliku-nginx-'));
  const config = nginxSiteConfig(parseHostHeaders(readFileSync(path.join(distDir, '_headers'), 'utf8')), {
    root: path.resolve(distDir),
    listen: `127.0.0.1:${port}`,
    serverName: '_',
  });
  writeFileSync(path.join(folder, 'anliku.conf'), config);
  // What Debian's /etc/nginx/nginx.conf gives the http block a site's file is included in.
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      `pid ${folder}/nginx.pid;`,
      `error_log ${folder}/error.log;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  client_body_temp_path ${folder}/body;`,
      `  include ${folder}/anliku.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(NGINX, ['-c', path.join(folder, 'nginx.conf'), '-p', folder], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr!.on('data', (chunk: Buffer) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  try {
    await answers(`${url}/`, nginx);
  } catch (error) {
    nginx.kill();
    throw new Error(`${(error as Error).message}\n${errors}`);
  }
  return {
    url,
    config,
    close: () =>
      new Promise((resolve) => {
        nginx.once('exit', () => {
          rmSync(folder, { recursive: true, force: true });
          resolve();
        });
        nginx.kill();
      }),
  };
}
