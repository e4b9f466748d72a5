// Link-preview images (og:image, the picture of a WeChat or chat-app link card): the card's layout
// as an SVG string. Pure: no fonts, no files. src/lib/build/og-render.ts rasterises the SVG to PNG
// at build time with resvg and a CJK font from an npm package, so every machine draws the same.
//
// resvg lays out each <text> itself but does not wrap lines, so wrapping is done here with an
// estimate of each character's advance width (a CJK character is one em; Latin letters and digits
// are narrower). The estimate is on the wide side of the font's real advances (Noto Sans SC Bold),
// so a line never runs past the margin; at worst it ends a little early.

/**
 * Size of the drawn image, px. Link cards show it small: WeChat, QQ and DingTalk as a thumbnail,
 * Feishu and Telegram at about 400 CSS px, so 800×420 stays sharp at 2× pixel density. Drawing
 * cost goes with the pixel count (resvg spends about 25 ns a pixel even on an empty canvas): at
 * 1200×630 a card took about 40 ms, which at 5,000 entries was the largest single cost of the
 * build (about 200 CPU-seconds).
 */
export const OG_WIDTH = 800;
export const OG_HEIGHT = 420;
/** The card is laid out on a 1200×630 grid (px at 1.5× the drawn size) and scaled by the viewBox. */
export const OG_LAYOUT_WIDTH = 1200;
export const OG_LAYOUT_HEIGHT = 630;
/** The family name inside the font files that og-render.ts loads. */
export const OG_FONT_FAMILY = 'Noto Sans SC';

/** The site's light-theme colours (src/styles/global.css; a unit test keeps them in step). */
export const OG_COLORS = {
  bg: '#fbfaf7',
  text: '#1f1f1f',
  muted: '#595959',
  border: '#e3ded5',
  accent: '#b3261e',
  figure: '#8a1c16',
} as const;

export const ELLIPSIS = '…';

/** Left and right margin, px. */
const MARGIN = 80;
const CONTENT_WIDTH = OG_LAYOUT_WIDTH - 2 * MARGIN;

// ---------------------------------------------------------------------------------------------
// Measuring and wrapping

const NARROW = new Set(".,:;!|'`()[]{}-/\\\"ijlrtf");
const WIDE_LATIN = new Set('MWmw%@&');

/** Estimated advance width of one character, in em (never less than the font's real advance). */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x20) return 0.25;
  if (code < 0x7f) {
    if (WIDE_LATIN.has(ch)) return 1;
    if (NARROW.has(ch)) return 0.45;
    if (ch >= '0' && ch <= '9') return 0.6;
    if (ch >= 'A' && ch <= 'Z') return 0.78;
    return 0.66;
  }
  // Latin-1 letters, Greek, Cyrillic: proportional, at most about 0.8 em in this font.
  if (code < 0x2000) return code === 0xb7 ? 1 : 0.8;
  // General punctuation (“ ” ‘ ’ … — are full width in Noto Sans SC), CJK, full-width forms.
  return 1;
}

/** Estimated width of a string, in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** May not begin a line (closing punctuation): stays with the character before it. */
const NO_LINE_START = new Set('，。、：；！？）》」』】〕〉”’…·%,.:;!?)]}—～');
/** May not end a line (opening punctuation): goes to the next line with the character after it. */
const NO_LINE_END = new Set('（《「『【〔〈“‘([{');
/** Runs of these are one word that is never broken (numbers, Latin words, 3+N, 12345). */
const WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f+\-_.@#&'/%]/u;

/**
 * Splits text into the pieces a line may break between: single CJK characters, Latin words and
 * numbers, single spaces; closing punctuation joins the piece before it and opening punctuation
 * the piece after it (the kinsoku rules of Chinese typesetting).
 */
export function breakUnits(text: string): string[] {
  const raw: string[] = [];
  for (const ch of text.replace(/\s+/gu, ' ')) {
    const last = raw.length ? raw[raw.length - 1]! : '';
    if (WORD_CHAR.test(ch) && last && WORD_CHAR.test(last.at(-1)!) && last !== ' ') raw[raw.length - 1] = last + ch;
    else raw.push(ch);
  }
  const units: string[] = [];
  let carry = '';
  for (const unit of raw) {
    if (unit === ' ') {
      if (carry) carry += ' ';
      else units.push(' ');
      continue;
    }
    if (NO_LINE_START.has(unit[0]!) && units.length && units[units.length - 1] !== ' ' && !carry) {
      units[units.length - 1] += unit;
    } else if (NO_LINE_END.has(unit.at(-1)!) && unit.length === 1) {
      carry += unit;
    } else {
      units.push(carry + unit);
      carry = '';
    }
  }
  if (carry) units.push(carry);
  return units;
}

export interface Wrapped {
  lines: string[];
  /** True when the text did not fit in maxLines and the last line ends in an ellipsis. */
  truncated: boolean;
}

/** Shortens a line until it and a trailing ellipsis fit in maxEm. */
export function ellipsize(line: string, maxEm: number): string {
  let chars = [...line.trimEnd()];
  while (chars.length && textWidth(chars.join('') + ELLIPSIS) > maxEm) chars.pop();
  // An ellipsis after a space or an opening quote looks like a mistake.
  while (chars.length && (chars.at(-1) === ' ' || NO_LINE_END.has(chars.at(-1)!))) chars.pop();
  return chars.join('') + ELLIPSIS;
}

/**
 * Greedy line breaking of `text` into lines at most `maxEm` wide, at most `maxLines` of them; what
 * does not fit is cut and the last line ends in an ellipsis.
 */
export function wrapText(text: string, maxEm: number, maxLines: number): Wrapped {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of breakUnits(text.trim())) {
    if (unit === ' ' && !line) continue;
    if (textWidth(line + unit) <= maxEm) {
      line += unit;
      continue;
    }
    if (line.trim()) push();
    let rest = unit.trimStart();
    // A single piece wider than a whole line (a very long number or word): break it anywhere.
    while (textWidth(rest) > maxEm) {
      let fit = '';
      for (const ch of rest) {
        if (textWidth(fit + ch) > maxEm) break;
        fit += ch;
      }
      if (!fit) fit = [...rest][0]!;
      line = fit;
      push();
      rest = rest.slice(fit.length);
    }
    line = rest;
  }
  if (line.trim()) push();
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1]!, maxEm);
  return { lines: kept, truncated: true };
}

/** One line, cut with an ellipsis if it is wider than maxEm. */
export function fitLine(text: string, maxEm: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return textWidth(line) <= maxEm ? line : ellipsize(line, maxEm);
}

export interface TitleSize {
  fontSize: number;
  maxLines: number;
}

/** Largest first: a short title is set big on two lines, a long one smaller on three. */
export const TITLE_SIZES: readonly TitleSize[] = [
  { fontSize: 64, maxLines: 2 },
  { fontSize: 54, maxLines: 3 },
  { fontSize: 48, maxLines: 3 },
];

/** A last line of one or two characters (an orphan such as “军”” alone) reads badly on a card. */
const isOrphaned = (lines: string[]): boolean => lines.length > 1 && textWidth(lines[lines.length - 1]!) < 3;

/**
 * The first size at which the title fits whole, preferring one without an orphaned last line;
 * when it fits at no size, the smallest, cut with an ellipsis.
 */
export function fitTitle(title: string, widthPx: number, sizes: readonly TitleSize[] = TITLE_SIZES): Wrapped & { fontSize: number } {
  const fits = sizes
    .map((size) => ({ ...wrapText(title, widthPx / size.fontSize, size.maxLines), fontSize: size.fontSize }))
    .filter((fit) => !fit.truncated);
  const best = fits.find((fit) => !isOrphaned(fit.lines)) ?? fits[0];
  if (best) return best;
  const last = sizes[sizes.length - 1]!;
  return { ...wrapText(title, widthPx / last.fontSize, last.maxLines), fontSize: last.fontSize };
}

// ---------------------------------------------------------------------------------------------
// SVG

/** Text content and attribute values for XML; drops the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface OgCard {
  siteName: string;
  /** Right of the site name, e.g. “案例 · 第 10 号”. */
  label?: string;
  title: string;
  /** Under the title, e.g. the region’s full name. */
  subtitle?: string;
  /** One key figure, set large at the bottom. */
  figure?: { label: string; value: string; unit?: string };
  /** Bottom right, e.g. the site’s host name. */
  footer?: string;
}

export interface OgSvg {
  svg: string;
  /** Every character drawn, for the font subset. */
  text: string;
}

interface TextRun {
  x: number;
  y: number;
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'end';
  content: string;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** The card (laid out at 1200×630, drawn at OG_WIDTH × OG_HEIGHT): site name and label, title on up to three lines, subtitle, key figure, footer. */
export function ogImageSvg(card: OgCard): OgSvg {
  const runs: TextRun[] = [];
  const extra: string[] = [];
  const drawn: string[] = [];

  // Header: site name left, label right, a rule under both.
  const HEADER_Y = 96;
  const SITE_SIZE = 36;
  const LABEL_SIZE = 30;
  const siteName = fitLine(card.siteName, 560 / SITE_SIZE);
  runs.push({ x: MARGIN, y: HEADER_Y, size: SITE_SIZE, fill: OG_COLORS.accent, bold: true, content: siteName });
  if (card.label) {
    const room = CONTENT_WIDTH - textWidth(siteName) * SITE_SIZE - 40;
    runs.push({ x: OG_LAYOUT_WIDTH - MARGIN, y: HEADER_Y, size: LABEL_SIZE, fill: OG_COLORS.muted, anchor: 'end', content: fitLine(card.label, room / LABEL_SIZE) });
  }
  const RULE_Y = 132;

  // Title: the largest size at which it fits; CJK glyphs sit about 0.88 em above the baseline.
  const title = fitTitle(card.title, CONTENT_WIDTH);
  const lineHeight = title.fontSize * 1.3;
  const firstBaseline = RULE_Y + 40 + title.fontSize * 0.88;
  title.lines.forEach((line, i) => {
    runs.push({ x: MARGIN, y: round(firstBaseline + i * lineHeight), size: title.fontSize, fill: OG_COLORS.text, bold: true, content: line });
  });
  const lastBaseline = firstBaseline + (title.lines.length - 1) * lineHeight;

  if (card.subtitle) {
    const SUB_SIZE = 32;
    const y = round(lastBaseline + 64);
    extra.push(`<rect x="${MARGIN}" y="${round(y - SUB_SIZE * 0.82)}" width="6" height="${SUB_SIZE}" fill="${OG_COLORS.accent}"/>`);
    runs.push({ x: MARGIN + 20, y, size: SUB_SIZE, fill: OG_COLORS.muted, content: fitLine(card.subtitle, (CONTENT_WIDTH - 20) / SUB_SIZE) });
  }

  // Bottom row: key figure left (label above, value and unit), footer right.
  const BOTTOM_Y = 574;
  const FOOTER_SIZE = 26;
  const footer = card.footer ? fitLine(card.footer, 400 / FOOTER_SIZE) : '';
  if (footer) runs.push({ x: OG_LAYOUT_WIDTH - MARGIN, y: BOTTOM_Y, size: FOOTER_SIZE, fill: OG_COLORS.muted, anchor: 'end', content: footer });
  let figureSvg = '';
  if (card.figure) {
    const LABEL = 28;
    const UNIT = 32;
    const room = CONTENT_WIDTH - (footer ? textWidth(footer) * FOOTER_SIZE + 48 : 0);
    const unit = card.figure.unit ? fitLine(card.figure.unit, 6) : '';
    const unitPx = unit ? textWidth(unit) * UNIT + 12 : 0;
    const value = card.figure.value.trim();
    const valueSize = Math.max(36, Math.min(76, Math.floor((room - unitPx) / Math.max(textWidth(value), 1))));
    const shownValue = fitLine(value, (room - unitPx) / valueSize);
    runs.push({ x: MARGIN, y: BOTTOM_Y - 80, size: LABEL, fill: OG_COLORS.muted, content: fitLine(card.figure.label, CONTENT_WIDTH / LABEL) });
    drawn.push(shownValue, unit);
    figureSvg =
      `<text x="${MARGIN}" y="${BOTTOM_Y}" font-size="${valueSize}" font-weight="700" fill="${OG_COLORS.figure}">${escapeXml(shownValue)}` +
      (unit ? `<tspan dx="12" font-size="${UNIT}" font-weight="400" fill="${OG_COLORS.muted}">${escapeXml(unit)}</tspan>` : '') +
      `</text>`;
  }

  const textSvg = runs
    .map((run) => {
      drawn.push(run.content);
      const attrs = [`x="${run.x}"`, `y="${run.y}"`, `font-size="${run.size}"`, `fill="${run.fill}"`];
      if (run.bold) attrs.push('font-weight="700"');
      if (run.anchor) attrs.push(`text-anchor="${run.anchor}"`);
      return `<text ${attrs.join(' ')}>${escapeXml(run.content)}</text>`;
    })
    .join('');

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_LAYOUT_WIDTH} ${OG_LAYOUT_HEIGHT}">` +
    `<rect width="${OG_LAYOUT_WIDTH}" height="${OG_LAYOUT_HEIGHT}" fill="${OG_COLORS.bg}"/>` +
    `<rect width="${OG_LAYOUT_WIDTH}" height="14" fill="${OG_COLORS.accent}"/>` +
    `<rect x="${MARGIN}" y="${RULE_Y}" width="${CONTENT_WIDTH}" height="2" fill="${OG_COLORS.border}"/>` +
    extra.join('') +
    `<g font-family="${OG_FONT_FAMILY}">${textSvg}${figureSvg}</g>` +
    `</svg>`;
  return { svg, text: drawn.join('') };
}

/** Every character a card may draw (its strings, an ellipsis), whatever the line breaks. */
export function ogCardText(card: OgCard): string {
  const { figure } = card;
  return [card.siteName, card.label, card.title, card.subtitle, figure?.label, figure?.value, figure?.unit, card.footer, ELLIPSIS].filter(Boolean).join('');
}
