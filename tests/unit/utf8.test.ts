import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Bytes, utf8Text } from "../../src/utf8";

const bytesOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe("utf8Bytes and utf8Text", () => {
  it("write the same bytes as Buffer.from, and read them back, for every kind of text", () => {
    const texts = [
      "",
      "plain ASCII",
      "Bộ Ngoại giao Việt Nam — Đà Nẵng",
      "emoji 🇻🇳 and CJK 外交部",
      "x".repeat(70_000),
      "ệ".repeat(30_000),
    ];
    for (const text of texts) {
      expect(bytesOf(utf8Bytes(text)).equals(Buffer.from(text, "utf8"))).toBe(true);
      expect(utf8Text(utf8Bytes(text))).toBe(text);
    }
    // A lone surrogate has no UTF-8: it becomes U+FFFD, as Buffer.from writes it.
    expect(utf8Text(utf8Bytes("lone \uD800 high"))).toBe("lone \uFFFD high");
  });

  it("keep every earlier result intact while later texts fill slabs and start new ones", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 9000 }), { maxLength: 400 }), (texts) => {
        const made = texts.map((text) => utf8Bytes(text));
        texts.forEach((text, i) => expect(utf8Text(made[i] ?? new Uint8Array())).toBe(text));
      }),
      { numRuns: 30 },
    );
  });

  it("cut short texts from one slab, and give a text that could not share one a buffer of its own", () => {
    // Three short texts: a new slab can start before one of them, not before two.
    const [a, b, c] = ["first", "second", "third"].map(utf8Bytes);
    expect(a?.buffer === b?.buffer || b?.buffer === c?.buffer).toBe(true);
    expect(utf8Bytes("a".repeat(30_000)).buffer.byteLength).toBe(30_000);
  });
});
