export interface SourceEntry {
  /** What a user imports: `@cluster-form/schema/node`. */
  readonly specifier: string;
  /** The source it is built from, relative to the repository: `packages/schema/src/node.ts`. */
  readonly source: string;
}

export function sourceEntries(root: string): SourceEntry[];
