import { afterEach, describe, expect, it, vi } from "vitest";
import { formatSavedAt, prepareSavedAtFormat } from "../../src/session/notices.js";

describe("formatSavedAt", () => {
  const iso = "2026-03-05T08:09:10.000Z";
  const date = new Date(iso);

  it("writes the local date and time in the language asked for", () => {
    expect(formatSavedAt(iso, "zh-CN")).toBe(date.toLocaleString("zh-CN", { dateStyle: "short", timeStyle: "medium" }));
    expect(formatSavedAt(iso, "en")).toBe(date.toLocaleString("en", { dateStyle: "short", timeStyle: "medium" }));
    // Asked again, from the kept formatter: the same text.
    expect(formatSavedAt(iso, "zh-CN")).toBe(date.toLocaleString("zh-CN", { dateStyle: "short", timeStyle: "medium" }));
  });

  it("writes each time, also times within the same second and after a later one", () => {
    const times = ["2026-03-05T08:09:10.100Z", "2026-03-05T08:09:10.900Z", "2026-03-05T08:09:11.000Z", "2026-03-05T08:09:10.500Z", "2027-01-01T00:00:00.000Z"];
    for (const time of times) expect(formatSavedAt(time, "zh-CN")).toBe(new Date(time).toLocaleString("zh-CN", { dateStyle: "short", timeStyle: "medium" }));
  });

  it("keeps a time it cannot read as it is", () => {
    expect(formatSavedAt("not a time", "en")).toBe("not a time");
  });

  it("falls back to the browser's language for a lang attribute that is no language tag", () => {
    expect(formatSavedAt(iso, "no such language!")).toBe(date.toLocaleString(undefined, { dateStyle: "short", timeStyle: "medium" }));
  });
});

describe("prepareSavedAtFormat", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("builds the language's formatter ahead of the first saved time, when the browser is idle", () => {
    vi.useFakeTimers();
    const built = vi.spyOn(Intl, "DateTimeFormat");
    prepareSavedAtFormat("fr");
    expect(built).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(built).toHaveBeenCalledTimes(1);
    // The first saved time then costs no new formatter.
    expect(formatSavedAt("2026-03-05T08:09:10.000Z", "fr")).toBe(new Date("2026-03-05T08:09:10.000Z").toLocaleString("fr", { dateStyle: "short", timeStyle: "medium" }));
    expect(built).toHaveBeenCalledTimes(1);
  });
});
