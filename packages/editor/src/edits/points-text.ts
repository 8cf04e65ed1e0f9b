/** Points as scoring texts write them (得5分, 最高10分): the numbers lint's reading of texts leaves out. */

/** `N分` (not part of a longer number) written as `M分`. */
export function retypePoints(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<![\\d.])${String(from).replace(".", "\\.")}(?=\\s*分)`, "g"), String(to));
}
