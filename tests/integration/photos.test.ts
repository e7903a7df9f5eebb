import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import { imageSize } from "image-size";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildReport } from "../../src/build/build-site";
import { loadProject } from "../../src/cli/project";
import { imageCacheVariable } from "../../src/images/image-cache";
import { bodyImageAltMessage, bodyImageMissingMessage, bodyImageRemoteMessage } from "../../src/model/find-body-images";
import { resolveBuildTime } from "../../src/time/build-time";
import { article, build, check, fixtureBuildTime, listFiles, makeFixture, page, tempFolder } from "../support/fixture";

/** A real JPEG of `width` × `height` with some detail to encode. */
function photo(width: number, height: number, channels: 3 | 4 = 3): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * channels);
  for (let index = 0; index < pixels.length; index += 1) pixels[index] = (index * 7 + Math.floor(index / (width * channels)) * 3) & 255;
  const image = sharp(pixels, { raw: { width, height, channels } });
  return channels === 4 ? image.png().toBuffer() : image.jpeg().toBuffer();
}

const leadUrl = "/2024/05/09/ministers-meet-in-hanoi/";
const otherUrl = "/2024/05/10/the-map-again/";

async function fixture(): Promise<string> {
  return makeFixture({
    "content/images/summit.jpg": await photo(1000, 600),
    "content/articles/2024/05/delta-map.png": await photo(500, 300, 4),
    "content/images/chart.jpg": await photo(300, 200),
    "content/articles/2024/05/ministers.md": article(
      {
        title: "Ministers meet in Hanoi",
        date: "2024-05-09T10:00:00+07:00",
        summary: "Ministers agreed on a plan.",
        tags: ["ASEAN"],
        image: "{ src: summit.jpg, alt: Ministers at the table, caption: The opening session, credit: VNA }",
      },
      'The talks began.\n\n![Map of the Mekong delta](delta-map.png)\n\nTrade grew, as the chart shows: ![Trade by year](chart.jpg "Trade")\n',
    ),
    "content/articles/2024/05/map-again.md": article(
      { title: "The map again", date: "2024-05-10T10:00:00+07:00", summary: "The same map.", tags: ["ASEAN"] },
      "![The delta once more](delta-map.png)\n",
    ),
  });
}

async function buildWithReport(root: string): Promise<BuildReport> {
  const project = await loadProject(root);
  const buildTime = resolveBuildTime(fixtureBuildTime, new Date(), project.config.timeZone);
  return buildSite({ ...project, buildTime, output: join(root, "_site") });
}

/** Every file a page's pictures point to: each `srcset` candidate and each `src`. */
function pictureUrls($: CheerioAPI): string[] {
  const candidates = $("picture source, picture img")
    .toArray()
    .flatMap((element) => ($(element).attr("srcset") ?? "").split(",").map((candidate) => candidate.trim().split(" ")[0] ?? ""));
  return [...candidates, ...$("picture img").toArray().map((element) => $(element).attr("src") ?? "")].filter((url) => url !== "");
}

describe("photos", () => {
  let root: string;
  let cold: BuildReport;
  let $: CheerioAPI;

  beforeAll(async () => {
    root = await fixture();
    cold = await buildWithReport(root);
    expect(cold.ok).toBe(true);
    $ = await page(root, leadUrl);
  });

  it("shows the lead picture as AVIF, WebP and a JPEG img with its size, fetched first", () => {
    const picture = $("figure.lead > picture");
    expect(picture.children("source").toArray().map((source) => $(source).attr("type"))).toEqual(["image/avif", "image/webp"]);
    const img = picture.children("img");
    expect(img.attr("src")).toMatch(/^\/images\/summit\.[0-9a-f]{10}-800\.jpg$/);
    expect(img.attr("srcset")).toMatch(/^\/images\/summit\.[0-9a-f]{10}-480\.jpg 480w, \/images\/summit\.[0-9a-f]{10}-800\.jpg 800w$/);
    expect(img.attr("sizes")).toBe(picture.children("source").first().attr("sizes"));
    expect([img.attr("width"), img.attr("height"), img.attr("alt")]).toEqual(["800", "480", "Ministers at the table"]);
    expect([img.attr("loading"), img.attr("fetchpriority"), img.attr("decoding")]).toEqual(["eager", "high", undefined]);
    expect($("figure.lead figcaption").text()).toBe("The opening session (Photo: VNA)");
  });

  it("shows body pictures as lazy <picture>s with their description, size and title", () => {
    const imgs = $(".body picture > img");
    expect(imgs.toArray().map((img) => [$(img).attr("alt"), $(img).attr("width"), $(img).attr("height"), $(img).attr("title")])).toEqual([
      ["Map of the Mekong delta", "480", "288", undefined],
      ["Trade by year", "300", "200", "Trade"],
    ]);
    for (const img of imgs.toArray()) {
      expect([$(img).attr("loading"), $(img).attr("decoding"), $(img).attr("fetchpriority")]).toEqual(["lazy", "async", undefined]);
    }
    expect($(".body picture").first().children("source").length).toBe(2);
  });

  it("never makes a picture wider than its original", () => {
    const widths = pictureUrls($).map((url) => Number(/-(\d+)\.\w+$/.exec(url)?.[1]));
    expect(Math.max(...widths)).toBe(800);
    expect($(".body img[alt='Trade by year']").attr("srcset")).toMatch(/^\/images\/chart\.[0-9a-f]{10}-300\.jpg 300w$/);
  });

  it("writes every file a picture points to, at the size its img says", async () => {
    const pages = [$, await page(root, otherUrl)];
    const urls = pages.flatMap(pictureUrls);
    expect(urls.length).toBeGreaterThan(15);
    const missing = urls.filter((url) => !existsSync(join(root, "_site", url)));
    expect(missing).toEqual([]);
    for (const img of $("picture img").toArray()) {
      const size = imageSize(await readFile(join(root, "_site", $(img).attr("src") ?? "")));
      expect([String(size.width), String(size.height)]).toEqual([$(img).attr("width"), $(img).attr("height")]);
    }
  });

  it("points Open Graph at the widest JPEG, which exists", () => {
    const image = $('meta[property="og:image"]').attr("content") ?? "";
    expect(image).toBe(`http://localhost:8080${$("figure.lead img").attr("src")}`);
    expect(existsSync(join(root, "_site", new URL(image).pathname))).toBe(true);
  });

  it("processes each picture once, keeping it in .cache/images with a manifest", async () => {
    expect(cold.prepared.imageStats).toEqual({ processed: 3, reused: 0 });
    const folders = (await readdir(join(root, ".cache", "images"))).sort();
    expect(folders).toHaveLength(3);
    for (const folder of folders) expect(existsSync(join(root, ".cache", "images", folder, "manifest.json"))).toBe(true);
  });

  it("a second build processes nothing and writes the same files", async () => {
    const before = await listFiles(join(root, "_site"));
    const warm = await buildWithReport(root);
    expect(warm.prepared.imageStats).toEqual({ processed: 0, reused: 3 });
    expect(await listFiles(join(root, "_site"))).toEqual(before);
    expect(pictureUrls(await page(root, leadUrl))).toEqual(pictureUrls($));
  });
});

describe("photos: the cache folder", () => {
  afterEach(() => {
    delete process.env[imageCacheVariable];
  });

  it("goes where COMMUNIQUE_IMAGE_CACHE says", async () => {
    const root = await makeFixture({
      "content/images/chart.jpg": await photo(120, 80),
      "content/articles/one.md": article({ title: "One", date: "2024-01-01", summary: "S.", tags: ["ASEAN"], image: "{ src: chart.jpg, alt: A chart }" }),
    });
    const cache = await tempFolder();
    process.env[imageCacheVariable] = cache;
    const report = await buildWithReport(root);
    expect(report.prepared.imageStats).toEqual({ processed: 1, reused: 0 });
    expect(await readdir(cache)).toHaveLength(1);
    expect(existsSync(join(root, ".cache", "images"))).toBe(false);
  });
});

describe("photos: mistakes in body pictures", () => {
  it("reports each at its line, and the build writes nothing", async () => {
    const file = "content/articles/2024/05/bad.md";
    const root = await makeFixture({
      "content/images/chart.jpg": await photo(120, 80),
      [file]: article(
        { title: "Bad pictures", date: "2024-05-01", summary: "S.", tags: ["ASEAN"] },
        "Intro.\n\n![](chart.jpg)\n\nText ![Map](nowhere.jpg)\n\n![Remote](https://example.org/map.jpg)\n",
      ),
    });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(
      [
        `${file}:11:1  body  ${bodyImageAltMessage}`,
        `${file}:13:6  body  ${bodyImageMissingMessage("nowhere.jpg")}`,
        `${file}:15:1  body  ${bodyImageRemoteMessage}`,
        "3 errors in 1 file",
      ].join("\n"),
    );
    expect((await build(root)).code).toBe(1);
    expect(await listFiles(join(root, "_site"))).toEqual([]);
    expect(existsSync(join(root, ".cache", "images"))).toBe(false);
  });
});
