/**
 * Eleventy configuration of the sample bulletin: site settings and the Communique
 * plugin. Eleventy never finds a `.ts` config by itself; `communique` commands pass it.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import communique, { type CommuniqueOptions } from "./src/index";

/** The bulletin's settings; `communique check`, `related` and `new` read them from here too. */
export const options: CommuniqueOptions = {
  root: import.meta.dirname,
  site: {
    name: "The Diplomatic Bulletin",
    baseUrl: "https://example.org/",
    timeZone: "Asia/Ho_Chi_Minh",
    lang: "en",
    languages: ["en", "vi"],
    defaultSection: "World",
  },
};

export const config = {
  dir: { input: "templates", output: "_site" },
  templateFormats: ["11ty.tsx"],
  // Article text is never run as a template; articles do not pass through Eleventy at all.
  markdownTemplateEngine: false as const,
  htmlTemplateEngine: false as const,
};

export default function (eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(communique, options);
}
