/** The widget registry: each widget ranks itself for a block; the highest rank draws it. */
import type { LayoutBlock } from "@cluster-form/schema";
import { criteriaWidget } from "./criteria.js";
import { fieldsWidget } from "./fields.js";
import { gridWidget } from "./grid.js";
import { narrativeWidget } from "./narrative.js";
import { repeatWidget } from "./repeat.js";
import { scoreSummaryWidget } from "./score-summary.js";
import { signoffWidget } from "./signoff.js";
import { textWidget } from "./text.js";
import type { Widget, WidgetContext } from "./types.js";
import { unknownWidget } from "./unknown.js";

export type { ControlOptions, Rank, Widget, WidgetContext } from "./types.js";
export { NOT_APPLICABLE, widgetIs } from "./types.js";

/** The built-in widgets. Widgets are typed by their block; the registry holds them by their common shape. */
export const defaultWidgets: readonly Widget[] = [
  textWidget,
  fieldsWidget,
  narrativeWidget,
  gridWidget,
  repeatWidget,
  criteriaWidget,
  scoreSummaryWidget,
  signoffWidget,
  unknownWidget,
] as readonly Widget[];

/** The widget that fits a block best; later widgets win ties, so a registry can override a built-in by appending. */
export function pickWidget(widgets: readonly Widget[], block: LayoutBlock, ctx: WidgetContext): Widget | undefined {
  let best: Widget | undefined;
  let bestRank = -1;
  for (const widget of widgets) {
    const rank = widget.tester(block, ctx);
    if (rank >= 0 && rank >= bestRank) {
      best = widget;
      bestRank = rank;
    }
  }
  return best;
}
