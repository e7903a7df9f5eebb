import { describe, expect, it } from "vitest";
import * as api from "../../src/index";

describe("public API of src/index", () => {
  it("exports exactly these runtime names", () => {
    expect(Object.keys(api).sort()).toEqual(["default", "defaultSiteConfig", "resolveSiteConfig"]);
  });

  it("the default export is the plugin function (config, options)", () => {
    expect(typeof api.default).toBe("function");
    expect(api.default.length).toBe(2);
  });

  it("re-exports the configuration helpers", () => {
    expect(typeof api.resolveSiteConfig).toBe("function");
    expect(api.resolveSiteConfig()).toEqual(api.defaultSiteConfig);
  });
});
