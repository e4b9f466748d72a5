// /og-default.png: the link-preview image (og:image) of every page that has none of its own.
import type { APIRoute } from 'astro';
import { getOgText } from '../content.ts';
import { siteOgCard } from '../lib/og-cards.ts';
import { ogImageSvg } from '../lib/og-image.ts';
import { ogRenderer } from '../lib/build/og-render.ts';

export const GET: APIRoute = async () => {
  const { svg, text } = ogImageSvg(siteOgCard());
  const png = await ogRenderer().render(svg, text, await getOgText());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
