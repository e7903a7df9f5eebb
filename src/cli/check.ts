/**
 * `communique check`: validates every article and data file without writing anything,
 * prints each problem as `path:line:col  field  message` (or as GitHub annotations) with
 * a closing count, and exits 1 on any error.
 */
import { parseArgs } from "node:util";
import { prepareSite } from "../build/prepare-site";
import { formatIssues, formatIssuesGithub } from "../diagnostics/format-issues";
import { hasErrors } from "../diagnostics/issue";
import { buildTimeVariable, resolveBuildTime } from "../time/build-time";
import { loadProject, type CommandIo } from "./project";

/** Runs the command; returns the exit code. */
export async function runCheck(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      root: { type: "string", default: io.cwd },
      format: { type: "string", default: "text" },
      "build-time": { type: "string" },
    },
  });
  if (values.format !== "text" && values.format !== "github") {
    io.stderr(`--format must be "text" or "github", not "${values.format}".`);
    return 2;
  }
  const project = await loadProject(values.root);
  const buildTime = resolveBuildTime(values["build-time"] ?? process.env[buildTimeVariable], new Date(), project.config.timeZone);
  const prepared = await prepareSite({ ...project, mode: "production", buildTime, modelOnly: true });
  if (values.format === "github") {
    if (prepared.issues.length > 0) io.stdout(formatIssuesGithub(prepared.issues));
  }
  io.stdout(formatIssues(prepared.issues, { articles: prepared.files }));
  return hasErrors(prepared.issues) ? 1 : 0;
}
