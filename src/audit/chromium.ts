/**
 * The system Chromium the audit and the browser tests drive: Debian's `chromium` package
 * unless `CHROMIUM_PATH` names another binary. Never downloaded.
 */
import { existsSync } from "node:fs";

/** Where the Chromium binary is: `CHROMIUM_PATH`, else `/usr/bin/chromium`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env["CHROMIUM_PATH"] || "/usr/bin/chromium";
}

/** Flags for a quiet headless Chromium that never reaches the network on its own. */
export const chromiumFlags: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The path of the Chromium binary; throws saying how to install it when it is missing. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = chromiumPath(env);
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's package ` +
        "(sudo apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  return path;
}
