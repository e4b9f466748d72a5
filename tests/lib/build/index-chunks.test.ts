import { describe, expect, it } from 'vitest';
// An independent CBOR encoder and decoder: it writes the same shortest forms as Pagefind's
// (minicbor), so what it writes stands for Pagefind's files and what it reads checks ours.
import { decode, encode } from 'cborg';
import { chunkBounds, chunkSizesFor, readChunkWords, readMetaChunks, readMetaPageCount, replaceMetaChunks, splitIntoChunks, writeChunk, type IndexWord } from '../../../src/lib/build/index-chunks.ts';

/** A word as Pagefind encodes it: the word, then pages of [page, positions, meta positions]. */
const packedWord = (word: string, pages: number, positionsPerPage = 3): unknown[] => [
  word,
  Array.from({ length: pages }, (_, page) => [page + 1, [-25, ...Array.from({ length: positionsPerPage }, (_, i) => 40 + 300 * i)], []]),
];

/** Words whose items have the given sizes in bytes, in sorted order (splitting looks only at the sizes). */
const wordsOfSizes = (...sizes: number[]): IndexWord[] => sizes.map((size, i) => ({ word: `w${String(i).padStart(3, '0')}`, item: new Uint8Array(size) }));

describe('readChunkWords', () => {
  it('reads each word of a chunk with its whole item, and writeChunk frames them back byte for byte', () => {
    const words = [packedWord('0fbrdfnjr', 3), packedWord('0fbrdgrxb', 200, 40), packedWord('党建', 1)];
    const chunk = encode([words]);
    const read = readChunkWords(chunk);
    expect(read.map((word) => word.word)).toEqual(['0fbrdfnjr', '0fbrdgrxb', '党建']);
    expect(read.map((word) => decode(word.item))).toEqual(words);
    expect(Buffer.from(writeChunk(read)).equals(Buffer.from(chunk))).toBe(true);
  });

  it('frames a chunk of more than 255 words as Pagefind does', () => {
    const words = Array.from({ length: 300 }, (_, i) => packedWord(`w${i}`, 1));
    const chunk = encode([words]);
    expect(Buffer.from(writeChunk(readChunkWords(chunk))).equals(Buffer.from(chunk))).toBe(true);
  });

  it('refuses an index written in another format (another Pagefind version), naming what to check', () => {
    expect(() => readChunkWords(encode({ words: [] }))).toThrow(/Pagefind 索引的格式与 Pagefind 1\.6 的不同.*index-chunks\.ts/);
    expect(() => readChunkWords(encode([[packedWord('a', 1)], 'more']))).toThrow(/分片有 2 项/);
    expect(() => readChunkWords(encode([[[7, []]]]))).toThrow(/词不是字符串/);
    expect(() => readChunkWords(encode([[['a', [[1, [0.5]]]]]]))).toThrow(/数据类型 7/);
    expect(() => readChunkWords(encode([[packedWord('a', 1)]]).subarray(0, 5))).toThrow(/数据意外结束/);
  });
});

describe('splitIntoChunks', () => {
  const sizes = { bytes: 1000, ownChunk: 400 };

  it('closes a chunk once its words reach the size, keeping every word once and in order', () => {
    const words = wordsOfSizes(300, 300, 300, 300, 100, 100);
    const chunks = splitIntoChunks(words, sizes);
    expect(chunks.flat()).toEqual(words);
    expect(chunks.map((chunk) => chunk.length)).toEqual([4, 2]);
  });

  it('gives a large word a chunk of its own, so that searching for it downloads only it', () => {
    const words = wordsOfSizes(100, 100, 2000, 100, 500, 100);
    const chunks = splitIntoChunks(words, sizes);
    expect(chunks.map((chunk) => chunk.map((word) => word.word))).toEqual([['w000', 'w001'], ['w002'], ['w003'], ['w004'], ['w005']]);
  });

  it('makes no empty chunk', () => {
    expect(splitIntoChunks([], sizes)).toEqual([]);
    expect(splitIntoChunks(wordsOfSizes(2000, 2000), sizes).map((chunk) => chunk.length)).toEqual([1, 1]);
  });
});

describe('chunkSizesFor', () => {
  it('keeps the sizes chosen at 5,000 entries for a smaller library', () => {
    expect(chunkSizesFor(23)).toEqual({ bytes: 32 * 1024, ownChunk: 8 * 1024 });
    expect(chunkSizesFor(5_000)).toEqual({ bytes: 32 * 1024, ownChunk: 8 * 1024 });
  });

  it('grows the size for a chunk of its own with the library, and the other chunks with its square root', () => {
    expect(chunkSizesFor(20_000)).toEqual({ bytes: 64 * 1024, ownChunk: 32 * 1024 });
    expect(chunkSizesFor(45_000)).toEqual({ bytes: 96 * 1024, ownChunk: 72 * 1024 });
  });
});

describe('chunkBounds', () => {
  const chunksOf = (...words: string[][]) => words.map((chunk) => chunk.map((word) => ({ word, item: new Uint8Array() })));

  it('cuts neighbouring bounds to their common start plus one character, as Pagefind names them', () => {
    expect(chunkBounds(chunksOf(['apple'], ['apricot', 'banana'], ['peach']))).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });

  it('keeps the whole word where one bound starts the other (cath, cathartic)', () => {
    expect(chunkBounds(chunksOf(['cat', 'cath'], ['cathartic']))).toEqual([
      { from: 'cat', to: 'cath' },
      { from: 'catha', to: 'cathartic' },
    ]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(chunkBounds(chunksOf(['𠀀甲'], ['𠀀乙']))).toEqual([
      { from: '𠀀甲', to: '𠀀甲' },
      { from: '𠀀乙', to: '𠀀乙' },
    ]);
  });
});

describe('replaceMetaChunks', () => {
  const meta = ['1.6.0', [['en_a2daab2', 1731, ''], ['en_e49c953', 847, '']], [['0', '0f', 'en_d164489'], ['0g', 'z', 'en_73b7b28']], [['kind', 'en_dcd75ab']], [], ['region', 'title']];

  it('reads how many pages the metadata lists', () => {
    expect(readMetaPageCount(encode(meta))).toBe(2);
  });

  it('reads the chunks the metadata lists', () => {
    expect(readMetaChunks(encode(meta))).toEqual([
      { from: '0', to: '0f', hash: 'en_d164489' },
      { from: '0g', to: 'z', hash: 'en_73b7b28' },
    ]);
  });

  it('replaces the list of chunks and leaves every other part as it was', () => {
    const chunks = [
      { from: '0', to: '0d', hash: 'en_1111111' },
      { from: '0e', to: '0f', hash: 'en_2222222' },
      { from: '0g', to: 'z', hash: 'en_3333333' },
    ];
    const replaced = replaceMetaChunks(encode(meta), chunks);
    expect(decode(replaced)).toEqual([meta[0], meta[1], chunks.map(({ from, to, hash }) => [from, to, hash]), meta[3], meta[4], meta[5]]);
    expect(Buffer.from(replaceMetaChunks(replaced, readMetaChunks(encode(meta)))).equals(Buffer.from(encode(meta)))).toBe(true);
  });

  it('refuses metadata without a list of chunks', () => {
    expect(() => readMetaChunks(encode(['1.6.0', []]))).toThrow(/索引元数据只有 2 项/);
    expect(() => readMetaChunks(encode(['1.6.0', [], [['0', 'z']]]))).toThrow(/分片表的一项有 2 个值/);
  });
});
