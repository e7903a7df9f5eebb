/**
 * The `communique` command line: one subcommand per job, each in its own module.
 * Editor mistakes print as messages; only programmer mistakes show a stack trace.
 */
import { DateTime } from "luxon";
import { runBench } from "./bench";
import { runBuild } from "./build";
import { runCheck } from "./check";
import { runNew } from "./new-article";
import { loadProject, type CommandIo } from "./project";
import { runRelated } from "./related";
import { runServe } from "./serve";

const usage = `Usage: communique <command> [options]

  check    validate every article and data file; writes nothing   [--format github] [--build-time T]
  build    production build into _site/, atomic                  [--output DIR] [--build-time T]
  serve    dev server with live reload, drafts shown               [--port 8080]
  new      create an article: new "Headline" --tags "ASEAN, Republic of Korea" [--section S] [--slug s]
  related  explain an article's Related Topics: related <slug>
  bench    build a generated bulletin and time it: bench --articles N
  audit    Lighthouse scores of the home page and an article      [--site DIR] [--preset mobile|desktop|all] [PAGE…]

Every command takes --root DIR (default: the current folder).`;

async function main(argv: readonly string[]): Promise<number> {
  const io: CommandIo = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  };
  const [command, ...rest] = argv;
  switch (command) {
    case "check":
      return runCheck(rest, io);
    case "build":
      return runBuild(rest, io);
    case "serve":
      return runServe(rest, io);
    case "related":
      return runRelated(rest, io);
    case "bench":
      return runBench(rest, io);
    case "audit":
      // Loaded only here: Lighthouse and Playwright are development tools, heavy to import.
      return (await import("./audit")).runAudit(rest, io);
    case "new": {
      const project = await loadProject(io.cwd);
      return runNew(rest, { ...io, root: project.root, now: DateTime.now(), config: project.config });
    }
    default:
      io.stderr(usage);
      return command === undefined || command === "help" || command === "--help" ? 0 : 2;
  }
}

const code = await main(process.argv.slice(2));
// `serve` keeps running on its own handles; every other command ends here.
if (process.argv[2] !== "serve") process.exit(code);
