/**
 * A small static file server for a built site on 127.0.0.1, for the audit and the browser
 * tests: directory addresses answer with their `index.html`, missing files with the site's
 * `404.html` and status 404, and nothing outside the folder is ever read.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/** Content types by file extension; anything else is served as bytes. */
const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The content type for a file name; Pagefind's `.pf_*` index files (and any unknown kind) are plain bytes. */
export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The file answering a request path inside `root` (absolute): `/x/` is `/x/index.html`;
 * undefined for a path that is not valid percent-encoding or that leaves the folder.
 */
export function resolveRequestPath(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes("\0")) return undefined;
  const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/** A running static server. */
export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops the server, dropping open connections. */
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, at `prefix` (the site's path prefix, starting
 * and ending with `/`): `<prefix>x/` answers with `dir/x/index.html`.
 */
export async function serveFolder(dir: string, prefix = "/"): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    respond(root, prefix, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function respond(root: string, prefix: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  // Outside the prefix nothing is served: the site's 404 page, as on the real host.
  const sitePath = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
  const file = sitePath === undefined ? undefined : resolveRequestPath(root, sitePath);
  if (sitePath !== undefined && file === undefined) {
    response.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("Forbidden");
    return;
  }
  const head = request.method === "HEAD";
  const found = file === undefined ? undefined : await stat(file).catch(() => undefined);
  if (file !== undefined && found?.isFile()) {
    const body = await readFile(file);
    response.writeHead(200, { "content-type": contentTypeFor(file), "content-length": body.length });
    response.end(head ? undefined : body);
    return;
  }
  if (found?.isDirectory()) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const notFound = await readFile(join(root, "404.html")).catch(() => Buffer.from("Not found"));
  response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  response.end(head ? undefined : notFound);
}
