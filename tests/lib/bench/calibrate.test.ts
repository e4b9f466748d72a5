import { describe, expect, it } from 'vitest';
import { calibrate, calibrationWork } from '../../../src/lib/bench/calibrate.ts';

describe('calibrationWork', () => {
  it('does the same work on every run, machine and zlib version', () => {
    // Reports compare their machine-speed figures across days: if this checksum has to change,
    // the work changed, and figures from before the change are no longer comparable (say so in
    // the report when updating it).
    expect(calibrationWork()).toBe(4017446949);
  });
});

describe('calibrate', () => {
  it('times the asked number of rounds', () => {
    const times = calibrate(2);
    expect(times).toHaveLength(2);
    for (const ms of times) expect(ms).toBeGreaterThan(0);
  });
});
