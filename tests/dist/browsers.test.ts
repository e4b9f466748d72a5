// Every script the built site ships runs in the oldest browsers it serves (src/config/browsers.ts:
// Chrome 87, Safari 14, Firefox 115), checked in its text, since no such browser is on this
// machine: its syntax is ES2021 at most, it has no regular expression that looks behind, and it
// calls no function those browsers lack. tests/browser/older-browsers.test.ts takes those
// functions away in Chromium and searches, reads and lists. Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt } from './support.ts';

beforeAll(assertBuilt);

/** Vite's bundles, Pagefind's script and worker, and the service worker (a classic script). */
function shippedScripts(): { file: string; text: string; sourceType: 'module' | 'script' }[] {
  const scripts = ['_astro', 'pagefind'].flatMap((folder) =>
    readdirSync(path.join(DIST, folder))
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ file: `${folder}/${name}`, sourceType: 'module' as const })),
  );
  return [...scripts, { file: 'sw.js', sourceType: 'script' as const }].map((script) => ({ ...script, text: readFileSync(path.join(DIST, script.file), 'utf8') }));
}

/**
 * Functions the oldest browsers served lack (the first version of each that has it), as they are
 * called in minified code. Feature-tested uses (Intl.Segmenter, FinalizationRegistry, the service
 * worker's addRoutes) are not listed: those scripts work without them. A method call is a dot
 * not after another dot: `...at(e)` spreads what a minified function named `at` returns.
 */
const NEWER_FUNCTIONS: [RegExp, string][] = [
  [/(?<!\.)\.at\(/, 'Array.prototype.at / String.prototype.at (Chrome 92, Safari 15.4)'],
  [/\bObject\.hasOwn\(/, 'Object.hasOwn (Chrome 93, Safari 15.4)'],
  [/\bstructuredClone\(/, 'structuredClone (Chrome 98, Safari 15.4)'],
  [/(?<!\.)\.findLast(Index)?\(/, 'Array.prototype.findLast (Chrome 97, Safari 15.4)'],
  [/(?<!\.)\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy methods (Chrome 110, Safari 16)'],
  [/\b(Object|Map)\.groupBy\(/, 'Object.groupBy (Chrome 117, Safari 17.4)'],
  [/\bPromise\.withResolvers\(/, 'Promise.withResolvers (Chrome 119, Safari 17.4)'],
  [/\bURL\.(canParse|parse)\(/, 'URL.canParse / URL.parse (Chrome 120, Safari 17)'],
  [/\bRegExp\.escape\(/, 'RegExp.escape (Chrome 136, Safari 18.2)'],
  [/\bArray\.fromAsync\(/, 'Array.fromAsync (Chrome 121, Safari 16.4)'],
  [/(?<!\.)\.(isWellFormed|toWellFormed)\(/, 'well-formed Unicode strings (Chrome 111, Safari 16.4)'],
  [/(?<!\.)\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, 'Set methods (Chrome 122, Safari 17)'],
  [/\bAbortSignal\.(timeout|any)\(/, 'AbortSignal.timeout / any (Chrome 103, Safari 16)'],
  [/\bIterator\.from\(/, 'iterator helpers (Chrome 122, Safari 18.4)'],
];

describe('scripts for the oldest browsers served (src/config/browsers.ts)', () => {
  it('are ES2021 at most: all three read all of it', () => {
    const unreadable = shippedScripts().flatMap(({ file, text, sourceType }) => {
      try {
        parse(text, { ecmaVersion: 2021, sourceType });
        return [];
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
    });
    expect(unreadable).toEqual([]);
  });

  it('have no regular expression that looks behind: before 16.4, Safari cannot read one, and the whole script fails', () => {
    const lookingBehind = shippedScripts()
      .filter(({ text }) => /\(\?<[=!]/.test(text))
      .map(({ file }) => file);
    expect(lookingBehind).toEqual([]);
  });

  it('are read for calls of those functions in minified code, not for a spread of a function named like one', () => {
    const found = (code: string) => NEWER_FUNCTIONS.filter(([call]) => call.test(code)).map(([, what]) => what.split(' ')[0]);
    expect(found('n=e.at(-1)')).toEqual(['Array.prototype.at']);
    expect(found('a.b.findLast(x=>x)')).toEqual(['Array.prototype.findLast']);
    expect(found('return[e,...t?[t]:[],...at(e)]')).toEqual([]);
  });

  it('call no function those browsers lack', () => {
    const calls = shippedScripts().flatMap(({ file, text }) => NEWER_FUNCTIONS.filter(([call]) => call.test(text)).map(([, what]) => `${file}: ${what}`));
    expect(calls).toEqual([]);
  });

  it('are what the check reads: bundles, Pagefind and the service worker', () => {
    const files = shippedScripts().map(({ file }) => file);
    expect(files.filter((file) => file.startsWith('_astro/')).length).toBeGreaterThan(5);
    expect(files.filter((file) => /^pagefind\/pagefind(-worker)?\.[0-9a-f]+\.js$/.test(file))).toHaveLength(2);
    expect(files).toContain('sw.js');
  });
});
