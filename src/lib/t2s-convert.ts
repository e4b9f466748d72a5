// opencc-js's converter, in a module of its own so that the search page downloads it (1.1 KB
// gzip, only what this uses) when a query first needs it (src/lib/t2s.ts).
import { ConverterFactory } from 'opencc-js/core';

/** `text` converted with dictionaries in OpenCC's `source replacement|…` form, longest match first. */
export function convertWith(dictionaries: string[], text: string): string {
  return dictionaries.length ? ConverterFactory(dictionaries)(text) : text;
}
