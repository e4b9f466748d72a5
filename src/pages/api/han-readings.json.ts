// /api/han-readings.json: pinyin → common characters with that reading, for correcting a character
// the input method picked wrongly (src/lib/homophones.ts): GB 2312's, and any other the library's
// titles, summaries, topics and region names use, so that a wrong pick can be read back as any of
// the library's words.
import type { APIRoute } from 'astro';
import { getCases } from '../../content.ts';
import { gb2312Characters, hanReadingTable } from '../../lib/build/han-readings.ts';

export const GET: APIRoute = async () => {
  const chars = new Set(gb2312Characters());
  for (const view of await getCases()) {
    const texts = [view.data.title, view.data.summary, ...view.tags.map((tag) => tag.name), ...view.region.path.map((part) => part.name)];
    for (const char of texts.join('').match(/\p{Script=Han}/gu) ?? []) chars.add(char);
  }
  return new Response(JSON.stringify(hanReadingTable([...chars])), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
