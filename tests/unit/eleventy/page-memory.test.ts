import { afterEach, describe, expect, it } from "vitest";
import { pageBytes, releasePageMemory, withPageMemory } from "../../../src/eleventy/page-memory";

const prefix = Buffer.from("<!DOCTYPE html>\n", "latin1");
const text = (n: number) => `<html><body><p>Trang ${n}: Hà Nội — Đà Nẵng 🇻🇳</p></body></html>`;
const expected = (n: number) => Buffer.concat([prefix, Buffer.from(text(n), "utf8")]);

afterEach(() => releasePageMemory());

describe("page memory", () => {
  it("writes each page after its prefix, as UTF-8, in a run and outside one", async () => {
    expect(pageBytes(prefix, text(1)).equals(expected(1))).toBe(true);
    expect(pageBytes(new Uint8Array(), "lone \uD800").equals(Buffer.from("lone \uFFFD", "utf8"))).toBe(true);
    await withPageMemory(async () => {
      const long = (n: number) => text(n).repeat(300);
      const pages = Array.from({ length: 300 }, (_, n) => pageBytes(prefix, long(n)));
      // Every page of the run stays intact while later ones are written, across chunks.
      pages.forEach((bytes, n) => expect(bytes.equals(Buffer.concat([prefix, Buffer.from(long(n), "utf8")]))).toBe(true));
      expect(new Set(pages.map((bytes) => bytes.buffer)).size).toBeGreaterThan(1);
      // A page too large to share a chunk gets a buffer of its own, written whole.
      const large = pageBytes(new Uint8Array(), "x".repeat(400_000));
      expect(large.equals(Buffer.from("x".repeat(400_000)))).toBe(true);
      expect(large.buffer.byteLength).toBe(400_000);
    });
  });

  it("cuts pages of one run from shared chunks, and gives the next run the same memory", async () => {
    const first = await withPageMemory(async () => [pageBytes(prefix, text(1)), pageBytes(prefix, text(2))]);
    expect(first[0]?.buffer).toBe(first[1]?.buffer);
    const second = await withPageMemory(async () => pageBytes(prefix, text(3)));
    expect(second.buffer).toBe(first[0]?.buffer);
    expect(second.byteOffset).toBe(first[0]?.byteOffset);
    expect(second.equals(expected(3))).toBe(true);
    // Outside a run, a buffer of its own.
    expect(pageBytes(prefix, text(4)).buffer).not.toBe(second.buffer);
  });

  it("runs one at a time, and keeps nothing once released", async () => {
    await withPageMemory(async () => {
      await expect(withPageMemory(async () => 1)).rejects.toThrow("one run at a time");
      expect(() => releasePageMemory()).toThrow("still using");
    });
    const before = await withPageMemory(async () => pageBytes(prefix, text(1)));
    releasePageMemory();
    const after = await withPageMemory(async () => pageBytes(prefix, text(1)));
    expect(after.buffer).not.toBe(before.buffer);
    await expect(withPageMemory(async () => Promise.reject(new Error("failed run")))).rejects.toThrow("failed run");
    expect(await withPageMemory(async () => "a run after a failed one")).toBe("a run after a failed one");
  });
});
