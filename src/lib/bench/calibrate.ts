// A fixed piece of single-core work that `npm run bench` times before each size, so that reports
// from different machines can be compared: these VMs differ from one boot to the next (the same
// code built 5,000 entries in 88–112 s on one VM and in 75–80 s on another, the same day), and a
// build's or a search's time means little without knowing how fast the machine was.
//
// The work is of the kinds a build does: deflate (Pagefind writes its index and fragments as
// gzip; the preview images are PNGs), JSON (Astro's content store, Pagefind's fragments) and
// string building over Chinese text (pages, search terms).
import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** Deterministic Chinese-like text: a fixed set of characters in a fixed pseudo-random order. */
function sampleText(length: number): string {
  const chars = '党建引领基层治理小区组织书记社区经济干部培训四同教育擂台赛群众服务网格志愿者红色物业在职党员进双报到工作机制乡村振兴';
  let seed = 20_261_202;
  let text = '';
  for (let i = 0; i < length; i++) {
    // A linear congruential generator: the same sequence on every machine and Node version.
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += i % 23 === 22 ? '，' : chars[seed % chars.length];
  }
  return text;
}

/**
 * One round of the work. Returns a checksum of everything it produced, so that a change to the
 * work (which would make old reports' figures incomparable) shows up in a test.
 */
export function calibrationWork(): number {
  const text = sampleText(1_200_000);
  // The checksum covers the text inflated back, not the deflated bytes, which differ between
  // zlib versions (a Node upgrade) for the same work.
  let checksum = crc32(inflateSync(deflateSync(Buffer.from(text), { level: 6 })));
  const records = Array.from({ length: 60_000 }, (_, i) => ({ id: i, title: text.slice(i, i + 12), words: text.slice(i * 3, i * 3 + 40).split('，') }));
  const parsed = JSON.parse(JSON.stringify(records)) as typeof records;
  checksum = crc32(parsed.map((record) => record.title + record.words.join('|')).join('\n'), checksum);
  return checksum;
}

/** Milliseconds of each of `rounds` rounds of calibrationWork(), after one round to warm up. */
export function calibrate(rounds = 5): number[] {
  calibrationWork();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    calibrationWork();
    times.push(performance.now() - started);
  }
  return times;
}
