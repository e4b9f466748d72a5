// /api/pinyin.json: pinyin → the library's words, for queries typed in pinyin (src/lib/pinyin-query.ts).
import type { APIRoute } from 'astro';
import { getCases } from '../../content.ts';
import { pinyinVocabulary } from '../../lib/build/pinyin-vocabulary.ts';
import { shortRegionName } from '../../lib/regions.ts';
import { SYNONYM_GROUPS } from '../../lib/synonyms.ts';

export const GET: APIRoute = async () => {
  const documents = (await getCases()).map((view) => {
    const regionNames = view.region.path.map((part) => part.name);
    return {
      texts: [view.data.title, view.data.summary],
      words: [...view.tags.map((tag) => tag.name), ...regionNames, ...regionNames.flatMap((name) => shortRegionName(name) ?? [])],
    };
  });
  return new Response(JSON.stringify(pinyinVocabulary(documents, SYNONYM_GROUPS.flat())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
