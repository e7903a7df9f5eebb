/**
 * Lets Eleventy render `*.11ty.tsx` page modules: each exports `data` and `render(data)`
 * returning a preact VNode, which becomes HTML here. Strings pass through untouched, and
 * bytes (a file kept as UTF-8) are handed to Eleventy to write as they are.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { isValidElement, type VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

interface DefaultRenderer {
  defaultRenderer(data: unknown): Promise<unknown>;
}

/** Registers the `11ty.tsx` template format on top of Eleventy's JavaScript engine. */
export function tsxTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension("11ty.tsx", {
    key: "11ty.js",
    compile() {
      return async function (this: DefaultRenderer, data: unknown): Promise<string | Buffer> {
        const output = await this.defaultRenderer(data);
        if (typeof output === "string") return output;
        if (output instanceof Uint8Array) return Buffer.from(output.buffer, output.byteOffset, output.byteLength);
        if (!isValidElement(output)) throw new Error("A .11ty.tsx render() must return a string, bytes or a preact element.");
        const html = renderToStaticMarkup(output as VNode);
        // html-validate's doctype-style rule wants the upper-case form.
        return html.startsWith("<html") ? `<!DOCTYPE html>\n${html}` : html;
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
