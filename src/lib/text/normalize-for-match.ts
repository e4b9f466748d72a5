// How a figure's quote is matched against its source: layout (whitespace, line breaks) and the
// width of , ; : ! ? ( ) do not count; every other character must be the same.
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

export function normalizeForMatch(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/gu, '').replace(/[,;:!?()]/g, (c) => FULL_WIDTH[c]!);
}
