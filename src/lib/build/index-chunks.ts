// How the words of the search index are cut into the files (chunks) a search downloads.
//
// A search downloads, for each of its terms, the whole chunk that holds the term. Pagefind 1.6
// cuts its sorted words into chunks of about 20,000 word positions, a constant in its source. Our
// bigram terms are few and common (小区 is on four of five synthetic pages), so a term is often a
// large word in a chunk of other large words: at 5,000 entries 小区党组织书记's six terms fetched
// six chunks of 273 KB (gzip) that hold 184 KB of the six words themselves. Smaller chunks, and a
// chunk of its own for a large word, cut a search's download to little more than its words. Each
// chunk costs a line in the index's metadata, which every first search downloads, so chunks stay
// as large as they can without carrying much beside a large word.
//
// The chunks are cut from Pagefind's own: each word's bytes are copied as Pagefind encoded them
// (CBOR), only the chunks' framing and the metadata's list of chunks are written anew. A CBOR
// library would decode every one of the index's numbers into JavaScript arrays (2.7–6.1 s at
// 5,000 entries); reading only the heads of the items finds where each word ends in 0.3 s.

/** A chunk's size measure: the bytes of its words before gzip. */
export interface ChunkSizes {
  /** A chunk is closed once its words reach this many bytes. */
  bytes: number;
  /** A word of at least this many bytes is a chunk of its own. */
  ownChunk: number;
}

/** Sizes chosen at 5,000 entries: the fewest bytes over the benchmark's queries, metadata included (docs/search.md). */
const CHOSEN = { pages: 5_000, bytes: 32 * 1024, ownChunk: 8 * 1024 };

/**
 * The sizes for an index of `pages` pages. A word's entry grows with the pages it is on, so the
 * size that earns a word a chunk of its own grows with the library: the same words (about the
 * same share of pages) stand alone at any size, and their lines in the metadata grow no faster
 * than the index. The other chunks grow with the square root of the library, the balance between
 * the metadata (a line per chunk) and what a search downloads beside its words (a chunk's size):
 * at 20,000 entries twice the size chosen at 5,000, which measured within 1 % of the best there
 * and kept the metadata within 6 KB of what chunks of Pagefind's size give. Smaller libraries keep the sizes
 * chosen at 5,000.
 */
export function chunkSizesFor(pages: number): ChunkSizes {
  const growth = Math.max(1, pages / CHOSEN.pages);
  return { bytes: Math.round(CHOSEN.bytes * Math.sqrt(growth)), ownChunk: Math.round(CHOSEN.ownChunk * growth) };
}

/** One word of a chunk: the word, and its whole CBOR item (the word, its pages and positions). */
export interface IndexWord {
  word: string;
  item: Uint8Array;
}

const ARRAY = 4;
const TEXT = 3;

class UnexpectedFormat extends Error {
  constructor(what: string) {
    super(`Pagefind 索引的格式与 Pagefind 1.6 的不同（${what}）：升级 Pagefind 后请核对 src/lib/build/index-chunks.ts`);
  }
}

/** The head of the CBOR item at `at`: its major type, its argument (a number or a length), where its content starts. */
function readHead(bytes: Uint8Array, at: number): { major: number; argument: number; next: number } {
  const initial = bytes[at];
  if (initial === undefined) throw new UnexpectedFormat(`第 ${at} 字节处数据意外结束`);
  const major = initial >> 5;
  const info = initial & 31;
  if (info < 24) return { major, argument: info, next: at + 1 };
  const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
  if (!width) throw new UnexpectedFormat(`第 ${at} 字节处的长度写法 ${info}`);
  let argument = 0;
  for (let i = 1; i <= width; i++) argument = argument * 256 + bytes[at + i]!;
  return { major, argument, next: at + 1 + width };
}

/** Where the CBOR item at `at` ends. Pagefind writes only integers, strings and arrays of definite length. */
function skipItem(bytes: Uint8Array, at: number): number {
  const { major, argument, next } = readHead(bytes, at);
  if (major === 0 || major === 1) return next;
  if (major === 2 || major === TEXT) return next + argument;
  if (major === ARRAY) {
    let end = next;
    for (let i = 0; i < argument; i++) end = skipItem(bytes, end);
    return end;
  }
  throw new UnexpectedFormat(`第 ${at} 字节处的数据类型 ${major}`);
}

function readArrayHead(bytes: Uint8Array, at: number, what: string): { length: number; next: number } {
  const head = readHead(bytes, at);
  if (head.major !== ARRAY) throw new UnexpectedFormat(`${what}不是数组`);
  return { length: head.argument, next: head.next };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(bytes: Uint8Array, at: number, what: string): { text: string; next: number } {
  const head = readHead(bytes, at);
  if (head.major !== TEXT) throw new UnexpectedFormat(`${what}不是字符串`);
  return { text: utf8.decode(bytes.subarray(head.next, head.next + head.argument)), next: head.next + head.argument };
}

/** The head of an item of `major` type with `argument`, in the shortest form, as Pagefind's encoder writes it. */
function writeHead(major: number, argument: number): Uint8Array {
  if (argument < 24) return Uint8Array.of((major << 5) | argument);
  if (argument < 0x100) return Uint8Array.of((major << 5) | 24, argument);
  if (argument < 0x10000) return Uint8Array.of((major << 5) | 25, argument >> 8, argument & 0xff);
  return Uint8Array.of((major << 5) | 26, argument >>> 24, (argument >> 16) & 0xff, (argument >> 8) & 0xff, argument & 0xff);
}

function writeText(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([writeHead(TEXT, bytes.length), bytes]);
}

/** The words of a chunk file's content (after its signature): `[[word, pages…], …]` wrapped in a one-item array. */
export function readChunkWords(chunk: Uint8Array): IndexWord[] {
  const outer = readArrayHead(chunk, 0, '索引分片');
  if (outer.length !== 1) throw new UnexpectedFormat(`索引分片有 ${outer.length} 项`);
  const list = readArrayHead(chunk, outer.next, '分片的词表');
  const words: IndexWord[] = [];
  let at = list.next;
  for (let i = 0; i < list.length; i++) {
    const entry = readArrayHead(chunk, at, '词条');
    const end = skipItem(chunk, at);
    words.push({ word: readText(chunk, entry.next, '词').text, item: chunk.subarray(at, end) });
    at = end;
  }
  if (at !== chunk.length) throw new UnexpectedFormat('索引分片末尾有多余数据');
  return words;
}

/** A chunk file's content (before its signature) holding `words`, framed as Pagefind frames it. */
export function writeChunk(words: readonly IndexWord[]): Uint8Array {
  return Buffer.concat([writeHead(ARRAY, 1), writeHead(ARRAY, words.length), ...words.map((word) => word.item)]);
}

/** Cuts words, in Pagefind's sorted order, into chunks (see the module's comment). */
export function splitIntoChunks(words: readonly IndexWord[], sizes: ChunkSizes): IndexWord[][] {
  const chunks: IndexWord[][] = [];
  let chunk: IndexWord[] = [];
  let bytes = 0;
  const close = () => {
    if (chunk.length) chunks.push(chunk);
    chunk = [];
    bytes = 0;
  };
  for (const word of words) {
    const large = word.item.length >= sizes.ownChunk;
    if (large) close();
    chunk.push(word);
    bytes += word.item.length;
    if (large || bytes >= sizes.bytes) close();
  }
  close();
  return chunks;
}

/** A chunk as the index's metadata lists it: the range of words it holds, and its file's name. */
export interface ChunkEntry {
  from: string;
  to: string;
  hash: string;
}

/**
 * The word range of each chunk as Pagefind's metadata names it: between neighbouring chunks, the
 * last word of one and the first of the next are cut to their common start plus one character
 * (Pagefind's own `get_prefixes`), which is what its search compares a term against.
 */
export function chunkBounds(chunks: readonly (readonly IndexWord[])[]): { from: string; to: string }[] {
  const bounds = chunks.map((chunk) => ({ from: chunk[0]!.word, to: chunk.at(-1)!.word }));
  for (let i = 0; i + 1 < bounds.length; i++) {
    // By characters, as Pagefind's Rust does, not UTF-16 units.
    const [last, first] = [[...bounds[i]!.to], [...bounds[i + 1]!.from]];
    let common = 0;
    while (common < last.length && common < first.length && last[common] === first[common]) common++;
    bounds[i]!.to = last.slice(0, common + 1).join('');
    bounds[i + 1]!.from = first.slice(0, common + 1).join('');
  }
  return bounds;
}

/** Where the list of chunks is in the index's metadata: `[version, pages, chunks, filters, sorts, …]`. */
const META_CHUNKS = 2;

/** The chunks the metadata (its content after the signature) lists, and where that list is. */
function locateMetaChunks(meta: Uint8Array): { chunks: ChunkEntry[]; start: number; end: number } {
  const outer = readArrayHead(meta, 0, '索引元数据');
  if (outer.length <= META_CHUNKS) throw new UnexpectedFormat(`索引元数据只有 ${outer.length} 项`);
  let start = outer.next;
  for (let i = 0; i < META_CHUNKS; i++) start = skipItem(meta, start);
  const list = readArrayHead(meta, start, '元数据的分片表');
  const chunks: ChunkEntry[] = [];
  let at = list.next;
  for (let i = 0; i < list.length; i++) {
    const entry = readArrayHead(meta, at, '分片表的一项');
    if (entry.length !== 3) throw new UnexpectedFormat(`分片表的一项有 ${entry.length} 个值`);
    const from = readText(meta, entry.next, '分片的起始词');
    const to = readText(meta, from.next, '分片的结束词');
    const hash = readText(meta, to.next, '分片的文件名');
    chunks.push({ from: from.text, to: to.text, hash: hash.text });
    at = hash.next;
  }
  return { chunks, start, end: at };
}

/** How many pages the index's metadata lists. */
export function readMetaPageCount(meta: Uint8Array): number {
  const outer = readArrayHead(meta, 0, '索引元数据');
  return readArrayHead(meta, skipItem(meta, outer.next), '元数据的页面表').length;
}

/** The chunks the index's metadata lists. */
export function readMetaChunks(meta: Uint8Array): ChunkEntry[] {
  return locateMetaChunks(meta).chunks;
}

/** The metadata with its list of chunks replaced by `chunks`; everything else byte for byte as it was. */
export function replaceMetaChunks(meta: Uint8Array, chunks: readonly ChunkEntry[]): Uint8Array {
  const { start, end } = locateMetaChunks(meta);
  const list = chunks.map((chunk) => Buffer.concat([writeHead(ARRAY, 3), writeText(chunk.from), writeText(chunk.to), writeText(chunk.hash)]));
  return Buffer.concat([meta.subarray(0, start), writeHead(ARRAY, chunks.length), ...list, meta.subarray(end)]);
}
