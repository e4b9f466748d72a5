// Marks the searched terms in the case body when the page was opened from search results.
import { highlightRanges, highlightTerms } from '../lib/highlight.ts';

export function highlightSearchTerms(doc: Document, search: string): number {
  const terms = highlightTerms(search);
  const body = doc.querySelector('[data-pagefind-body]');
  if (!terms.length || !body) return 0;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark, button, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let marked = 0;
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, terms);
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marked += 1;
    }
  }
  if (marked && !location.hash) doc.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  return marked;
}
