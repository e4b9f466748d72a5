import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/lib/sequence.ts';

describe('neighbours', () => {
  const list = ['a', 'b', 'c'];

  it('gives the previous and next item and the position', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: 'a', next: 'c', position: 2, total: 3 });
  });

  it('does not wrap around at either end', () => {
    expect(neighbours(list, 'a')).toEqual({ previous: undefined, next: 'b', position: 1, total: 3 });
    expect(neighbours(list, 'c')).toMatchObject({ previous: 'b', next: undefined, position: 3 });
  });

  it('is undefined for a group of one or an item outside the group', () => {
    expect(neighbours(['a'], 'a')).toBeUndefined();
    expect(neighbours(list, 'z')).toBeUndefined();
  });
});
