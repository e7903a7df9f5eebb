import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareSite, type PreparedSite } from "../../src/build/prepare-site";
import { loadProject } from "../../src/cli/project";
import { buildTextFiles, feedArticleIndexes, type FeedArticle } from "../../src/feeds/build-text-files";
import type { ArticlePageView } from "../../src/views/types";
import { fixtureBuildTime } from "../support/fixture";

const repo = new URL("../..", import.meta.url).pathname;

// A production build makes the article pages a run at a time (`articlesOnDemand`) and the
// feeds from the bodies it kept on the way; the sample bulletin must come out exactly as
// when everything is made at once.
describe("the sample bulletin prepared with its article pages on demand", () => {
  let eager: PreparedSite;
  let lazy: PreparedSite;
  let views: ArticlePageView[];
  let buildTime: DateTime;

  beforeAll(async () => {
    const project = await loadProject(repo);
    buildTime = DateTime.fromISO(fixtureBuildTime, { zone: project.config.timeZone });
    eager = await prepareSite({ ...project, mode: "production", buildTime });
    lazy = await prepareSite({ ...project, mode: "production", buildTime, articlesOnDemand: true });
    const make = lazy.articleView;
    if (!make || !lazy.bulletin) throw new Error("no article views on demand");
    views = lazy.bulletin.entries.map((_, index) => make(index));
  }, 120_000);

  /** The bodies and figures of the articles the feeds show, as `buildSite` keeps them. */
  const feedArticles = (feedSize?: number): Map<string, FeedArticle> => {
    const shown = feedArticleIndexes(lazy.bulletin!, feedSize === undefined ? {} : { feedSize });
    return new Map(views.filter((_, index) => shown.has(index)).map((view) => [view.path, { bodyHtml: view.bodyHtml, ...(view.figure ? { figure: view.figure } : {}) }]));
  };

  it("holds no article page and no text file until asked", () => {
    expect(lazy.data?.articles).toEqual([]);
    expect(lazy.data?.files).toEqual([]);
    expect(eager.articleView).toBeUndefined();
  });

  it("makes every article page as the whole build does", () => {
    expect(views.length).toBeGreaterThan(20);
    expect(views).toEqual(eager.data?.articles);
    expect({ ...lazy.data, articles: [], files: [] }).toEqual({ ...eager.data, articles: [], files: [] });
  });

  it("writes the same feeds and sitemaps from the bodies of the articles in feeds only", () => {
    expect(buildTextFiles(lazy.bulletin!, lazy.data!, buildTime, { articles: feedArticles() })).toEqual(eager.data?.files);
    // With feeds of one entry, the bodies kept are enough, and each of them is needed.
    const few = feedArticles(1);
    expect(buildTextFiles(lazy.bulletin!, lazy.data!, buildTime, { feedSize: 1, articles: few })).toEqual(
      buildTextFiles(eager.bulletin!, eager.data!, buildTime, { feedSize: 1 }),
    );
    const [first] = few.keys();
    const fewer = new Map([...few].filter(([path]) => path !== first));
    expect(() => buildTextFiles(lazy.bulletin!, lazy.data!, buildTime, { feedSize: 1, articles: fewer })).toThrow(
      `buildTextFiles: no article page for ${first}.`,
    );
  });
});
