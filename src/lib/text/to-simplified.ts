// Traditional → Simplified (mainland usage) with OpenCC's dictionaries. OpenCC converts by
// phrase, so characters that are valid in both scripts (著, 乾 in 乾坤) are left alone.
import * as OpenCC from 'opencc-js/t2cn';
import { createLocator, type TextFinding } from './text-finding.ts';
import { TRADITIONAL_CHARS } from '../traditional-chars.ts';
import { REGION_CODES, lookupRegion } from '../regions.ts';

const openccConvert = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Official place names that OpenCC would change although they are correct Simplified Chinese
 * (乾安县 and 乾县 would become 干安县, 干县): its phrase dictionary does not know them. Each name
 * is protected with and without its 县/市/区/旗 suffix.
 */
let protectedNames: string[] | undefined;
function placeNamesOpenCCWouldChange(): string[] {
  protectedNames ??= [
    ...new Set(
      REGION_CODES.map((code) => lookupRegion(code)!.name)
        .flatMap((name) => [name, name.replace(/(县|市|区|旗)$/u, '')])
        .filter((name) => name.length >= 2 && openccConvert(name) !== name),
    ),
  ].sort((a, b) => b.length - a.length);
  return protectedNames;
}

/** OpenCC's conversion, with protected place names copied back from the input. */
function convert(text: string): string {
  const output = openccConvert(text);
  if (output === text || output.length !== text.length) return output;
  let restored = output;
  for (const name of placeNamesOpenCCWouldChange()) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      restored = restored.slice(0, at) + name + restored.slice(at + name.length);
    }
  }
  return restored;
}

export interface SimplifyResult {
  text: string;
  /** How many characters were changed. */
  converted: number;
}

export function toSimplified(text: string): SimplifyResult {
  const output = convert(text);
  return { text: output, converted: countChangedChars(text, output) };
}

function countChangedChars(before: string, after: string): number {
  if (before.length === after.length) {
    let changed = 0;
    for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) changed++;
    return changed;
  }
  // A phrase conversion changed the length somewhere (rare): compare line by line instead.
  const a = before.split('\n');
  const b = after.split('\n');
  return a.reduce((sum, line, i) => sum + (line === b[i] ? 0 : countChangedChars(line, b[i] ?? '') || Math.max(line.length, (b[i] ?? '').length)), 0);
}

/** Runs of Traditional characters (what OpenCC would change), one finding per run. */
const MAY_BE_TRADITIONAL = new RegExp(`[${TRADITIONAL_CHARS}]`, 'u');

export function findTraditional(text: string): TextFinding[] {
  if (!MAY_BE_TRADITIONAL.test(text)) return []; // most text: no need to run the converter
  const output = convert(text);
  const locate = createLocator(text);
  const findings: TextFinding[] = [];
  const lines = text.split('\n');
  const outLines = output.split('\n');
  let lineOffset = 0;
  lines.forEach((line, index) => {
    const converted = outLines[index] ?? line;
    if (converted !== line) {
      if (converted.length !== line.length) {
        findings.push(finding(lineOffset, line, converted));
      } else {
        let start = -1;
        for (let i = 0; i <= line.length; i++) {
          const differs = i < line.length && line[i] !== converted[i];
          if (differs && start < 0) start = i;
          if (!differs && start >= 0) {
            findings.push(finding(lineOffset + start, line.slice(start, i), converted.slice(start, i)));
            start = -1;
          }
        }
      }
    }
    lineOffset += line.length + 1;
  });
  return findings;

  function finding(offset: number, span: string, simplified: string): TextFinding {
    return { rule: 'traditional', ...locate(offset), offset, text: span, message: `繁体字“${span}”，应为简体“${simplified}”` };
  }
}
