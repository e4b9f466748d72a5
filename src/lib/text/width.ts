const FULL_WIDTH_ALPHANUMERIC = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/**
 * Full-width digits and Latin letters (２０１９年, ＧＢ, common in text pasted from official
 * documents) as their ASCII forms, one UTF-16 unit for one, so offsets in the result are offsets
 * in `text`. A query is NFKC-normalised, which folds them (src/lib/query.ts): the index and the
 * highlight on a case page fold the page's text the same way.
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALPHANUMERIC, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
