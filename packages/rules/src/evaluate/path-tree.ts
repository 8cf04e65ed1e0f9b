/**
 * Paths below one object as a tree of keys, so that a walk finds what a path names by a key lookup
 * instead of comparing pointers: masking removes the fields that do not apply in one pass
 * (./part-views.ts), completeness skips them (./completeness.ts).
 */

/** `true`: the value at that key, and everything below it. */
export interface PathTree {
  readonly [key: string]: PathTree | true;
}

type Building = { [key: string]: Building | true };

export function pathTree(paths: Iterable<readonly string[]>): PathTree {
  const tree = Object.create(null) as Building;
  for (const path of paths) {
    let node = tree;
    for (let i = 0; i < path.length; i += 1) {
      const key = path[i] as string;
      const below = node[key];
      // A value named whole takes everything below it along.
      if (below === true) break;
      if (i === path.length - 1) {
        node[key] = true;
        break;
      }
      const next = below ?? (Object.create(null) as Building);
      node[key] = next;
      node = next;
    }
  }
  return tree;
}

/** What `tree` says of `key`: all of it (`true`), what lies below it, or nothing (undefined). */
export const pathsBelow = (tree: PathTree | undefined, key: string): PathTree | true | undefined => (tree !== undefined && Object.hasOwn(tree, key) ? tree[key] : undefined);
