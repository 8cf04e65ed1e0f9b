/**
 * A criterion result's `explanation` built when first read, then kept: an own, enumerable
 * accessor, so that reading, spreading, `structuredClone` and JSON all give the explanation, while
 * an evaluation whose explanations nobody reads never builds them. Assigning one replaces it, as
 * for a data property.
 *
 * Made per criterion per evaluation, so it must cost little: the getter and setter are shared by
 * every result (an accessor with closures of its own costs about 1 µs per object in V8), and each
 * result's pending build is kept in private fields. The base class returns the caller's object
 * literal, so the private fields are added to that plain object: it keeps `Object.prototype`, and
 * the fields are invisible to `Object.keys`, spreading, JSON and `structuredClone`.
 */
import type { Explanation } from "../types.js";

/** Returns the object it is given, so that a subclass's constructor adds its private fields to that object. */
class Carrier {
  constructor(target: object) {
    return target;
  }
}

let accessor: PropertyDescriptor;

class LazyExplanation extends Carrier {
  #build: (() => Explanation) | undefined;
  #explanation: Explanation | undefined;

  static {
    accessor = {
      enumerable: true,
      configurable: true,
      get(this: LazyExplanation): Explanation {
        const build = this.#build;
        if (build) {
          this.#explanation = build();
          this.#build = undefined;
        }
        return this.#explanation as Explanation;
      },
      set(this: LazyExplanation, value: Explanation): void {
        this.#explanation = value;
        this.#build = undefined;
      },
    };
  }

  constructor(target: object, build: () => Explanation) {
    super(target);
    this.#build = build;
    Object.defineProperty(this, "explanation", accessor);
  }
}

/** `target` (a plain object) with an `explanation` property that `build` makes when first read. */
export function withLazyExplanation<T extends object>(target: T, build: () => Explanation): T & { explanation: Explanation } {
  return new LazyExplanation(target, build) as unknown as T & { explanation: Explanation };
}
