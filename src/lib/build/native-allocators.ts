// Memory-allocator settings for the two native programs a build runs: resvg (preview images,
// linked with mimalloc) and Pagefind (the search index, linked with jemalloc). Each reads its
// settings from the environment once, when it starts: Pagefind when its process is spawned,
// resvg when its Node addon is first loaded (src/lib/build/og-draw.ts loads it only when it
// draws, so that these settings come first).
//
// Why: on small virtual machines like the ones this project is built on, the first touch of a
// fresh 4 KB memory page costs ~11 µs (against well under 1 µs on bare metal), and both programs
// keep handing memory back to the system and touching it again:
// - resvg allocates a new 1.3 MB canvas per image: ~900 page faults, about half of its 17–20 ms
//   an image. In huge pages (2 MB, from the kernel's transparent huge pages) that is ~15 faults
//   and 12–13 ms an image (5,000 entries: 77 → 42 s of drawing, on the core beside Astro's).
// - Pagefind, at 5,000 pages, faulted 1.1 million pages for a 2.74 GB peak in 44 s (median of 8
//   runs). In huge pages, with freed memory kept for reuse (decay off) in a single arena (so that
//   what one thread frees, another reuses): 5,000 faults, 26 s (median of 9), and the peak *fell*
//   to 2.64–2.69 GB; the same index files (compared byte for byte). Measured on the way there:
//   huge pages alone, no faster; decay off alone, 33 s and 3.0 GB; both with jemalloc's default
//   8 arenas, 25 s and 3.08 GB. At 20,000 pages the index step's peak does rise, 10.2 → 11.7 GB
//   (npm run bench). Decay back on, with huge pages and one arena (2026-12-05, twice each,
//   interleaved): the step's peak 2,779 / 2,781 → 2,746 / 2,734 MiB, but 29 → 38 / 47 s.
// Where the kernel offers no transparent huge pages, only the decay and arena settings apply.
// A value already in the environment is kept, so anyone can override or disable these
// (e.g. `_RJEM_MALLOC_CONF= npm run build`).

/** jemalloc's settings, read by Pagefind from `_RJEM_MALLOC_CONF` (its jemalloc is prefixed). */
export const PAGEFIND_MALLOC_CONF = 'thp:always,metadata_thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:1';

/**
 * Adds the settings to `env` where it has none of its own. Call with `process.env` on the main
 * thread: a worker thread's `process.env` is a copy that native code never reads.
 */
export function useNativeAllocatorSettings(env: NodeJS.ProcessEnv = process.env): void {
  env._RJEM_MALLOC_CONF ??= PAGEFIND_MALLOC_CONF;
  env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1'; // read by resvg's mimalloc
}
