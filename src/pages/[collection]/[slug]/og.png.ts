// /cases/<slug>/og.png: the case's link-preview image (og:image), drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, getOgText, ogCardFor, type CaseView } from '../../../content.ts';
import { ogImageSvg } from '../../../lib/og-image.ts';
import { ogRenderer } from '../../../lib/build/og-render.ts';

export const getStaticPaths = (async () => (await getCases()).map((view) => ({ params: { slug: view.slug }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { view } = props as { view: CaseView };
  const { svg, text } = ogImageSvg(ogCardFor(view));
  const renderer = ogRenderer();
  const missing = renderer.missingGlyphs(text);
  if (missing.length) console.warn(`${view.url}og.png: the preview font has no glyph for ${missing.join(' ')}; they are drawn as blank boxes`);
  const png = await renderer.render(svg, text, await getOgText());
  const cases = await getCases();
  if (view === cases[cases.length - 1]) {
    const { hits, misses, renderMs, fontMs } = renderer.stats;
    // `npm run bench` reads this line.
    console.log(`[anliku:og] 预览图：${hits + misses} 张（缓存 ${hits} 张），绘制用时 ${((renderMs + fontMs) / 1000).toFixed(1)} 秒`);
  }
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
