/**
 * One measured job of `communique bench`, run in a child process of its own so that each
 * job's peak memory and warm-up are its own: the floor, the full production build, or
 * Eleventy alone writing the files that build wrote.
 * Reads the job from its arguments and sends one {@link JobResult} to the parent.
 */
import { join } from "node:path";
import { DateTime } from "luxon";
import { buildSite } from "../build/build-site";
import { resolveSiteConfig } from "../config";
import { writeBuiltSiteWithEleventy } from "./eleventy-floor";
import { buildFloor } from "./floor";

/** What the parent asks for. */
export interface Job {
  /** `eleventy` needs the output of a `build` of the same project. */
  readonly kind: "floor" | "build" | "eleventy";
  /** The generated project. */
  readonly root: string;
  readonly siteName: string;
  /** ISO build time. */
  readonly buildTime: string;
}

/** Phase times in milliseconds; missing phases were not reached. */
export type JobPhases = Readonly<Record<string, number>>;

/** What a job sends back. */
export type JobResult =
  | {
      readonly ok: true;
      readonly wall: number;
      readonly pages: number;
      readonly phases: JobPhases;
      /** Peak resident set size in bytes. */
      readonly peakRss: number;
    }
  | { readonly ok: false; readonly message: string };

/** Runs `job` in this process. */
export async function runJob(job: Job): Promise<JobResult> {
  const started = performance.now();
  if (job.kind === "floor") {
    const { pages } = await buildFloor(job.root, join(job.root, "_floor"));
    return { ok: true, wall: performance.now() - started, pages, phases: {}, peakRss: peakRss() };
  }
  if (job.kind === "eleventy") {
    // Reading the built files is not Eleventy's work: only its runs are timed.
    const { pages, time } = await writeBuiltSiteWithEleventy(join(job.root, "_site"), join(job.root, "_eleventy"));
    return { ok: true, wall: time, pages, phases: {}, peakRss: peakRss() };
  }
  const config = resolveSiteConfig({ name: job.siteName });
  const buildTime = DateTime.fromISO(job.buildTime, { zone: config.timeZone });
  const report = await buildSite({ root: job.root, config, buildTime, output: join(job.root, "_site") });
  const wall = performance.now() - started;
  if (!report.ok) return { ok: false, message: `the generated bulletin has ${report.prepared.issues.length} problems` };
  return {
    ok: true,
    wall,
    pages: 0,
    phases: { ...report.prepared.times, render: report.renderTime, search: report.searchTime },
    peakRss: peakRss(),
  };
}

function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

// As a child process: the job comes as JSON in the first argument; the result goes back
// over the IPC channel.
if (process.send && process.argv[2]?.startsWith("{")) {
  const job = JSON.parse(process.argv[2]) as Job;
  const result = await runJob(job).catch(
    (error: unknown): JobResult => ({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
  process.send(result, () => process.exit(0));
}
