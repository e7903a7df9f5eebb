/**
 * The hand-off from the `communique` CLI to the Eleventy plugin within one process: the
 * CLI validates and models the bulletin first, then lets Eleventy render exactly that.
 * When Eleventy runs without the CLI, the plugin prepares the bulletin itself.
 */
import type { PreparedSite } from "../build/prepare-site";

interface RunContext {
  prepared?: PreparedSite;
}

// Kept on the global object under a registered symbol: Eleventy loads `.eleventy.ts` with
// Node's own loader, so under a test runner the plugin may see another copy of this module.
const key = Symbol.for("communique.run-context");
const holder = globalThis as { [key]?: RunContext };
const context: RunContext = (holder[key] ??= {});

/** Hands a prepared bulletin to the plugin for the next Eleventy build. */
export function handOff(prepared: PreparedSite | undefined): void {
  if (prepared) context.prepared = prepared;
  else delete context.prepared;
}

/** Takes the prepared bulletin, if the CLI left one; it is used once. */
export function takePrepared(): PreparedSite | undefined {
  const { prepared } = context;
  delete context.prepared;
  return prepared;
}
