/**
 * A fill plan carried out with the keyboard alone: Tab (or Shift+Tab) until the control has the
 * focus, then typing, Space and arrow keys for radio buttons, arrow keys for a list, Enter on a
 * table's add-row button. Nothing is clicked and nothing is set by script; the page is only read
 * to know where the focus is.
 */
import type { Locator, Page } from "playwright-core";
import type { Messages } from "../../src/locales/index.js";
import { describeStep, type Step } from "./fill-plan.js";
import { controlLocator, scopeLocator } from "./ui-steps.js";

/** Whether the focus is on `target` or inside it (a radio group). */
export const hasFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => {
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && (active === el || el.contains(active));
  });

/** Presses `key` until `target` has the focus; fails when it is not reached within `max` presses. */
export async function tabTo(page: Page, target: Locator, what: string, key: "Tab" | "Shift+Tab" = "Tab", max = 150): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(target)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(`${what} was not reached with ${key} within ${max} presses`);
}

/**
 * Headless Chromium lays out a date input's fields month, day, year (the browser's own locale,
 * not the page's); typing the digits of each field in that order fills it. The test reads the
 * value back, so a browser that orders the fields otherwise fails it rather than storing a wrong date.
 */
const dateKeys = (iso: string): string => {
  const [year, month, day] = iso.split("-");
  return `${month ?? ""}${day ?? ""}${year ?? ""}`;
};

const isDate = (locator: Locator): Promise<boolean> => locator.evaluate((el) => el instanceof HTMLInputElement && el.type === "date");

/** Carries out one step from the keyboard; `text` replaces a fill step's text (a shortened narrative). */
export async function keyboardStep(page: Page, step: Step, msg: Messages, text?: string): Promise<void> {
  try {
    if (step.action === "addRow") {
      const button = scopeLocator(page, step.scope).getByRole("button", { name: msg.addRow });
      await tabTo(page, button, describeStep(step));
      await page.keyboard.press("Enter");
      // The button takes the keyboard user on to the new row's first cell.
      const cell = scopeLocator(page, step.scope).getByLabel(step.firstCell, { exact: true });
      for (let frame = 0; !(await hasFocus(cell)); frame++) {
        if (frame > 100) throw new Error(`Enter did not take the focus to "${step.firstCell}"`);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      }
      return;
    }
    const control = controlLocator(page, step.control);
    await tabTo(page, control, describeStep(step));
    switch (step.action) {
      case "confirm":
        await page.keyboard.press("Enter");
        return;
      case "fill":
        await page.keyboard.type((await isDate(control)) ? dateKeys(step.text) : (text ?? step.text));
        return;
      case "select": {
        // The list starts at its "choose" entry; each ArrowDown moves one choice on.
        const index = step.control.choices.findIndex((c) => c.label === step.option);
        for (let i = 0; i <= index; i++) await page.keyboard.press("ArrowDown");
        return;
      }
      case "check": {
        // Tab lands on the group's first radio button when none is chosen, or on the chosen one.
        const radios = control.getByRole("radio");
        const index = step.control.choices.findIndex((c) => c.label === step.option);
        const focused = await radios.evaluateAll((list) => list.findIndex((r) => (r.getRootNode() as ShadowRoot).activeElement === r));
        if (focused < 0) throw new Error("no radio button of the group has the focus");
        if (focused === index) await page.keyboard.press("Space");
        else for (let i = focused; i !== index; i += index > focused ? 1 : -1) await page.keyboard.press(index > focused ? "ArrowRight" : "ArrowLeft");
        return;
      }
    }
  } catch (error) {
    throw new Error(`keyboard: ${describeStep(step)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
