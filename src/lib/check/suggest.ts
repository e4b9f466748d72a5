// "Did you mean" hints for misspelt keys, tags and slugs. The edit distance is fastest-levenshtein's,
// the one the 404 page's address suggestions use too (src/lib/mistyped-url.ts).
import { distance } from 'fastest-levenshtein';

/** The closest candidate within a distance that scales with the word's length, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor([...word].length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const away = distance(word, candidate);
    if (away <= limit && (!best || away < best.distance)) best = { candidate, distance: away };
  }
  return best?.candidate;
}
