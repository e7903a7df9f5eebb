/**
 * The search page's script. It reads the query, filters and order from the form (and from
 * the address, so `/search/?q=term` searches at once), asks the Pagefind index built with
 * the site, and lists the results as plain DOM: every piece of result data goes in as
 * text, never as HTML. The helpers that involve no DOM are exported for the tests.
 */

/** The filters of the form, by control name; each is a Pagefind filter of the same key. */
export const filterNames = ["topic", "section", "year"];

/** Results shown at first, and added by each "Show more results". */
export const pageSize = 20;

/**
 * @typedef {object} SearchState
 * @property {string} query the words searched for, trimmed; "" for none
 * @property {Record<string, string>} filters chosen filter values by filter name
 * @property {"" | "newest"} sort "" for best match first
 */

/**
 * The search state in a query string's parameters (`q`, `topic`, `section`, `year`, `sort`).
 * @param {URLSearchParams} params
 * @returns {SearchState}
 */
export function readState(params) {
  const text = (/** @type {string} */ name) => (params.get(name) ?? "").trim();
  /** @type {Record<string, string>} */
  const filters = {};
  for (const name of filterNames) {
    const value = text(name);
    if (value !== "") filters[name] = value;
  }
  return { query: text("q"), filters, sort: text("sort") === "newest" ? "newest" : "" };
}

/**
 * The query string of a state, with only the fields that are set: `?q=dialogue&year=2020`,
 * or "" for an empty state.
 * @param {SearchState} state
 * @returns {string}
 */
export function searchOf(state) {
  const params = new URLSearchParams();
  if (state.query !== "") params.set("q", state.query);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value !== undefined) params.set(name, value);
  }
  if (state.sort !== "") params.set("sort", state.sort);
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}

/**
 * True when the state asks for something: words, or at least one filter.
 * @param {SearchState} state
 */
export function hasRequest(state) {
  return state.query !== "" || Object.keys(state.filters).length > 0;
}

/**
 * Pagefind's search options for a state: its filters, and the date sort for "newest".
 * @param {SearchState} state
 * @returns {{ filters: Record<string, string>, sort?: Record<string, "asc" | "desc"> }}
 */
export function searchOptions(state) {
  return state.sort === "newest" ? { filters: { ...state.filters }, sort: { date: "desc" } } : { filters: { ...state.filters } };
}

/**
 * The sentence of the status line: `3 results for “dialogue”`, `No results for “…”`, or,
 * with filters and no words, how many articles the filters leave.
 * @param {number} count
 * @param {SearchState} state
 * @returns {string}
 */
export function statusText(count, state) {
  if (state.query !== "") {
    const quoted = `“${state.query}”`;
    if (count === 0) return `No results for ${quoted}`;
    return `${count} ${count === 1 ? "result" : "results"} for ${quoted}`;
  }
  if (count === 0) return "No articles match these filters";
  return `${count} ${count === 1 ? "article matches" : "articles match"} these filters`;
}

/**
 * @typedef {object} ResultData what this script reads of Pagefind's `result.data()`
 * @property {string} url the article's address, under the path prefix
 * @property {Record<string, string | undefined>} meta `title`, `summary`, `date` (ISO) and `date_text`
 */

/**
 * One `<li class="search-result">`: the headline linked to the article, the date as
 * `<time datetime>`, the summary in a `<p>`. Text only, through `textContent`.
 * @param {Document} document
 * @param {ResultData} data
 * @returns {HTMLLIElement}
 */
export function renderResult(document, data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta["title"] ?? data.url;
  heading.append(link);
  item.append(heading);
  const date = data.meta["date"];
  if (date !== undefined) {
    const time = document.createElement("time");
    time.dateTime = date;
    time.textContent = data.meta["date_text"] ?? date;
    item.append(time);
  }
  const summary = data.meta["summary"];
  if (summary !== undefined) {
    const paragraph = document.createElement("p");
    paragraph.textContent = summary;
    item.append(paragraph);
  }
  return item;
}

/** Wires the search page: the form, the address, the results and "Show more results". */
function start() {
  const form = document.getElementById("search-form");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  if (!(form instanceof HTMLFormElement) || !status || !list || !(more instanceof HTMLButtonElement)) return;
  const bundle = form.dataset["bundle"] ?? "/pagefind/";
  const prefix = form.dataset["prefix"] ?? "/";

  /**
   * @typedef {object} PagefindModule the part of `pagefind.js` this script uses
   * @property {(options: { baseUrl: string }) => Promise<void>} options
   * @property {(query: string | null, options: ReturnType<typeof searchOptions>) => Promise<{ results: { data(): Promise<ResultData> }[] }>} search
   */
  /** @type {Promise<PagefindModule> | undefined} imported once, on first need */
  let pagefind;
  const load = () => {
    pagefind ??= import(`${bundle}pagefind.js`).then(async (module) => {
      await module.options({ baseUrl: prefix });
      return module;
    });
    return pagefind;
  };
  /** Counts searches, so an answer that arrives after a newer search began is dropped. */
  let latest = 0;
  /** @type {{ data(): Promise<ResultData> }[]} results not shown yet */
  let waiting = [];

  /** Shows the given state in the form, then reads it back: a value no control offers is dropped. */
  const settle = (/** @type {SearchState} */ state) => {
    const field = (/** @type {string} */ name) => form.elements.namedItem(name);
    const query = field("q");
    if (query instanceof HTMLInputElement) query.value = state.query;
    for (const name of [...filterNames, "sort"]) {
      const control = field(name);
      if (control instanceof HTMLSelectElement) control.value = name === "sort" ? state.sort : (state.filters[name] ?? "");
    }
    return formState();
  };
  const formState = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") params.set(name, value);
    return readState(params);
  };

  const showMore = async (/** @type {number} */ ticket, focusFirst = false) => {
    const batch = waiting.splice(0, pageSize);
    const found = await Promise.all(batch.map((result) => result.data()));
    if (ticket !== latest) return;
    // Only links into this site are shown, whatever the index holds.
    const items = found.filter((data) => data.url.startsWith(prefix)).map((data) => renderResult(document, data));
    list.append(...items);
    more.hidden = waiting.length === 0;
    if (focusFirst) items[0]?.querySelector("a")?.focus();
  };

  const search = async (/** @type {SearchState} */ state) => {
    const ticket = ++latest;
    waiting = [];
    list.replaceChildren();
    more.hidden = true;
    if (!hasRequest(state)) {
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    try {
      const module = await load();
      const response = await module.search(state.query === "" ? null : state.query, searchOptions(state));
      if (ticket !== latest) return;
      waiting = [...response.results];
      status.textContent = statusText(waiting.length, state);
      await showMore(ticket);
    } catch (error) {
      if (ticket !== latest) return;
      console.error(error);
      status.textContent = "Search is not available right now. Please try again later.";
    }
  };

  /** Searches what the form says and puts it in the address: a new history entry, or in place. */
  const submit = (/** @type {"push" | "replace"} */ how) => {
    const state = formState();
    const address = `${location.pathname}${searchOf(state)}`;
    if (address !== `${location.pathname}${location.search}`) {
      if (how === "push") history.pushState(null, "", address);
      else history.replaceState(null, "", address);
    }
    void search(state);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit("push");
  });
  // A changed filter or order refines the search on screen rather than starting a new one.
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement) submit("replace");
  });
  more.addEventListener("click", () => void showMore(latest, true));
  addEventListener("popstate", () => void search(settle(readState(new URLSearchParams(location.search)))));
  // Fetching the index starts as soon as the reader shows an intent to search.
  form.addEventListener("focusin", () => void load().catch(() => undefined), { once: true });

  void search(settle(readState(new URLSearchParams(location.search))));
}

if (typeof document !== "undefined") start();
