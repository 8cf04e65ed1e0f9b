/** Duplicate ids: the first definition wins, every later one is a finding that names the first. */
import { message } from "../locales/all.js";
import type { CheckContext } from "./context.js";

export interface IdRegistry {
  /** Registers `id` defined at `file` `pointer` (the pointer of its `id` key); reports a duplicate. */
  add(id: string, file: string, pointer: string): void;
  has(id: string): boolean;
}

export function idRegistry(context: CheckContext, kind: string): IdRegistry {
  const first = new Map<string, { file: string; pointer: string }>();
  return {
    add(id, file, pointer) {
      const earlier = first.get(id);
      if (earlier) {
        context.report("duplicate-id", file, pointer, message("duplicateId", { kind, id, first: context.where(earlier.file, earlier.pointer) }));
      } else {
        first.set(id, { file, pointer });
      }
    },
    has: (id) => first.has(id),
  };
}
