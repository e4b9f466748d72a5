// /feed.xml: Atom feed of the newest entries (BaseLayout advertises it as application/atom+xml).
import type { APIRoute } from 'astro';
import { getLatestCases } from '../content.ts';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '../config/site.ts';
import { atomFeed } from '../lib/data/atom-feed.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Enough for a reader who checks monthly; the full list is /api/cases.json. */
const FEED_LENGTH = 50;

export const GET: APIRoute = async () => {
  const latest = await getLatestCases(FEED_LENGTH);
  const xml = atomFeed({
    title: `${SITE_NAME} · 新收录`,
    subtitle: SITE_DESCRIPTION,
    siteUrl: absoluteUrl(SITE_URL, '/'),
    feedUrl: absoluteUrl(SITE_URL, '/feed.xml'),
    entries: latest.map((view) => ({
      title: view.data.title,
      url: absoluteUrl(SITE_URL, view.url),
      summary: view.data.summary,
      date: view.data.date.value,
      author: view.data.organization.authors?.join('、') || view.data.organization.unit,
      categories: view.data.tags,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
