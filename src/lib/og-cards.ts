// What each link-preview image shows (laid out by src/lib/og-image.ts), from a case's frontmatter
// alone. The og.png endpoints use these cards through src/content.ts; the build's content gate
// uses them before Astro has even read the collections, to start drawing the images on worker
// threads right away (src/integrations/content-gate.ts). Both must describe an image the same
// way: the drawn PNG is cached under its SVG.
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '../config/site.ts';
import { ogCardText, type OgCard } from './og-image.ts';
import { lookupRegion } from './regions.ts';

/** The frontmatter fields a case's preview image shows. */
export interface OgCaseFields {
  kind: string;
  number: number;
  title: string;
  region: { code: string };
  figures: readonly { label: string; value: string; unit?: string }[];
}

/** The preview image of a case, served at /cases/<slug>/og.png. */
export function caseOgCard(data: OgCaseFields): OgCard {
  const figure = data.figures[0];
  return {
    siteName: SITE_NAME,
    label: `${data.kind === 'brief' ? '简讯' : '案例'}·第 ${data.number} 号`,
    title: data.title,
    subtitle: lookupRegion(data.region.code)?.fullName,
    figure: figure && { label: figure.label, value: figure.value, unit: figure.unit },
    footer: new URL(SITE_URL).host,
  };
}

/** The site-wide preview image of every other page, served at /og-default.png. */
export function siteOgCard(): OgCard {
  return { siteName: SITE_NAME, title: SITE_DESCRIPTION, footer: new URL(SITE_URL).host };
}

/** Every character the site card and these cards draw, once each: the font subset is cut from it. */
export function ogTextOf(cards: readonly OgCard[]): string {
  const chars = new Set(ogCardText(siteOgCard()));
  for (const card of cards) for (const ch of ogCardText(card)) chars.add(ch);
  return [...chars].join('');
}
