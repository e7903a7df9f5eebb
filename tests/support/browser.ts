/**
 * Browser tests: the repository's sample bulletin built once per test file with the real
 * `build` command, a small static server for it on 127.0.0.1, and Chromium from the system
 * (Debian's `chromium` package; CI installs it) driven by playwright-core.
 */
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumFlags, requireChromium } from "../../src/audit/chromium";
import { serveFolder } from "../../src/audit/serve-folder";
import { runBuild } from "../../src/cli/build";
import { fixtureBuildTime, run, tempFolder } from "./fixture";

/** The repository root, whose `content/` is the sample bulletin. */
export const repositoryRoot = resolve(new URL("../..", import.meta.url).pathname);

/** Address of the sample's lead article. */
export const leadArticle = "/2020/08/26/asean-rok-dialogue-24th/";

export { serveFolder, type StaticServer } from "../../src/audit/serve-folder";

let sample: Promise<string> | undefined;

/**
 * Builds the sample bulletin at the fixtures' fixed build time into a temporary folder
 * (removed after the test file) and returns that output folder. Built once per test file;
 * a failed build rejects with the command's messages.
 */
export function buildSample(): Promise<string> {
  sample ??= (async () => {
    const output = join(await tempFolder("communique-browser-"), "_site");
    const result = await run(runBuild, ["--root", repositoryRoot, "--output", output, "--build-time", fixtureBuildTime], repositoryRoot);
    if (result.code !== 0) throw new Error(`Building the sample bulletin failed (exit ${result.code}):\n${result.stderr}`);
    return output;
  })();
  return sample;
}

/**
 * Launches the system Chromium. Fails (never skips) when it is missing, saying how to
 * install it. Open pages with `browser.newContext()`: axe needs a real context.
 */
export async function launchBrowser(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: [...chromiumFlags, ...extraFlags] });
}

/** The built sample, served, with a browser: what each browser test file shares. */
export interface SampleSession {
  /** The built site's folder. */
  readonly output: string;
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly browser: Browser;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

/** Builds and serves the sample bulletin and launches Chromium. */
export async function startSample(): Promise<SampleSession> {
  const [built, launched] = await Promise.allSettled([buildSample(), launchBrowser()]);
  if (launched.status === "rejected") throw launched.reason;
  if (built.status === "rejected") {
    await launched.value.close();
    throw built.reason;
  }
  const output = built.value;
  const browser = launched.value;
  const server = await serveFolder(output);
  return {
    output,
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Records every request of `context` that failed or was answered with a status of 400 or
 * more, as `"<status> <url>"` lines, except responses for which `expected` returns true.
 * A request the browser itself gave up (`net::ERR_ABORTED`: the page navigated away while
 * its icon was still loading, say) is not the site's failure and is not recorded; a file
 * that is missing is still answered with a 404, and recorded.
 */
export function recordFailedRequests(context: BrowserContext, expected: (url: URL, status: number) => boolean = () => false): string[] {
  const failures: string[] = [];
  context.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "unknown error";
    if (reason === "net::ERR_ABORTED") return;
    failures.push(`failed (${reason}) ${request.url()}`);
  });
  context.on("response", (response) => {
    const status = response.status();
    if (status >= 400 && !expected(new URL(response.url()), status)) failures.push(`${status} ${response.url()}`);
  });
  return failures;
}

/** What the focused element is, and whether it shows a focus indicator. */
export interface FocusState {
  readonly tag: string;
  /** Its index in document order, telling apart elements that look alike. */
  readonly position: number;
  /** The link's path, query and fragment, for a link. */
  readonly href: string | undefined;
  readonly text: string;
  readonly inMain: boolean;
  /** A visible outline or box shadow is drawn around it. */
  readonly visible: boolean;
}

/** Describes `document.activeElement` (undefined when nothing but the body has focus). */
export function focusState(page: Page): Promise<FocusState | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    const link = element instanceof HTMLAnchorElement ? new URL(element.href) : undefined;
    return {
      tag: element.tagName.toLowerCase(),
      position: Array.prototype.indexOf.call(document.getElementsByTagName("*"), element),
      href: link ? link.pathname + link.search + link.hash : undefined,
      text: (element.textContent ?? "").trim(),
      inMain: element.closest("main") !== null,
      visible: outline || shadow,
    };
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focused element satisfies `wanted`; fails
 * naming the last focused element after `limit` presses or once focus has gone all the way
 * round the page. Returns the focus reached.
 */
export async function pressUntilFocused(
  page: Page,
  key: "Tab" | "Shift+Tab",
  wanted: (focus: FocusState) => boolean,
  limit = 150,
): Promise<FocusState> {
  let focus: FocusState | undefined;
  const seen = new Set<number>();
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press(key);
    focus = await focusState(page);
    if (focus && wanted(focus)) return focus;
    if (focus && seen.has(focus.position)) {
      throw new Error(`${key} went round the whole page ${page.url()} (${presses} presses) without reaching the wanted element`);
    }
    if (focus) seen.add(focus.position);
  }
  throw new Error(`${key} pressed ${limit} times on ${page.url()} without reaching the wanted element; last focus: ${JSON.stringify(focus)}`);
}
