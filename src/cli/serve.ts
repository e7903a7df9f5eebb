/**
 * `communique serve`: the dev server with live reload at http://localhost:8080. Drafts and
 * scheduled articles are shown, marked. Edits to articles rebuild through Eleventy's
 * watcher; edits to templates or code restart the process (`tsx watch` in `npm start`).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEleventy } from "../eleventy/run-eleventy";
import { loadProject, type CommandIo } from "./project";

/** Starts the server; resolves once it is listening. */
export async function runServe(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { root: { type: "string", default: io.cwd }, port: { type: "string", default: "8080" } },
  });
  const project = await loadProject(values.root);
  // Preview output stays out of `_site/`, which only ever holds a production build.
  const eleventy = createEleventy({ root: project.root, output: join(project.root, ".cache", "preview"), runMode: "serve" });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(values.port));
  io.stdout(`Previewing ${project.config.name} at http://localhost:${values.port}/ (drafts and scheduled articles shown).`);
  return 0;
}
