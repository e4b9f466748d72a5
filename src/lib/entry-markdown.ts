// Entries are written in MDX, but after `npm run check` their bodies hold nothing that needs MDX:
// no imports, exports or expressions, no HTML, and only the components of ALLOWED_COMPONENTS
// (src/lib/check/mdx-safety.ts), each as a block of its own lines. So the build renders a body as
// plain Markdown, with each component replaced by the HTML it stands for; Markdown passes HTML
// blocks through and parses the lines between them as Markdown, as MDX does with a component's
// children. Why not MDX: compiling every entry into a JavaScript module of its own cost half the
// build time and memory at 5,000 entries (README, “Stack note”).

/** The class of the boxed note (src/styles/global.css). */
const NOTE_BOX_CLASS = 'note-box';

/** The only spellings of the component's tags that the check lets through (src/lib/check/mdx-safety.ts). */
export const ASIDE_OPEN = /^<Aside(?:\s+title="([^"]*)")?\s*>[ \t]*$/;
export const ASIDE_CLOSE = /^<\/Aside>[ \t]*$/;

/** `&` is left alone: a character reference in the title (&amp;) means in HTML what it meant in MDX. */
function escapeHtml(text: string): string {
  return text.replace(/[<>]/g, (char) => (char === '<' ? '&lt;' : '&gt;'));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A checked entry body as Markdown: `<Aside title="…">` and `</Aside>` lines (the only form the
 * check lets through) become the aside's HTML, with blank lines around them so that what is
 * between them is still Markdown. Lines inside fenced code blocks and all other text are kept.
 */
export function entryBodyAsMarkdown(body: string): string {
  if (!body.includes('<Aside')) return body;
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      const open = ASIDE_OPEN.exec(line);
      if (open) {
        const title = open[1] ? `<p class="${NOTE_BOX_CLASS}-title">${escapeHtml(open[1])}</p>` : '';
        return `<aside class="${NOTE_BOX_CLASS}">${title}\n`;
      }
      return ASIDE_CLOSE.test(line) ? '\n</aside>' : line;
    })
    .join('\n');
}
