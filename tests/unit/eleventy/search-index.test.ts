import type UserConfig from "@11ty/eleventy/UserConfig";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { searchIndex, type Indexer } from "../../../src/eleventy/search-index";
import type { SearchIndexOptions, SearchIndexReport } from "../../../src/search/index-site";

type Handler = (event: { runMode: string; directories: { output: string } }) => unknown;

/** A stand-in for Eleventy's configuration that keeps the event handlers. */
function fakeConfig() {
  const handlers = new Map<string, Handler[]>();
  const config = {
    on(name: string, handler: Handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
    },
  };
  const emit = async (name: string, runMode = "serve") => {
    for (const handler of handlers.get(name) ?? []) await handler({ runMode, directories: { output: "_site" } });
  };
  return { config: config as unknown as UserConfig, emit };
}

/** An indexer whose runs end only when told to, or when stopped. */
function fakeIndexer() {
  const runs: { site: string; finish: () => void; fail: (error: Error) => void }[] = [];
  let stops = 0;
  const indexer: Indexer = {
    index: (options: SearchIndexOptions) =>
      new Promise<SearchIndexReport>((resolve, reject) => {
        runs.push({ site: options.site, finish: () => resolve({ pages: options.pages, time: 1 }), fail: reject });
      }),
    stop: async () => {
      stops += 1;
      for (const run of runs.splice(0)) run.fail(new Error("Pagefind backend closed"));
    },
  };
  return { indexer, runs, stops: () => stops };
}

describe("the dev server's background search index", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts once builds have paused, and a new build stops a run in progress, which starts again after it", async () => {
    const { config, emit } = fakeConfig();
    const fake = fakeIndexer();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    searchIndex(config, { language: "en", pages: () => 3, quietTime: 1000, indexer: fake.indexer });

    await emit("eleventy.before");
    await emit("eleventy.after");
    await vi.advanceTimersByTimeAsync(999);
    expect(fake.runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.runs).toHaveLength(1);

    // An edit: the next build stops the run, quietly.
    await emit("eleventy.before");
    expect(fake.stops()).toBe(1);
    expect(fake.runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(errors).not.toHaveBeenCalled();
    expect(fake.runs).toHaveLength(1);

    // Even had that build ended in an error, the stopped run was done again; after it ends,
    // nothing more runs until the next build.
    fake.runs[0]?.finish();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.runs).toHaveLength(1);
    errors.mockRestore();
  });

  it("leaves a run alone when no build starts, and reports a run that fails by itself", async () => {
    const { config, emit } = fakeConfig();
    const fake = fakeIndexer();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    searchIndex(config, { language: "en", pages: () => 3, quietTime: 1000, indexer: fake.indexer });
    await emit("eleventy.after");
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.stops()).toBe(0);
    fake.runs[0]?.fail(new Error("disk full"));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveBeenCalledWith("The search index was not updated: disk full");
    errors.mockRestore();
  });

  it("does nothing in a production build", async () => {
    const { config, emit } = fakeConfig();
    const fake = fakeIndexer();
    searchIndex(config, { language: "en", pages: () => 3, indexer: fake.indexer });
    await emit("eleventy.after", "build");
    await emit("eleventy.before", "build");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.runs).toHaveLength(0);
    expect(fake.stops()).toBe(0);
  });
});
