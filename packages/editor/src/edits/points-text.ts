/** Points as scoring texts write them ("5 points", "at most 10 points"): the numbers lint's reading of texts leaves out. */
import { scoringTextWords } from "@cluster-form/rules";

/** `N` points (not part of a longer number) written as `M` points. */
export function retypePoints(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<![\\d.])${String(from).replace(".", "\\.")}(?=\\s*${scoringTextWords.points})`, "g"), String(to));
}
