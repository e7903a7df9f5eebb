import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder, type StaticServer } from "../../src/audit/serve-folder";
import { tempFolder, writeFiles } from "../support/fixture";

describe("serveFolder", () => {
  let servers: StaticServer[];
  let root: StaticServer;
  let prefixed: StaticServer;

  beforeAll(async () => {
    const parent = await tempFolder("communique-serve-");
    await writeFiles(parent, {
      "site/index.html": "<h1>Home</h1>",
      "site/404.html": "<h1>Not here</h1>",
      "site/topics/index.html": "<h1>Topics</h1>",
      "site/pagefind/index/en_1.pf_index": Buffer.from([1, 2, 3]),
      "site/assets/style.css": "body{}",
      "secret.txt": "outside the site",
    });
    root = await serveFolder(`${parent}/site`);
    prefixed = await serveFolder(`${parent}/site`, "/bulletin/");
    servers = [root, prefixed];
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  const get = async (server: StaticServer, path: string) => {
    const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
    return { status: response.status, type: response.headers.get("content-type"), location: response.headers.get("location"), body: await response.text() };
  };

  it("listens on 127.0.0.1", () => {
    expect(root.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers a folder address with its index.html and a file with its type", async () => {
    expect(await get(root, "/")).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<h1>Home</h1>" });
    expect(await get(root, "/topics/")).toMatchObject({ status: 200, body: "<h1>Topics</h1>" });
    expect(await get(root, "/assets/style.css")).toMatchObject({ status: 200, type: "text/css; charset=utf-8" });
    expect(await get(root, "/pagefind/index/en_1.pf_index")).toMatchObject({ status: 200, type: "application/octet-stream" });
  });

  it("redirects a folder without its slash", async () => {
    expect(await get(root, "/topics")).toMatchObject({ status: 301, location: "/topics/" });
  });

  it("answers a missing address with the site's 404 page", async () => {
    expect(await get(root, "/no-such-page/")).toMatchObject({ status: 404, type: "text/html; charset=utf-8", body: "<h1>Not here</h1>" });
  });

  it("never serves a file outside the folder", async () => {
    expect((await get(root, "/..%2fsecret.txt")).status).toBe(403);
    expect((await get(root, "/%2e%2e/secret.txt")).body).not.toContain("outside the site");
  });

  it("serves under a path prefix, and nothing outside it", async () => {
    expect(await get(prefixed, "/bulletin/topics/")).toMatchObject({ status: 200, body: "<h1>Topics</h1>" });
    expect(await get(prefixed, "/topics/")).toMatchObject({ status: 404, body: "<h1>Not here</h1>" });
  });
});
