import { afterEach, describe, expect, it } from "vitest";
import { Autosave } from "../../src/session/autosave.js";
import { draftKey } from "../../src/state/draft-store.js";

/** An in-memory Web Storage, as the browser provides it (Node has none). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  failWrites = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException("full", "QuotaExceededError");
    this.items.set(key, value);
  }
}

const install = (storage: Storage | undefined): void => {
  Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true, writable: true });
};

afterEach(() => install(undefined));

describe("Autosave", () => {
  it("saves, finds and discards the draft of this version, and lists drafts of other versions", () => {
    const storage = new MemoryStorage();
    install(storage);
    new Autosave("form-a", "1.0").save({ data: { cover: { name: "旧" } } });
    const current = new Autosave("form-a", "2.0");
    expect(current.save({ data: { cover: { name: "新" } } }).ok).toBe(true);
    new Autosave("form-b", "1.0").save({});
    const found = current.find();
    expect(found.ok && found.value.own?.submission).toEqual({ data: { cover: { name: "新" } } });
    expect(found.ok && found.value.others.map((d) => d.version)).toEqual(["1.0"]);
    current.discard();
    const after = current.find();
    expect(after.ok && after.value.own).toBeUndefined();
  });
  it("keeps the drafts of submissions named by a record key apart, and offers other versions of the same submission only", () => {
    const storage = new MemoryStorage();
    install(storage);
    new Autosave("form-a", "1.0", "cluster/甲#1").save({ data: { cover: { name: "甲旧" } } });
    new Autosave("form-a", "1.0", "乙").save({ data: { cover: { name: "乙旧" } } });
    new Autosave("form-a", "1.0").save({ data: { cover: { name: "无名" } } });
    const first = new Autosave("form-a", "2.0", "cluster/甲#1");
    first.save({ data: { cover: { name: "甲" } } });
    const found = first.find();
    expect(found.ok && found.value.own?.submission).toEqual({ data: { cover: { name: "甲" } } });
    expect(found.ok && found.value.others.map((d) => d.submission)).toEqual([{ data: { cover: { name: "甲旧" } } }]);
    const unnamed = new Autosave("form-a", "2.0").find();
    expect(unnamed.ok && unnamed.value.own).toBeUndefined();
    expect(unnamed.ok && unnamed.value.others.map((d) => d.submission)).toEqual([{ data: { cover: { name: "无名" } } }]);
    expect(storage.getItem(draftKey("form-a", "2.0", "cluster/甲#1"))).not.toBeNull();
    expect(draftKey("form-a", "2.0", "cluster/甲#1")).toBe(`cluster-form:draft:form-a@2.0#${encodeURIComponent("cluster/甲#1")}`);
    first.discard("1.0");
    expect(new Autosave("form-a", "1.0", "乙").find()).toMatchObject({ ok: true, value: { own: { submission: { data: { cover: { name: "乙旧" } } } } } });
    expect(storage.length).toBe(3);
  });
  it("reports a full or missing storage as an outcome, never as an exception", () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    install(storage);
    const saved = new Autosave("form-a", "1.0").save({});
    expect(saved).toEqual({ ok: false, error: "QuotaExceededError" });
    install(undefined);
    expect(new Autosave("form-a", "1.0").find().ok).toBe(false);
  });
  it("moves a draft it cannot read aside before anything is saved in its place", () => {
    const storage = new MemoryStorage();
    install(storage);
    const key = draftKey("form-a", "1.0", "甲");
    storage.setItem(key, "{not json");
    const autosave = new Autosave("form-a", "1.0", "甲");
    const found = autosave.find();
    if (!found.ok) throw new Error(found.error);
    expect(found.value.own).toBeUndefined();
    const backupKey = found.value.setAside?.backupKey ?? "";
    expect(backupKey).toMatch(/^cluster-form:unreadable-draft:form-a@1\.0#%E7%94%B2@\d{4}-/);
    expect(found.value.setAside?.text).toBe("{not json");
    expect(storage.getItem(key)).toBeNull();
    expect(autosave.save({ data: {} }).ok).toBe(true);
    expect(storage.getItem(backupKey)).toBe("{not json");
    // A backup is no draft: found neither as this version's nor as another's.
    const again = new Autosave("form-a", "1.0", "甲").find();
    expect(again.ok && again.value.setAside).toBeUndefined();
    expect(again.ok && again.value.others).toEqual([]);
  });

  it("a draft without savedAt is unreadable too; when it cannot be moved, saving and discarding leave it in place", () => {
    const storage = new MemoryStorage();
    install(storage);
    const key = draftKey("form-a", "1.0");
    const text = JSON.stringify({ formId: "form-a", version: "1.0", submission: { data: { cover: { name: "真实数据" } } } });
    storage.setItem(key, text);
    storage.failWrites = true;
    const autosave = new Autosave("form-a", "1.0");
    const found = autosave.find();
    expect(found.ok && found.value.setAside).toEqual({ text, error: "QuotaExceededError" });
    storage.failWrites = false;
    expect(autosave.save({ data: {} })).toEqual({ ok: false, error: "QuotaExceededError" });
    expect(autosave.discard().ok).toBe(false);
    expect(storage.getItem(key)).toBe(text);
  });
});
