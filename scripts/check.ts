// npm run check — validates all content without building; every problem in every file, one
// line each: path:line:col [rule] message (and, on GitHub Actions, as annotations on the pull
// request). Exit code 1 when anything is found.
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatAnnotation, formatFinding } from '../src/lib/check/finding.ts';
import { readCaseSlugs } from '../src/lib/vocabulary.ts';

const started = performance.now();
const findings = checkContent({ root: process.cwd() });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const finding of findings) console.log(formatFinding(finding));
// In a GitHub Actions run (.github/workflows/ci.yml), each finding also shows at its line on the pull request.
if (process.env.GITHUB_ACTIONS === 'true') for (const finding of findings) console.log(formatAnnotation(finding));
if (findings.length) {
  const files = new Set(findings.map((f) => f.file)).size;
  console.log(`\n发现 ${findings.length} 个问题，涉及 ${files} 个文件（${seconds} 秒）。修改后再次运行 npm run check。`);
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：${readCaseSlugs().length} 个条目，没有问题（${seconds} 秒）。`);
}
