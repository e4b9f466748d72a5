// Wires the content rules and the search index into `astro build`, so that no build, however it
// is started, can publish content that `npm run check` rejects or ship an incomplete index.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check/check-content.ts';
import { formatFinding } from '../lib/check/finding.ts';
import type { CaseData } from '../schemas/case.ts';
import { caseOgCard, ogTextOf } from '../lib/og-cards.ts';
import { ogImageSvg } from '../lib/og-image.ts';
import { ogRenderer } from '../lib/build/og-render.ts';
import { readCaseSlugs } from '../lib/vocabulary.ts';
import { INDEX_AFTER_BUILD_ENV, indexAndCount } from '../lib/build/finish-site.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../config/site.ts';
import { hostHeaders } from '../lib/build/host-headers.ts';

export function contentGate(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'anliku:content-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'preview') return;
        const started = performance.now();
        const cases: CaseData[] = [];
        const findings = checkContent({ root }, { onCase: (_slug, data) => cases.push(data) });
        logger.info(`内容检查：${readCaseSlugs().length} 个条目，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
        if (findings.length) {
          for (const finding of findings) logger.error(formatFinding(finding));
          throw new Error(`内容检查发现 ${findings.length} 个问题（见上），已停止。修改后运行 npm run check 复查。`);
        }
        // The preview images need only the frontmatter: start drawing them on worker threads now,
        // while Astro reads the content and bundles the pages (src/lib/build/og-render.ts).
        if (command === 'build') {
          const cards = cases.map(caseOgCard);
          void ogRenderer().prerender(cards.map(ogImageSvg), ogTextOf(cards));
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        writeFileSync(path.join(distDir, '_headers'), hostHeaders(CONTENT_SECURITY_POLICY));
        if (process.env[INDEX_AFTER_BUILD_ENV]) logger.info('搜索索引在 astro build 结束后单独建立（npm run build）');
        else await indexAndCount(distDir, (line) => logger.info(line));
      },
    },
  };
}
