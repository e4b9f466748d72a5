import { normalizeForMatch } from './text/normalize-for-match.ts';

/** A source record's body is its cleaned article, one paragraph per block. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean);
}

/**
 * Index of the paragraph that contains `quote` (compared after normalizeForMatch, the same
 * normalisation `npm run check` uses), or -1. Figures link to that paragraph's anchor.
 */
export function findQuoteParagraph(paragraphs: readonly string[], quote: string): number {
  const needle = normalizeForMatch(quote);
  if (!needle) return -1;
  return paragraphs.findIndex((paragraph) => normalizeForMatch(paragraph).includes(needle));
}
