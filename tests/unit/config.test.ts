import { describe, expect, it } from "vitest";
import { defaultSiteConfig, resolveSiteConfig, type SiteConfig } from "../../src/config";

const defaults: SiteConfig = {
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

describe("resolveSiteConfig", () => {
  it("defaults", () => {
    expect(defaultSiteConfig).toEqual(defaults);
    expect(resolveSiteConfig()).toEqual(defaults);
    expect(resolveSiteConfig({})).toEqual(defaults);
  });

  it("merges options over the defaults", () => {
    expect(
      resolveSiteConfig({
        name: "ASEAN Bulletin",
        baseUrl: "https://example.org/bulletin/",
        timeZone: "Europe/London",
        languages: ["en", "vi"],
        lang: "vi",
        topicPageSize: 1,
        homeSize: 500,
        relatedCount: 50,
      }),
    ).toEqual({
      name: "ASEAN Bulletin",
      baseUrl: "https://example.org/bulletin/",
      timeZone: "Europe/London",
      lang: "vi",
      languages: ["en", "vi"],
      defaultSection: "World",
      topicPageSize: 1,
      homeSize: 500,
      relatedCount: 50,
    });
  });

  it("mutates neither the options nor the defaults", () => {
    const options: Partial<SiteConfig> = { name: "Bulletin", languages: ["en", "vi"] };
    const before = structuredClone(options);
    const defaultsBefore = structuredClone(defaultSiteConfig);
    const config = resolveSiteConfig(options);
    expect(config).not.toBe(options);
    expect(config).not.toBe(defaultSiteConfig);
    expect(options).toEqual(before);
    expect(defaultSiteConfig).toEqual(defaultsBefore);
    expect(resolveSiteConfig()).toEqual(defaults);
  });

  it.each<{ case: string; options: Partial<SiteConfig>; message: string }>([
    { case: "name empty", options: { name: "" }, message: 'Communique option "name" is ""; expected a non-empty string.' },
    { case: "name blank", options: { name: "  " }, message: 'Communique option "name" is "  "; expected a non-empty string.' },
    {
      case: "baseUrl not absolute",
      options: { baseUrl: "example.org/" },
      message: 'Communique option "baseUrl" is "example.org/"; expected an absolute http(s) URL such as https://example.org/.',
    },
    {
      case: "baseUrl a bare path",
      options: { baseUrl: "/bulletin/" },
      message: 'Communique option "baseUrl" is "/bulletin/"; expected an absolute http(s) URL such as https://example.org/.',
    },
    {
      case: "baseUrl not http(s)",
      options: { baseUrl: "ftp://example.org/" },
      message: 'Communique option "baseUrl" is "ftp://example.org/"; expected an absolute http(s) URL ending in /.',
    },
    {
      case: "baseUrl not ending in /",
      options: { baseUrl: "https://example.org/bulletin" },
      message: 'Communique option "baseUrl" is "https://example.org/bulletin"; expected an absolute http(s) URL ending in /.',
    },
    {
      case: "baseUrl host without the final /",
      options: { baseUrl: "https://example.org" },
      message: 'Communique option "baseUrl" is "https://example.org"; expected an absolute http(s) URL ending in /.',
    },
    {
      case: "unknown time zone",
      options: { timeZone: "Asia/Hanoi_City" },
      message: 'Communique option "timeZone" is "Asia/Hanoi_City"; expected an IANA time zone such as Asia/Ho_Chi_Minh.',
    },
    {
      case: "empty languages",
      options: { languages: [] },
      message: 'Communique option "languages" is []; expected at least one language code.',
    },
    {
      case: "lang not among languages",
      options: { lang: "fr", languages: ["en", "vi"] },
      message: 'Communique option "lang" is "fr"; expected one of en, vi.',
    },
    {
      case: "default lang not among languages",
      options: { languages: ["vi"] },
      message: 'Communique option "lang" is "en"; expected one of vi.',
    },
    {
      case: "defaultSection empty",
      options: { defaultSection: " " },
      message: 'Communique option "defaultSection" is " "; expected a non-empty string.',
    },
    {
      case: "topicPageSize 0",
      options: { topicPageSize: 0 },
      message: 'Communique option "topicPageSize" is 0; expected a whole number from 1 to 500.',
    },
    {
      case: "topicPageSize 1.5",
      options: { topicPageSize: 1.5 },
      message: 'Communique option "topicPageSize" is 1.5; expected a whole number from 1 to 500.',
    },
    {
      case: "topicPageSize 501",
      options: { topicPageSize: 501 },
      message: 'Communique option "topicPageSize" is 501; expected a whole number from 1 to 500.',
    },
    {
      case: "homeSize 0",
      options: { homeSize: 0 },
      message: 'Communique option "homeSize" is 0; expected a whole number from 1 to 500.',
    },
    {
      case: "homeSize 501",
      options: { homeSize: 501 },
      message: 'Communique option "homeSize" is 501; expected a whole number from 1 to 500.',
    },
    {
      case: "homeSize negative",
      options: { homeSize: -3 },
      message: 'Communique option "homeSize" is -3; expected a whole number from 1 to 500.',
    },
    {
      case: "relatedCount 51",
      options: { relatedCount: 51 },
      message: 'Communique option "relatedCount" is 51; expected a whole number from 1 to 50.',
    },
    {
      case: "relatedCount 0",
      options: { relatedCount: 0 },
      message: 'Communique option "relatedCount" is 0; expected a whole number from 1 to 50.',
    },
  ])("throws on $case", ({ options, message }) => {
    expect(() => resolveSiteConfig(options)).toThrow(new Error(message));
  });

  it("checks options in a fixed order: the first bad one is named", () => {
    expect(() => resolveSiteConfig({ name: "", topicPageSize: 0 })).toThrow(
      new Error('Communique option "name" is ""; expected a non-empty string.'),
    );
  });
});

describe("resolveSiteConfig names numbers JSON cannot show", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY])("topicPageSize %s", (value) => {
    expect(() => resolveSiteConfig({ topicPageSize: value })).toThrow(
      new Error(`Communique option "topicPageSize" is ${String(value)}; expected a whole number from 1 to 500.`),
    );
  });
});
