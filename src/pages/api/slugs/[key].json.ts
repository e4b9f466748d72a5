// /api/slugs/<first character>.json: every published case slug (old ones too) with its title,
// for the 404 page's "您要找的可能是" (src/lib/mistyped-url.ts). One file per first character (a–z,
// 0–9), so a mistyped address loads only the slugs that start as it does.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedSlugs } from '../../../content.ts';
import { slugShardFiles, slugShardKey } from '../../../lib/mistyped-url.ts';

export const getStaticPaths = (async () =>
  slugShardFiles(await getPublishedSlugs(), (slug) => [slugShardKey(slug)]).map(({ key, rows }) => ({ params: { key }, props: { rows } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
