/**
 * Carries out a fill plan in the page the way a person does it: controls found by role and
 * accessible name, `fill` for text, `selectOption` for a list, `check` for a radio button, the
 * table's add-row button for a new row. Never sets a value by script.
 */
import type { Locator, Page } from "playwright-core";
import type { Messages } from "../../src/locales/index.js";
import { describeStep, type Control, type FillPlan, type Scope, type Step } from "./fill-plan.js";

export function scopeLocator(page: Page, scope: Scope): Locator {
  const region = page.getByRole("region", { name: scope.region, exact: true });
  const within = scope.within;
  if (!within) return region;
  if (within.kind === "repeat") {
    // The add-row button under a table does not say which table it belongs to (see the report of
    // this test), so, like a sighted user, the test takes the button in the table's own block.
    const blocks = region.locator('[part~="repeat"]');
    return within.title ? blocks.filter({ has: page.getByRole("table", { name: within.title, exact: true }) }) : blocks.nth(within.index);
  }
  return region.getByRole(within.kind, { name: within.name, exact: true });
}

export function controlLocator(page: Page, control: Control): Locator {
  const scope = scopeLocator(page, control.scope);
  if (control.kind === "confirm") return scope.getByRole("button", { name: control.name, exact: true });
  return control.kind === "radio" ? scope.getByRole("group", { name: control.name, exact: true }) : scope.getByLabel(control.name, { exact: true });
}

export async function perform(page: Page, step: Step, msg: Messages): Promise<void> {
  try {
    switch (step.action) {
      case "addRow":
        await scopeLocator(page, step.scope).getByRole("button", { name: msg.addRow }).click();
        return;
      case "fill":
        await controlLocator(page, step.control).fill(step.text);
        return;
      case "select":
        await controlLocator(page, step.control).selectOption({ label: step.option });
        return;
      case "check":
        await controlLocator(page, step.control).getByRole("radio", { name: step.option, exact: true }).check();
        return;
      case "confirm":
        await controlLocator(page, step.control).click();
        return;
    }
  } catch (error) {
    throw new Error(`${describeStep(step)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export async function performAll(page: Page, plan: FillPlan, msg: Messages): Promise<void> {
  for (const step of plan.steps) await perform(page, step, msg);
}

/** How many input elements a plan's editable controls make: one each, one per option for radio buttons. */
export function editableInputs(plan: FillPlan, part: string): number {
  return plan.controls.filter((c) => c.editable && c.scope.part === part && c.kind !== "confirm").reduce((n, c) => n + (c.kind === "radio" ? c.choices.length : 1), 0);
}

/** The form controls of a part's region that take input (neither read-only nor disabled). */
export function editableIn(page: Page, region: string): Locator {
  return page
    .getByRole("region", { name: region, exact: true })
    .locator("input:not([readonly]):not([disabled]), textarea:not([readonly]):not([disabled]), select:not([disabled])");
}
