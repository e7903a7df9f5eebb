/**
 * The validated article: what the loader hands on once front matter has crossed the
 * boundary. Everything after the loader reads these types, never raw front matter.
 */
import type { DateTime } from "luxon";

/**
 * The summary `communique new` writes: the new file is valid at once (it is a draft), and
 * `check` refuses to publish it until the editor writes a real summary.
 */
export const summaryPlaceholder = "Summary to come: one or two sentences for lists, feeds and search.";

export interface ArticleImage {
  /** Project-relative path of the image file, e.g. `content/images/asean-rok.jpg`. */
  readonly file: string;
  readonly alt: string;
  readonly caption?: string;
  readonly credit?: string;
}

/** A picture in the body (`![alt](file.jpg)`), its file found like the lead image's. */
export interface BodyImage {
  /** Its address as the Markdown renderer writes it in `src`, e.g. `ha-noi.jpg` or `s%C3%B4ng.jpg`. */
  readonly src: string;
  /** Project-relative path of the image file, e.g. `content/images/ha-noi.jpg`. */
  readonly file: string;
}

export interface ArticleSource {
  readonly name: string;
  readonly url?: string;
}

export interface Correction {
  readonly date: DateTime;
  readonly text: string;
}

export interface Article {
  /** Project-relative path of the Markdown file, forward slashes. */
  readonly file: string;
  readonly title: string;
  /** Publication time, in the site's time zone. */
  readonly date: DateTime;
  readonly summary: string;
  /** Tags exactly as the editor typed them (aliases not yet resolved). */
  readonly tags: readonly string[];
  /** 1-based line of each tag in `tags`, for messages about topics. */
  readonly tagLines: readonly number[];
  /** 1-based column of each tag in `tags`. */
  readonly tagColumns: readonly number[];
  readonly section: string;
  readonly image?: ArticleImage;
  readonly source?: ArticleSource;
  readonly author?: string;
  readonly location?: string;
  readonly updated?: DateTime;
  readonly corrections: readonly Correction[];
  readonly draft: boolean;
  /** `[a-z0-9-]+`: from front matter, or derived from the title. */
  readonly slug: string;
  readonly lang: string;
  readonly translationKey?: string;
  /** The Markdown body, front matter removed. */
  readonly body: string;
  /** The pictures the body shows, each address once; absent when it shows none. */
  readonly bodyImages?: readonly BodyImage[];
}

/**
 * An article without its body: all the model needs. A production build keeps this of each
 * article, and the body as UTF-8 bytes until its page is made.
 */
export type ArticleMeta = Omit<Article, "body">;
