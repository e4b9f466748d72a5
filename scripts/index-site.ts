// The second half of `npm run build`: indexes dist/ for search and checks the counts, in a process
// of its own after `astro build` has exited (why: src/lib/build/finish-site.ts).
import path from 'node:path';
import { indexAndCount } from '../src/lib/build/finish-site.ts';

try {
  await indexAndCount(path.resolve('dist'), (line) => console.log(`[anliku:search-index] ${line}`));
} catch (error) {
  console.error(`[anliku:search-index] ${(error as Error).message}`);
  process.exit(1);
}
