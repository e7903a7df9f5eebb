/**
 * Finds a bulletin project: its root folder and the typed options its `.eleventy.ts`
 * exports, so every command reads the same settings as the build.
 */
import { access } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { resolveSiteConfig, type SiteConfig } from "../config";
import type { CommuniqueOptions } from "../index";

export interface Project {
  readonly root: string;
  readonly config: SiteConfig;
}

/** Console streams and the working folder, passed in so commands can be tested in-process. */
export interface CommandIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function isOptions(value: unknown): value is CommuniqueOptions {
  return typeof value === "object" && value !== null && typeof (value as { root?: unknown }).root === "string";
}

/** Loads the project at `root` (default: the working folder). */
export async function loadProject(root: string): Promise<Project> {
  const absolute = resolve(root);
  const configFile = join(absolute, ".eleventy.ts");
  try {
    await access(configFile);
  } catch {
    throw new Error(`No .eleventy.ts in ${absolute}: run communique from the bulletin's folder or pass --root.`);
  }
  const module: { options?: unknown } = await import(pathToFileURL(configFile).href);
  if (!isOptions(module.options)) {
    throw new Error(`${configFile} must export \`options\` (CommuniqueOptions with a root folder).`);
  }
  return { root: absolute, config: resolveSiteConfig(module.options.site) };
}
