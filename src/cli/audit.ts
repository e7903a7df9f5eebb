/**
 * `communique audit`: builds the bulletin into a temporary folder (or takes a built one
 * with `--site`), serves it on 127.0.0.1, runs Lighthouse on the home page and an article
 * with the system Chromium, mobile and desktop, and prints the four category scores and
 * the audits behind any score under 95. A report, never a gate: it fails only when it
 * cannot run.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromium } from "playwright-core";
import { defaultAuditPages } from "../audit/audited-pages";
import { chromiumFlags, requireChromium } from "../audit/chromium";
import { auditCategories, formatFailingAudits, formatScoreTable, scoreBar, summarizeResult, type PageScores } from "../audit/score-report";
import { serveFolder } from "../audit/serve-folder";
import { buildSite } from "../build/build-site";
import { formatIssues } from "../diagnostics/format-issues";
import { buildTimeVariable, resolveBuildTime } from "../time/build-time";
import { loadProject, type CommandIo, type Project } from "./project";

const presets = ["mobile", "desktop"] as const;
type Preset = (typeof presets)[number];

/** Runs the command; returns the exit code. */
export async function runAudit(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      root: { type: "string", default: io.cwd },
      site: { type: "string" },
      "build-time": { type: "string" },
      preset: { type: "string", default: "all" },
    },
  });
  const chosen = values.preset === "all" ? presets : presets.filter((preset) => preset === values.preset);
  if (chosen.length === 0) {
    io.stderr(`--preset takes mobile, desktop or all, not "${values.preset}".`);
    return 2;
  }

  const project = await loadProject(values.root);
  const temporary: string[] = [];
  try {
    const site = values.site === undefined ? await buildForAudit(project, values["build-time"], io, temporary) : { output: resolve(io.cwd, values.site), pages: ["/"] };
    if (site === undefined) return 1;
    const pages = positionals.length > 0 ? positionals : site.pages;
    const { rows, warnings } = await auditPages(site.output, new URL(project.config.baseUrl).pathname, pages, chosen, io);
    io.stdout("");
    io.stdout(formatScoreTable(rows));
    // Lighthouse's own warnings, such as a machine too busy for performance scores to mean much.
    for (const warning of warnings) io.stdout(`\nLighthouse: ${warning}`);
    const failing = formatFailingAudits(rows);
    if (failing !== "") io.stdout(`\nUnder ${scoreBar}, the audits that cost the most:\n${failing}`);
    return 0;
  } finally {
    await Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

/** Builds the bulletin into a new temporary folder; the pages to audit by default. */
async function buildForAudit(
  project: Project,
  buildTimeOption: string | undefined,
  io: CommandIo,
  temporary: string[],
): Promise<{ output: string; pages: string[] } | undefined> {
  const buildTime = resolveBuildTime(buildTimeOption ?? process.env[buildTimeVariable], new Date(), project.config.timeZone);
  const folder = await mkdtemp(join(tmpdir(), "communique-audit-"));
  temporary.push(folder);
  const output = join(folder, "_site");
  const report = await buildSite({ ...project, buildTime, output });
  if (!report.ok) {
    io.stderr(formatIssues(report.prepared.issues, { articles: report.prepared.files }));
    return undefined;
  }
  const candidates = (report.prepared.bulletin?.entries ?? []).map(({ url, article }) => ({
    path: url,
    published: { iso: article.date.toISO() ?? "" },
    ...(article.image ? { figure: article.image } : {}),
  }));
  return { output, pages: defaultAuditPages(candidates) };
}

/**
 * Serves `output` at the site's path `prefix` and runs Lighthouse on each page (a site
 * path such as `/topics/`) under each preset, one after another.
 */
async function auditPages(
  output: string,
  prefix: string,
  pages: readonly string[],
  chosen: readonly Preset[],
  io: CommandIo,
): Promise<{ rows: PageScores[]; warnings: string[] }> {
  const server = await serveFolder(output, prefix);
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: requireChromium(), args: [...chromiumFlags, `--remote-debugging-port=${port}`] });
  try {
    const rows: PageScores[] = [];
    const warnings = new Set<string>();
    for (const page of pages) {
      for (const preset of chosen) {
        const started = performance.now();
        const result = await lighthouse(
          new URL(`${prefix}${page.replace(/^\//, "")}`, server.url).href,
          { port, output: "json", logLevel: "error", onlyCategories: [...auditCategories] },
          preset === "desktop" ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned no result for ${page} (${preset}).`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page} (${preset}): ${result.lhr.runtimeError.message}`);
        io.stdout(`Audited ${page} (${preset}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        rows.push(summarizeResult(page, preset, result.lhr));
        for (const warning of result.lhr.runWarnings) warnings.add(warning);
      }
    }
    return { rows, warnings: [...warnings] };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A TCP port free on 127.0.0.1 right now, for Chromium's DevTools endpoint. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
