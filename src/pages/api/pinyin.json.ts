// /api/pinyin.json: pinyin → the library's words, for queries typed in pinyin (src/lib/pinyin-query.ts).
import type { APIRoute } from 'astro';
import { getCases } from '../../content.ts';
import { pinyinVocabulary } from '../../lib/build/pinyin-vocabulary.ts';
import { regionNamesTyped } from '../../lib/region-names.ts';
import { SYNONYM_GROUPS } from '../../lib/synonyms.ts';

export const GET: APIRoute = async () => {
  const documents = (await getCases()).map((view) => {
    return {
      texts: [view.data.title, view.data.summary],
      // A region as readers type it: 鸠江区, 鸠江; 科尔沁左翼中旗, 科左中旗.
      words: [...view.tags.map((tag) => tag.name), ...view.region.path.flatMap((part) => regionNamesTyped(part.name))],
    };
  });
  return new Response(JSON.stringify(pinyinVocabulary(documents, SYNONYM_GROUPS.flat())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
