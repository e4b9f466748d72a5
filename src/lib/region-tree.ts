import { lookupRegion, type RegionPart } from './regions.ts';

export interface RegionNode extends RegionPart {
  /** Entries located in this area or anywhere below it. */
  count: number;
  children: RegionNode[];
}

/**
 * Builds the province → city → county tree of the areas that have entries, with counts that
 * include every level below (an entry coded 340207 counts for 安徽省, 芜湖市 and 鸠江区).
 * Sorted by code, so provinces appear in the official order.
 */
export function buildRegionTree(regionCodes: readonly string[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>();
  const roots: RegionNode[] = [];
  for (const code of regionCodes) {
    const region = lookupRegion(code);
    if (!region) throw new Error(`Unknown region code ${code}`);
    let parent: RegionNode | undefined;
    for (const part of region.path) {
      let node = nodes.get(part.code);
      if (!node) {
        node = { ...part, count: 0, children: [] };
        nodes.set(part.code, node);
        (parent ? parent.children : roots).push(node);
      }
      node.count += 1;
      parent = node;
    }
  }
  const sortDeep = (list: RegionNode[]): RegionNode[] => {
    list.sort((a, b) => a.code.localeCompare(b.code));
    list.forEach((node) => sortDeep(node.children));
    return list;
  };
  return sortDeep(roots);
}

/** All nodes of the tree, parents before children. */
export function flattenRegionTree(tree: readonly RegionNode[]): RegionNode[] {
  return tree.flatMap((node) => [node, ...flattenRegionTree(node.children)]);
}

/** Whether an entry coded `entryCode` lies within the area `areaCode` (or is that area). */
export function isWithinRegion(entryCode: string, areaCode: string): boolean {
  return lookupRegion(entryCode)?.path.some((part) => part.code === areaCode) ?? false;
}
