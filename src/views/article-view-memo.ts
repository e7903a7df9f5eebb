/**
 * Article views kept between the dev server's builds. An article file that did not change
 * comes back from the loader as the very same object; when everything else its view is made
 * of (URL, status, topic names, Related Topics, section, pictures: the `inputs`) is equal, its view is handed back as the very same object, so it is neither made nor
 * compared again. A changed file is a new object and gets a new view.
 */
import type { ArticleMeta } from "../model/article";
import { sameValue } from "./same-value";
import type { ArticlePageView } from "./types";

/** See the module comment; one memo serves one dev session with one configuration. */
export interface ArticleViewMemo {
  /** The view kept for `article` when it was made from equal `inputs`; else `make()`, kept. */
  view(article: ArticleMeta, inputs: unknown, make: () => ArticlePageView): ArticlePageView;
}

/** A fresh, empty {@link ArticleViewMemo}. Entries go with their article objects. */
export function createArticleViewMemo(): ArticleViewMemo {
  const kept = new WeakMap<ArticleMeta, { readonly inputs: unknown; readonly view: ArticlePageView }>();
  return {
    view(article, inputs, make) {
      const known = kept.get(article);
      if (known && sameValue(known.inputs, inputs)) return known.view;
      const view = make();
      kept.set(article, { inputs, view });
      return view;
    },
  };
}
