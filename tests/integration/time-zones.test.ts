import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { article, build, listFiles, makeFixture, page } from "../support/fixture";

const files = {
  // 23:30 UTC on the 25th is 06:30 on the 26th in Hanoi: the URL says the 26th.
  "content/articles/late.md": article({ title: "Late UTC", date: "2020-08-25T23:30:00Z", summary: "L.", tags: ["Time"] }),
  // A bare date is that day in the site zone, never shifted by UTC.
  "content/articles/bare.md": article({ title: "Bare date", date: "2020-08-26", summary: "B.", tags: ["Time"] }),
};

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

async function buildUnder(tz: string): Promise<Map<string, string>> {
  process.env.TZ = tz;
  const root = await makeFixture(files);
  expect((await build(root)).code).toBe(0);
  const output = join(root, "_site");
  const contents = new Map<string, string>();
  for (const file of await listFiles(output)) contents.set(file, await readFile(join(output, file), "utf8"));
  return contents;
}

describe("dates in the site's time zone, whatever the machine's TZ", () => {
  for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
    it(`puts URLs and displayed dates in Asia/Ho_Chi_Minh under TZ=${tz}`, async () => {
      process.env.TZ = tz;
      const root = await makeFixture(files);
      expect((await build(root)).code).toBe(0);
      const late = await page(root, "/2020/08/26/late-utc/");
      expect(late("time.published").attr("datetime")).toBe("2020-08-26T06:30:00+07:00");
      expect(late("time.published").text()).toBe("26 August 2020, 06:30 GMT+7");
      const bare = await page(root, "/2020/08/26/bare-date/");
      expect(bare("time.published").attr("datetime")).toBe("2020-08-26T00:00:00+07:00");
    });
  }

  it("writes byte-identical sites under two TZ values", async () => {
    const a = await buildUnder("America/Los_Angeles");
    const b = await buildUnder("Asia/Tokyo");
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, text] of a) expect(b.get(file), file).toBe(text);
  });
});
