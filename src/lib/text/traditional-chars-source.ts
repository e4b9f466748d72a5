// Node-side source of src/lib/traditional-chars.ts (see scripts/generate-traditional-chars.ts).
import * as OpenCC from 'opencc-js/t2cn';

export function traditionalCharsFromOpenCC(): string {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  let chars = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    if (convert(char) !== char) chars += char;
  }
  return chars;
}
