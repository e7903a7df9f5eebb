/**
 * Writes the two files that make a folder a bulletin project outside this repository
 * (benchmarks and test fixtures): a `package.json` marking it ESM and a `.eleventy.ts`
 * that installs this checkout's Communique plugin with the given site settings.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { SiteConfig } from "../config";

const pluginUrl = pathToFileURL(new URL("../index.ts", import.meta.url).pathname).href;

/** Creates `root` with its project files; `content/` is the caller's. */
export async function scaffoldProject(root: string, site: Partial<SiteConfig> = {}): Promise<void> {
  await mkdir(join(root, "content", "articles"), { recursive: true });
  await writeFile(join(root, "package.json"), `${JSON.stringify({ type: "module", private: true })}\n`);
  await writeFile(
    join(root, ".eleventy.ts"),
    [
      `import communique from ${JSON.stringify(pluginUrl)};`,
      `export const options = { root: import.meta.dirname, site: ${JSON.stringify(site)} };`,
      `export const config = { templateFormats: ["11ty.tsx"], markdownTemplateEngine: false, htmlTemplateEngine: false };`,
      `export default function (eleventyConfig: { addPlugin(plugin: unknown, options: unknown): void }) { eleventyConfig.addPlugin(communique, options); }`,
      "",
    ].join("\n"),
  );
}
