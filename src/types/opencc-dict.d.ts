// opencc-js publishes its dictionaries as modules (`export default "source replacement|…"`)
// without type declarations.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
