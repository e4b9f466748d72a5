import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_STEP_NODE_FLAGS } from '../../../src/lib/build/index-step-flags.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The size of Node's young generation (MiB) after churning through short-lived strings, as rewriting pages does. */
function youngGenerationAfterChurn(flags: readonly string[]): number {
  const source = `
    import v8 from 'node:v8';
    let kept = [];
    for (let i = 0; i < 2e6; i++) { kept.push('页'.repeat(50) + i); if (kept.length > 2e4) kept = []; }
    console.log(v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20);`;
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', source], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim());
}

describe('the index step’s Node flags', () => {
  it('are the ones package.json’s build script runs the index step with', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.build).toContain(`&& node ${INDEX_STEP_NODE_FLAGS.join(' ')} scripts/index-site.ts`);
  });

  it('keep the young generation small where Node would let it grow', () => {
    const capped = youngGenerationAfterChurn(INDEX_STEP_NODE_FLAGS);
    expect(capped).toBeLessThanOrEqual(16);
    expect(youngGenerationAfterChurn([])).toBeGreaterThan(capped);
  });
});
