// /cases/<slug>/og.png: the case's link-preview image (og:image), drawn at build time.
//
// Why this file is not under src/pages/cases/: Astro generates routes in order of priority, and a
// route whose first segment is a parameter comes after every route whose first segment is fixed.
// Here (`collection` is always "cases") that makes the images the last files the build writes:
// the content gate has handed all of them to worker threads before Astro even read the content
// (src/integrations/content-gate.ts), so they are drawn on another core while the pages are
// bundled and rendered, and are ready when asked for. (`astro dev` draws each on request.)
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, getOgText, ogCardFor, type CaseView } from '../../../content.ts';
import { ogImageSvg } from '../../../lib/og-image.ts';
import { ogRenderer } from '../../../lib/build/og-render.ts';

export const getStaticPaths = (async () =>
  (await getCases()).map((view) => ({ params: { collection: 'cases', slug: view.slug }, props: { view } }))) satisfies GetStaticPaths;

let served = 0;

export const GET: APIRoute = async ({ props }) => {
  const { view } = props as { view: CaseView };
  const { svg, text } = ogImageSvg(ogCardFor(view));
  const renderer = ogRenderer();
  const missing = renderer.missingGlyphs(text);
  if (missing.length) console.warn(`${view.url}og.png: the preview font has no glyph for ${missing.join(' ')}; they are drawn as blank boxes`);
  const png = await renderer.render(svg, text, await getOgText());
  // Pages are generated several at a time (astro.config.mjs): report once the last image is served.
  served += 1;
  if (served === (await getCases()).length) {
    const { hits, misses, onWorkers, renderMs, fontMs, waitMs } = renderer.stats;
    // `npm run bench` reads this line.
    console.log(
      `[anliku:og] 预览图：${hits + misses} 张（缓存 ${hits} 张），绘制用时 ${((renderMs + fontMs) / 1000).toFixed(1)} 秒（其中 ${onWorkers} 张在工作线程上画，与页面生成同时进行），构建为此等待 ${(waitMs / 1000).toFixed(1)} 秒`,
    );
  }
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
