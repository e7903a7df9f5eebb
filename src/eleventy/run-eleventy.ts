/**
 * Runs Eleventy on Communique's templates with a project's `.eleventy.ts`, writing into
 * a given folder. The only place that constructs Eleventy.
 */
import Eleventy from "@11ty/eleventy";
import { join } from "node:path";
import { templatesDir } from "../paths";

export interface EleventyRun {
  readonly root: string;
  readonly output: string;
  readonly runMode: "build" | "serve";
}

/** Creates the Eleventy instance; the config is always the project's `.eleventy.ts`. */
export function createEleventy(run: EleventyRun): Eleventy {
  return new Eleventy(templatesDir, run.output, {
    configPath: join(run.root, ".eleventy.ts"),
    quietMode: true,
    // Lets our input and output folders win over the config's `dir`.
    source: "cli",
    runMode: run.runMode,
  });
}

/** Renders and writes every page into `run.output`. */
export async function writeWithEleventy(run: EleventyRun): Promise<void> {
  await createEleventy(run).write();
}
