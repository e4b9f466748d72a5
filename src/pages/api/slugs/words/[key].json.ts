// /api/slugs/words/<character>.json: the published slugs with a later word starting with that
// character, for an address whose first word is left out (src/lib/mistyped-url.ts, laterWordKeys).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedSlugs } from '../../../../content.ts';
import { laterWordKeys, slugShardFiles } from '../../../../lib/mistyped-url.ts';

export const getStaticPaths = (async () =>
  slugShardFiles(await getPublishedSlugs(), laterWordKeys).map(({ key, rows }) => ({ params: { key }, props: { rows } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
