// Previous/next reading order within a group of cases (same province, same tag), so a reader
// can go through one region's or one topic's cases without returning to a list.

export interface Neighbours<T> {
  previous?: T;
  next?: T;
  /** One-based position of the current item in the group, and the group's size. */
  position: number;
  total: number;
}

/**
 * The items before and after `current` in `ordered` (no wrap-around: the first has no previous).
 * Undefined when `current` is not in the list or is alone in it — nothing to navigate.
 */
export function neighbours<T>(ordered: readonly T[], current: T): Neighbours<T> | undefined {
  const index = ordered.indexOf(current);
  if (index < 0 || ordered.length < 2) return undefined;
  return { previous: ordered[index - 1], next: ordered[index + 1], position: index + 1, total: ordered.length };
}
