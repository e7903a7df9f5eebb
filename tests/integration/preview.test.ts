import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, makeFixture, writeFiles } from "../support/fixture";

const repo = new URL("../..", import.meta.url).pathname;
const port = 20_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${port}`;

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

/** Polls `url` until `accept` holds, for at most `ms`. */
async function waitFor(url: string, accept: (page: { status: number; text: string }) => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  let last = await fetchText(url);
  while (!accept(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await fetchText(url);
  }
  return last;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("the preview server", () => {
  let root: string;
  let server: ChildProcess;
  let log = "";

  beforeAll(async () => {
    root = await makeFixture({
      "content/articles/live.md": article({ title: "Live", date: "2024-01-01", summary: "S.", tags: ["One"] }, "First version."),
      "content/articles/draft.md": article({ title: "Work in progress", date: "2024-01-02", summary: "S.", tags: ["One"], draft: "true" }),
      "content/articles/later.md": article({ title: "Embargoed", date: "2999-01-01", summary: "S.", tags: ["One"] }),
    });
    server = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--root", root, "--port", String(port)], {
      cwd: repo,
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const home = await waitFor(`${base}/`, (page) => page.status === 200);
    expect(home.status, log).toBe(200);
  });

  afterAll(() => {
    server.kill();
  });

  it("shows drafts and scheduled articles, marked", async () => {
    const draft = await fetchText(`${base}/2024/01/02/work-in-progress/`);
    expect(draft.text).toContain('data-status="draft"');
    const later = await fetchText(`${base}/2999/01/01/embargoed/`);
    expect(later.text).toContain('data-status="scheduled"');
    expect((await fetchText(`${base}/`)).text).toContain("Preview: drafts and scheduled articles are shown");
  });

  it("indexes the published articles for search in the background, never a draft or a scheduled one", async () => {
    // Pagefind writes its files in place: a read while it writes can see half the entry file.
    const complete = (page: { status: number; text: string }) => page.status === 200 && parsesAsJson(page.text);
    const entry = await waitFor(`${base}/pagefind/pagefind-entry.json`, complete);
    expect(entry.status, log).toBe(200);
    const languages = (JSON.parse(entry.text) as { languages: Record<string, { page_count: number }> }).languages;
    expect(Object.values(languages).map((language) => language.page_count)).toEqual([1]);
    expect((await fetchText(`${base}/2024/01/01/live/`)).text).toContain("data-pagefind-body");
    expect((await fetchText(`${base}/2024/01/02/work-in-progress/`)).text).not.toContain("data-pagefind");
    expect((await fetchText(`${base}/2999/01/01/embargoed/`)).text).not.toContain("data-pagefind");
    expect((await fetchText(`${base}/search/`)).text).toContain('<form role="search" action="/search/"');
  });

  it("rebuilds an edited article without a restart, and keeps the last good page on a bad edit", async () => {
    const url = `${base}/2024/01/01/live/`;
    await writeFiles(root, {
      "content/articles/live.md": article({ title: "Live", date: "2024-01-01", summary: "S.", tags: ["One"] }, "Second version."),
    });
    expect((await waitFor(url, (page) => page.text.includes("Second version."))).text).toContain("Second version.");

    await writeFiles(root, { "content/articles/live.md": "---\ntitle: Live\ndate: 2024-01-01\n---\nBroken version.\n" });
    await waitFor(url, () => log.includes("Serving the last good version"));
    expect(log).toContain("content/articles/live.md:1:1  summary");
    const page = await waitFor(url, (current) => current.text.includes("preview-problems"));
    expect(page.status).toBe(200);
    expect(page.text).toContain("Second version.");
    // The problem shows in the browser too, until it is fixed.
    expect(page.text).toContain("content/articles/live.md:1:1  summary  `summary` is required");

    await writeFiles(root, {
      "content/articles/live.md": article({ title: "Live", date: "2024-01-01", summary: "S.", tags: ["One"] }, "Fixed version."),
    });
    const fixed = await waitFor(url, (current) => current.text.includes("Fixed version."));
    expect(fixed.text).toContain("Fixed version.");
    expect(fixed.text).not.toContain("preview-problems");
  });
});
