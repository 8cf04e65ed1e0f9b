export interface AllowedCycle {
  readonly issue: number;
  readonly files: readonly string[];
  readonly why: string;
}

export interface LayeringResult {
  /** One line per violation, naming its files; empty when the layering holds. */
  readonly problems: string[];
  /** Every import cycle found, allowed or not, as the files round it. */
  readonly cycles: string[][];
  /** How many allow-listed cycles were found. */
  readonly allowedFound: number;
  readonly modules: number;
}

export function checkLayers(options?: {
  readonly cwd?: string;
  readonly roots?: readonly string[];
  readonly tsConfig?: string;
  readonly allowed?: readonly AllowedCycle[];
}): Promise<LayeringResult>;
