import { describe, expect, it } from "vitest";
import { contentTypeFor, resolveRequestPath } from "../../../src/audit/serve-folder";

describe("contentTypeFor", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["assets/style.css", "text/css; charset=utf-8"],
    ["pagefind/pagefind.js", "text/javascript; charset=utf-8"],
    ["pagefind/pagefind-worker.mjs", "text/javascript; charset=utf-8"],
    ["feed.json", "application/json; charset=utf-8"],
    ["pagefind/wasm.en.pagefind", "application/octet-stream"],
    ["pagefind/pagefind.wasm", "application/wasm"],
    ["sitemap.xml", "application/xml; charset=utf-8"],
    ["images/logo.svg", "image/svg+xml"],
    ["images/photo.JPG", "image/jpeg"],
    ["images/photo.png", "image/png"],
    ["images/photo.webp", "image/webp"],
    ["images/photo.avif", "image/avif"],
    ["pagefind/index/en_4e5a.pf_index", "application/octet-stream"],
    ["pagefind/fragment/en_1a2b.pf_fragment", "application/octet-stream"],
    ["pagefind/pagefind-entry.json", "application/json; charset=utf-8"],
  ])("%s → %s", (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe("resolveRequestPath", () => {
  const root = "/srv/site";
  it.each([
    ["/", "/srv/site/index.html"],
    ["/topics/", "/srv/site/topics/index.html"],
    ["/assets/style.css", "/srv/site/assets/style.css"],
    ["/topics/vi%E1%BB%87t-nam/", "/srv/site/topics/việt-nam/index.html"],
    ["/topics", "/srv/site/topics"],
  ])("%s → %s", (pathname, file) => {
    expect(resolveRequestPath(root, pathname)).toBe(file);
  });

  it.each([["/..%2f..%2fetc%2fpasswd"], ["/%2e%2e/site-secrets/x"], ["/..%2fsite2/index.html"], ["/%E0%A4%A"], ["/a%00b"]])(
    "refuses %s",
    (pathname) => {
      expect(resolveRequestPath(root, pathname)).toBeUndefined();
    },
  );
});
