/** Computed values that depend on each other in a circle: none of them can be worked out. */
import { lintMessage } from "../messages.js";
import type { LintCheckDefinition } from "../types.js";
import { walkRule } from "../walk.js";

const COMPUTED_PREFIX = "$computed.";

export const computedCycles: LintCheckDefinition = {
  name: "computed-cycles",
  codes: ["lint.computed.cycle"],
  run(context) {
    const { analyzer } = context;
    const edges = new Map<string, string[]>();
    for (const entry of analyzer.computed.values()) {
      const reads: string[] = [];
      walkRule(entry.site, analyzer, {
        operation({ op, args }) {
          // Inside rows too: `$computed.…` reads the root context wherever it stands.
          if (op !== "var" || typeof args[0] !== "string") return;
          if (!args[0].startsWith(COMPUTED_PREFIX)) return;
          const id = analyzer.computedIdOf(args[0].slice(COMPUTED_PREFIX.length));
          if (id !== undefined && !reads.includes(id)) reads.push(id);
        },
      });
      edges.set(entry.id, reads);
    }

    // Depth-first search; a back edge closes a cycle. Each cycle is reported once, at its first member in file order.
    const state = new Map<string, "active" | "done">();
    const stack: string[] = [];
    const reported = new Set<string>();
    const visit = (id: string): void => {
      state.set(id, "active");
      stack.push(id);
      for (const next of edges.get(id) ?? []) {
        const nextState = state.get(next);
        if (nextState === "active") {
          const cycle = stack.slice(stack.indexOf(next));
          const key = [...cycle].sort().join("\n");
          if (!reported.has(key)) {
            reported.add(key);
            const first = cycle[0] ?? next;
            const entry = analyzer.computed.get(first);
            if (entry) {
              context.report({
                code: "lint.computed.cycle",
                severity: "error",
                file: entry.file,
                pointer: entry.pointer,
                message: lintMessage("lint.computed.cycle", { cycle: [...cycle, first].join(" → ") }),
              });
            }
          }
        } else if (nextState === undefined) {
          visit(next);
        }
      }
      stack.pop();
      state.set(id, "done");
    };
    for (const id of edges.keys()) if (!state.has(id)) visit(id);
  },
};
