// The original files as received, served verbatim so anyone can check a cleaned source record
// against what the editors were sent.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getSources } from '../../../content.ts';
import { CONTENT_DIR } from '../../../lib/vocabulary.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getSources()).map((source) => ({ params: { file: source.data.originalFile } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(path.join(CONTENT_DIR, 'sources', 'raw', params.file!)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
