/**
 * The Communique Eleventy plugin: wires the pure core to Eleventy through a few small
 * sub-plugins, installed in this fixed order. `.eleventy.ts` adds it with typed options.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { ImageCopy, PreparedSite } from "./build/prepare-site";
import { resolveSiteConfig, type SiteConfig } from "./config";
import { bulletinData } from "./eleventy/bulletin-data";
import { searchIndex } from "./eleventy/search-index";
import { staticFiles } from "./eleventy/static-files";
import { tsxTemplates } from "./eleventy/tsx-templates";
import { templatesDir } from "./paths";
import { searchablePages } from "./search/index-site";

export interface CommuniqueOptions {
  /** Absolute path of the project: the folder that holds `content/`. */
  readonly root: string;
  /** Site settings over the defaults of `defaultSiteConfig`. */
  readonly site?: Partial<SiteConfig>;
}

/** Installs Communique into an Eleventy configuration. */
export default function communique(eleventyConfig: UserConfig, options: CommuniqueOptions): void {
  const config = resolveSiteConfig(options.site);
  let images: readonly ImageCopy[] = [];
  let searchable = 0;

  eleventyConfig.addPlugin(tsxTemplates);
  eleventyConfig.addPlugin(bulletinData, {
    root: options.root,
    config,
    onPrepared: (prepared: PreparedSite) => {
      images = prepared.images;
      searchable = searchablePages(prepared.data?.articles ?? []);
    },
  });
  eleventyConfig.addPlugin(staticFiles, { templatesDir, images: () => images });
  eleventyConfig.addPlugin(searchIndex, { language: config.lang, pages: () => searchable });
}

export { resolveSiteConfig, defaultSiteConfig, type SiteConfig } from "./config";
export type { Issue, IssueCode } from "./diagnostics/issue";
export type { Article } from "./model/article";
