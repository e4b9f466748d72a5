// /api/slugs/words/<character>.json: the published slugs with a later word starting with that
// character, for an address whose first word is left out (src/lib/mistyped-url.ts, laterWordKeys).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedSlugs } from '../../../../content.ts';
import { SLUG_SHARD_KEYS, encodeSlugShard, laterWordKeys } from '../../../../lib/mistyped-url.ts';

export const getStaticPaths = (async () => {
  const published = await getPublishedSlugs();
  // Every key gets a file, empty or not: a 404 page asking for one must not meet a second 404.
  return SLUG_SHARD_KEYS.map((key) => ({
    params: { key },
    props: { rows: encodeSlugShard(published.filter((entry) => laterWordKeys(entry.slug).includes(key))) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
