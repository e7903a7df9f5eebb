import { describe, expect, it } from "vitest";
import { parseManifest, readVariant, serializeManifest, variantFile, type ImageManifest } from "../../../src/images/image-manifest";

const key = "a".repeat(64);
const manifest: ImageManifest = {
  key,
  variants: [
    { format: "avif", width: 480, height: 320, file: "480.avif", bytes: 9000 },
    { format: "webp", width: 480, height: 320, file: "480.webp", bytes: 12000 },
    { format: "jpeg", width: 480, height: 320, file: "480.jpeg", bytes: 30000 },
  ],
};

describe("variantFile", () => {
  it.each([
    [480, "avif", "480.avif"],
    [1200, "jpeg", "1200.jpeg"],
  ] as const)("%i %s → %s", (width, format, file) => {
    expect(variantFile(width, format)).toBe(file);
  });
});

describe("serializeManifest and parseManifest", () => {
  it("read back what was written", () => {
    expect(parseManifest(serializeManifest(manifest), key)).toEqual(manifest);
  });

  it("write the widths, formats, file names and sizes", () => {
    expect(JSON.parse(serializeManifest(manifest))).toEqual({ version: 1, ...manifest });
  });

  const written = JSON.parse(serializeManifest(manifest)) as Record<string, unknown>;
  it.each<[string, string]>([
    ["not JSON", "{"],
    ["another version", JSON.stringify({ ...written, version: 2 })],
    ["another picture's key", JSON.stringify({ ...written, key: "b".repeat(64) })],
    ["no variants", JSON.stringify({ ...written, variants: [] })],
    ["a list", "[]"],
    ["a file outside its folder", JSON.stringify({ ...written, variants: [{ ...manifest.variants[0], file: "../480.avif" }] })],
    ["a file named for another width", JSON.stringify({ ...written, variants: [{ ...manifest.variants[0], file: "800.avif" }] })],
    ["an unknown format", JSON.stringify({ ...written, variants: [{ ...manifest.variants[0], format: "png", file: "480.png" }] })],
    ["a width that is not a whole number", JSON.stringify({ ...written, variants: [{ ...manifest.variants[0], width: 480.5, file: "480.5.avif" }] })],
  ])("read %s as no manifest", (_, text) => {
    expect(parseManifest(text, key)).toBeUndefined();
  });
});

describe("readVariant", () => {
  it.each<[string, unknown, boolean]>([
    ["a complete variant", { format: "webp", width: 800, height: 533, file: "800.webp", bytes: 1 }, true],
    ["a zero height", { format: "webp", width: 800, height: 0, file: "800.webp", bytes: 1 }, false],
    ["negative bytes", { format: "webp", width: 800, height: 533, file: "800.webp", bytes: -1 }, false],
    ["nothing", null, false],
  ])("%s", (_, value, valid) => {
    expect(readVariant(value) !== undefined).toBe(valid);
  });
});
