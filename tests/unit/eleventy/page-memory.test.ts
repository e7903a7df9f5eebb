import { afterEach, describe, expect, it } from "vitest";
import { joinedBytes, pageBytes, releasePageMemory, withPageMemory } from "../../../src/eleventy/page-memory";

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

  it("joins pieces into one page, next to the pages around it in a run", async () => {
    const pieces = [Buffer.from("<feed>\n", "utf8"), Buffer.from("  <entry>Hà Nội</entry>\n", "utf8"), new Uint8Array(), Buffer.from("</feed>\n", "utf8")];
    const whole = Buffer.concat(pieces);
    expect(joinedBytes(pieces).equals(whole)).toBe(true);
    expect(joinedBytes([]).byteLength).toBe(0);
    await withPageMemory(async () => {
      const before = pageBytes(prefix, text(1));
      const joined = joinedBytes(pieces);
      const after = pageBytes(prefix, text(2));
      expect(joined.equals(whole)).toBe(true);
      // Cut from the same chunk, each right after the one before: nothing overlaps.
      expect(joined.buffer).toBe(before.buffer);
      expect(joined.byteOffset).toBe(before.byteOffset + before.byteLength);
      expect(after.byteOffset).toBe(joined.byteOffset + joined.byteLength);
      expect([before.equals(expected(1)), joined.equals(whole), after.equals(expected(2))]).toEqual([true, true, true]);
      // Pieces too large to share a chunk are joined in a buffer of their own.
      const large = joinedBytes([Buffer.alloc(700_000, 1), Buffer.alloc(700_000, 2)]);
      expect(large.buffer.byteLength).toBe(1_400_000);
      expect([large[0], large[699_999], large[700_000], large[1_399_999]]).toEqual([1, 1, 2, 2]);
    });
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
