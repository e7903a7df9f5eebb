import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pictureSizes } from "../../../src/images/picture-view";

describe("pictureSizes", () => {
  it("names the article column's width from the stylesheet, so browsers pick the right file", () => {
    const css = readFileSync(new URL("../../../templates/assets/style.css", import.meta.url), "utf8");
    const measure = /--measure:\s*([\d.]+rem)/.exec(css)?.[1];
    expect(measure).toBeDefined();
    expect(pictureSizes).toContain(`) ${measure ?? ""},`);
  });
});
