// Node's flags for the index step, the build's second process (`node <flags> scripts/index-site.ts`
// in package.json's build script; `npm run bench` runs it with the same flags).
//
// Why: the build's peak memory is this step's, and most of it is Pagefind writing the index in
// its own process, while this one waits. Node lets its young generation grow to 64–128 MB of
// semi-spaces here (V8's default for a large heap), which reading and rewriting 5,000 pages fills
// and then keeps: at 5,000 entries this process held 207–235 MiB while Pagefind peaked, against
// 86 MiB when it started. Capped at 8 MB a semi-space, it held 109 MiB and the step's peak (both
// processes) fell from 2,889 / 2,900 to 2,770 MiB, in the same time (33 s); at 16 MB, 125 MiB and
// 2,804 MiB (`npm run bench -- --sizes 5000 --keep`, then each setting on the kept site).
export const INDEX_STEP_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
