// /cases/<slug>/qr.svg: the case's QR code as a file, for slides and posters.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, citationFor, type CaseView } from '../../../content.ts';
import { qrSvg } from '../../../lib/qr.ts';

export const getStaticPaths = (async () => (await getCases()).map((view) => ({ params: { slug: view.slug }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { view } = props as { view: CaseView };
  const svg = qrSvg(citationFor(view).url, { label: `二维码：${view.data.title}`, pixels: 512, standalone: true });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
