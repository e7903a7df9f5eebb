import { describe, expect, it } from "vitest";
import { documentBytes } from "../../../src/eleventy/tsx-templates";

describe("documentBytes", () => {
  it("writes a whole document after the doctype, as UTF-8", () => {
    // Built of many joined pieces, as a rendered page is, with letters of two bytes and more.
    let html = '<html lang="vi"><body>';
    for (let i = 0; i < 500; i++) html += `<p>Bản tin số ${i} — Hà Nội ✓</p>`;
    html += "</body></html>";
    const bytes = documentBytes(html);
    expect(bytes.toString("utf8")).toBe(`<!DOCTYPE html>\n${html}`);
    expect(bytes.length).toBe(Buffer.byteLength(`<!DOCTYPE html>\n${html}`, "utf8"));
  });

  it("leaves anything but a whole document as it is", () => {
    expect(documentBytes("<p>Hồ Chí Minh</p>").toString("utf8")).toBe("<p>Hồ Chí Minh</p>");
    expect(documentBytes(" <html></html>").toString("utf8")).toBe(" <html></html>");
    expect(documentBytes("").length).toBe(0);
  });

  it("writes a lone surrogate as U+FFFD, as Buffer.from does", () => {
    const html = "<html><body>\uD800</body></html>";
    expect(documentBytes(html).equals(Buffer.from(`<!DOCTYPE html>\n${html}`, "utf8"))).toBe(true);
  });
});
