/**
 * Site-wide configuration: one typed defaults table, validated at start-up. A bad value
 * is a programmer mistake and throws, naming the option, the value and what is allowed.
 */
import { IANAZone } from "luxon";

export interface SiteConfig {
  /** Bulletin name, shown in the header and `<title>`. @default "Communique" */
  readonly name: string;
  /** Absolute base URL of the published site. @default "http://localhost:8080/" */
  readonly baseUrl: string;
  /** IANA time zone every date is computed and shown in. @default "Asia/Ho_Chi_Minh" */
  readonly timeZone: string;
  /** Default article language (BCP 47). @default "en" */
  readonly lang: string;
  /** Languages articles may use. @default ["en"] */
  readonly languages: readonly string[];
  /** Section of an article that names none. @default "World" */
  readonly defaultSection: string;
  /** Articles on a topic page. @default 20 (1–500) */
  readonly topicPageSize: number;
  /** Articles on the home page. @default 20 (1–500) */
  readonly homeSize: number;
  /** Entries in a Related Topics block. @default 6 (1–50) */
  readonly relatedCount: number;
  /**
   * Folder of processed pictures, kept between builds (absolute, or relative to the project);
   * the environment variable `COMMUNIQUE_IMAGE_CACHE` overrides it. @default ".cache/images"
   */
  readonly imageCache?: string;
}

export const defaultSiteConfig: SiteConfig = {
  name: "Communique",
  baseUrl: "http://localhost:8080/",
  timeZone: "Asia/Ho_Chi_Minh",
  lang: "en",
  languages: ["en"],
  defaultSection: "World",
  topicPageSize: 20,
  homeSize: 20,
  relatedCount: 6,
};

function fail(option: string, value: unknown, allowed: string): never {
  // JSON would print NaN and Infinity as null.
  const shown = typeof value === "number" ? String(value) : JSON.stringify(value);
  throw new Error(`Communique option "${option}" is ${shown}; expected ${allowed}.`);
}

function checkCount(option: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) fail(option, value, `a whole number from 1 to ${max}`);
}

/** Merges `options` over the defaults (never mutating either) and validates the result. */
export function resolveSiteConfig(options: Partial<SiteConfig> = {}): SiteConfig {
  const config: SiteConfig = { ...defaultSiteConfig, ...options };
  if (!config.name.trim()) fail("name", config.name, "a non-empty string");
  let url: URL | undefined;
  try {
    url = new URL(config.baseUrl);
  } catch {
    fail("baseUrl", config.baseUrl, "an absolute http(s) URL such as https://example.org/");
  }
  if (!/^https?:$/.test(url.protocol) || !config.baseUrl.endsWith("/")) {
    fail("baseUrl", config.baseUrl, "an absolute http(s) URL ending in /");
  }
  if (!IANAZone.isValidZone(config.timeZone)) fail("timeZone", config.timeZone, "an IANA time zone such as Asia/Ho_Chi_Minh");
  if (config.languages.length === 0) fail("languages", config.languages, "at least one language code");
  if (!config.languages.includes(config.lang)) fail("lang", config.lang, `one of ${config.languages.join(", ")}`);
  if (!config.defaultSection.trim()) fail("defaultSection", config.defaultSection, "a non-empty string");
  checkCount("topicPageSize", config.topicPageSize, 500);
  checkCount("homeSize", config.homeSize, 500);
  checkCount("relatedCount", config.relatedCount, 50);
  if (config.imageCache !== undefined && !config.imageCache.trim()) fail("imageCache", config.imageCache, "a folder path");
  return config;
}
