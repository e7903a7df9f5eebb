import { describe, expect, it } from "vitest";
import { hasRequest, readState, searchOf, searchOptions, statusText } from "../../../templates/assets/search.js";

const empty = { query: "", filters: {}, sort: "" as const };

describe("readState", () => {
  it.each([
    { search: "", state: empty },
    { search: "?q=dialogue", state: { ...empty, query: "dialogue" } },
    { search: "?q=+Plan+of+Action+", state: { ...empty, query: "Plan of Action" } },
    {
      search: "?q=dialogue&topic=Vi%E1%BB%87t+Nam&section=World&year=2020&sort=newest",
      state: { query: "dialogue", filters: { topic: "Việt Nam", section: "World", year: "2020" }, sort: "newest" },
    },
    { search: "?q=&topic=&section=&year=&sort=", state: empty },
    { search: "?sort=oldest&colour=red", state: empty },
  ])("$search", ({ search, state }) => {
    expect(readState(new URLSearchParams(search))).toEqual(state);
  });
});

describe("searchOf", () => {
  it.each([
    { state: empty, search: "" },
    { state: { ...empty, query: "denuclearisation" }, search: "?q=denuclearisation" },
    { state: { ...empty, query: "Plan of Action" }, search: "?q=Plan+of+Action" },
    {
      state: { query: "", filters: { year: "2020", topic: "Đà Nẵng" }, sort: "newest" as const },
      search: "?topic=%C4%90%C3%A0+N%E1%BA%B5ng&year=2020&sort=newest",
    },
  ])("$search", ({ state, search }) => {
    expect(searchOf(state)).toBe(search);
    expect(readState(new URLSearchParams(search))).toEqual(state);
  });
});

describe("hasRequest", () => {
  it.each([
    { state: empty, asks: false },
    { state: { ...empty, sort: "newest" as const }, asks: false },
    { state: { ...empty, query: "x" }, asks: true },
    { state: { ...empty, filters: { year: "2020" } }, asks: true },
  ])("$state → $asks", ({ state, asks }) => {
    expect(hasRequest(state)).toBe(asks);
  });
});

describe("searchOptions", () => {
  it("passes the filters, and sorts by date, newest first, only when asked", () => {
    expect(searchOptions({ ...empty, filters: { topic: "ASEAN" } })).toEqual({ filters: { topic: "ASEAN" } });
    expect(searchOptions({ ...empty, sort: "newest" })).toEqual({ filters: {}, sort: { date: "desc" } });
  });
});

describe("statusText", () => {
  it.each([
    { count: 3, state: { ...empty, query: "dialogue" }, text: "3 results for “dialogue”" },
    { count: 1, state: { ...empty, query: "dialogue" }, text: "1 result for “dialogue”" },
    { count: 0, state: { ...empty, query: "zebra" }, text: "No results for “zebra”" },
    { count: 12, state: { ...empty, filters: { year: "2020" } }, text: "12 articles match these filters" },
    { count: 1, state: { ...empty, filters: { year: "2020" } }, text: "1 article matches these filters" },
    { count: 0, state: { ...empty, filters: { year: "2020" } }, text: "No articles match these filters" },
  ])("$text", ({ count, state, text }) => {
    expect(statusText(count, state)).toBe(text);
  });
});
