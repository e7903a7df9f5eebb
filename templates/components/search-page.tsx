/**
 * The content of the search page: a form (query, then topic, section and year filters and
 * the order, all plain labelled controls), a status line and the results list, which
 * `assets/search.js` fills from the Pagefind index. Without JavaScript a note says search
 * needs it and points to the topics. The form works as a plain GET form: `?q=` opens the
 * page with the query filled in and searched.
 */
import type { SearchPageView } from "../../src/views/types";

/** Props of {@link SearchPage}: the page's view and the topics index it falls back to. */
export interface SearchPageProps {
  readonly view: SearchPageView;
  readonly topicsUrl: string;
}

/** `<h1>Search</h1>`, the form, the `<noscript>` note, the status and the results. */
export function SearchPage({ view, topicsUrl }: SearchPageProps) {
  return (
    <>
      <h1>Search</h1>
      <form
        role="search"
        action={view.url}
        method="get"
        id="search-form"
        class="search-form"
        data-bundle={view.bundleUrl}
        data-prefix={view.prefix}
      >
        <label for="search-query">Search the articles</label>
        <div class="search-box">
          <input type="search" id="search-query" name="q" />
          <button type="submit">Search</button>
        </div>
        <fieldset class="search-filters">
          <legend>Narrow the results</legend>
          <Choice id="search-topic" name="topic" label="Topic" any="All topics" values={view.topics} />
          <Choice id="search-section" name="section" label="Section" any="All sections" values={view.sections} />
          <Choice id="search-year" name="year" label="Year" any="All years" values={view.years} />
        </fieldset>
        <p class="search-order">
          <label for="search-sort">Order</label>
          <select id="search-sort" name="sort">
            <option value="">Best match first</option>
            <option value="newest">Newest first</option>
          </select>
        </p>
      </form>
      <noscript>
        <p class="search-noscript">
          Search needs JavaScript, which is turned off in this browser. You can still find articles through the{" "}
          <a href={topicsUrl}>topic index</a>.
        </p>
      </noscript>
      <p id="search-status" class="search-status" role="status"></p>
      <ol id="search-results" class="search-results"></ol>
      <button type="button" id="search-more" class="search-more" hidden>
        Show more results
      </button>
      <script type="module" src={view.scriptUrl}></script>
    </>
  );
}

interface ChoiceProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  /** The first option, which filters nothing. */
  readonly any: string;
  readonly values: readonly string[];
}

/** A labelled `<select>` of one filter's values, "any" first. */
function Choice({ id, name, label, any, values }: ChoiceProps) {
  return (
    <p class="search-filter">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{any}</option>
        {values.map((value) => (
          <option value={value}>{value}</option>
        ))}
      </select>
    </p>
  );
}
