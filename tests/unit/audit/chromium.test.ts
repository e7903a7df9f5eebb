import { describe, expect, it } from "vitest";
import { chromiumPath, requireChromium } from "../../../src/audit/chromium";

describe("chromiumPath", () => {
  it.each([
    [{}, "/usr/bin/chromium"],
    [{ CHROMIUM_PATH: "" }, "/usr/bin/chromium"],
    [{ CHROMIUM_PATH: "/opt/chromium/chrome" }, "/opt/chromium/chrome"],
  ])("%j → %s", (env, path) => {
    expect(chromiumPath(env)).toBe(path);
  });

  it("says how to install Chromium when the binary is missing", () => {
    expect(() => requireChromium({ CHROMIUM_PATH: "/nonexistent/chromium" })).toThrow(
      /Chromium not found at \/nonexistent\/chromium\. Install Debian's package .*apt-get install -y --no-install-recommends chromium.*CHROMIUM_PATH/,
    );
  });
});
