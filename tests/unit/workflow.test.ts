import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string;
  readonly permissions?: Record<string, string>;
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(new URL("../../.github/workflows/publish.yml", import.meta.url), "utf8")) as Workflow;
const runs = (job: string) => (workflow.jobs[job]?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));
/** The browser tests need Chromium: the runner's own, else Debian/Ubuntu's package; never a download. */
const installChromium = [
  "if [ ! -x /usr/bin/chromium ]; then",
  "  sudo apt-get update",
  "  sudo apt-get install -y --no-install-recommends chromium",
  "fi",
  "",
].join("\n");
const uses = (job: string) => (workflow.jobs[job]?.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : []));

describe("the publish workflow", () => {
  it("runs on pushes to main, pull requests, a schedule and by hand", () => {
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push", "schedule", "workflow_dispatch"]);
    expect(workflow.on["push"]).toEqual({ branches: ["main"] });
    expect(workflow.on["schedule"]).toEqual([{ cron: "*/30 * * * *" }]);
  });

  it("annotates pull requests with check's problems, then runs the tests (Chromium installed for the browser tests)", () => {
    expect(workflow.jobs["check"]?.if).toBe("github.event_name == 'pull_request'");
    expect(runs("check")).toEqual(["npm ci", installChromium, "npm run check -- --format github", "npm test"]);
  });

  it("tests before it builds, and uploads _site for Pages", () => {
    expect(workflow.jobs["build"]?.if).toBe("github.event_name != 'pull_request'");
    expect(runs("build")).toEqual(["npm ci", installChromium, "npm test", "npm run build"]);
    const upload = workflow.jobs["build"]?.steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload?.with).toEqual({ path: "_site" });
  });

  it("keeps the image cache between runs, restored before the build", () => {
    const steps = workflow.jobs["build"]?.steps ?? [];
    const cache = steps.findIndex((step) => step.uses?.startsWith("actions/cache@"));
    expect(steps[cache]?.with).toMatchObject({ path: ".cache/images", "restore-keys": "images-" });
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run === "npm run build"));
  });

  it("deploys with the official Pages actions and only the permissions it needs", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs["deploy"]?.needs).toBe("build");
    expect(workflow.jobs["deploy"]?.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(uses("deploy")).toEqual(["actions/deploy-pages@v4"]);
    expect(uses("build")).toContain("actions/configure-pages@v5");
  });
});
