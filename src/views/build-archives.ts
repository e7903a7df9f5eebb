/**
 * The year (`/YYYY/`) and month (`/YYYY/MM/`) archives of the articles a build shows, and
 * the footer's list of years. Pure: articles come in newest first with their publication
 * time and list item; periods are read in the site's time zone.
 */
import { DateTime } from "luxon";
import { monthUrl, yearUrl, type Links } from "../urls";
import { buildHead, type Crumb } from "./page-metadata";
import type { ArchiveMonthView, ArchivePageView, ArticleListItemView, LinkView } from "./types";

/** One article the build shows, for the archives. */
export interface ArchiveEntry {
  /** Publication time, in any zone (it is read in `timeZone`). */
  readonly date: DateTime;
  readonly item: ArticleListItemView;
}

/** Everything {@link buildArchives} needs. */
export interface ArchiveInputs {
  /** The articles the build shows, newest first. */
  readonly entries: readonly ArchiveEntry[];
  readonly siteName: string;
  /** The site's language: headings and month names are in it. */
  readonly lang: string;
  readonly timeZone: string;
  readonly links: Links;
}

/** The archive pages and the footer's links to every year, both newest first. */
export interface Archives {
  /** Each year page followed by its month pages. */
  readonly pages: readonly ArchivePageView[];
  readonly years: readonly LinkView[];
}

interface Period {
  readonly year: number;
  /** 1–12 for a month, absent for a whole year. */
  readonly month?: number;
  readonly items: ArticleListItemView[];
}

/** Builds every year and month archive that has at least one article. */
export function buildArchives(input: ArchiveInputs): Archives {
  const { links, lang } = input;
  const byYear = new Map<number, Period>();
  const byMonth = new Map<number, Period>();
  for (const { date, item } of input.entries) {
    const local = date.setZone(input.timeZone);
    periodOf(byYear, local.year, undefined).items.push(item);
    periodOf(byMonth, local.year, local.month).items.push(item);
  }
  // Newest period first, whatever order the entries came in.
  const newestFirst = (a: Period, b: Period) => b.year - a.year || (b.month ?? 0) - (a.month ?? 0);
  const years = [...byYear.values()].sort(newestFirst);
  const months = [...byMonth.values()].sort(newestFirst);

  const link = (period: Period): LinkView => ({
    url: links.href(urlOf(period)),
    text: archiveName(period.year, period.month, lang),
  });
  const page = (period: Period, list: readonly Period[], index: number): ArchivePageView => {
    const heading = archiveName(period.year, period.month, lang);
    const path = urlOf(period);
    const canonical = links.absolute(path);
    const description = `Articles published in ${heading} in ${input.siteName}.`;
    const newer = list[index - 1];
    const older = list[index + 1];
    return {
      kind: "archive",
      path,
      url: links.href(path),
      canonical,
      title: heading,
      lang,
      description,
      head: buildHead({
        siteName: input.siteName,
        siteUrl: links.absolute("/"),
        title: heading,
        description,
        url: canonical,
        lang,
        breadcrumbs: [homeCrumb(links), ...archiveCrumbs(period.year, period.month, lang, links)],
      }),
      period: period.month === undefined ? "year" : "month",
      heading,
      count: period.items.length,
      items: period.items,
      months:
        period.month === undefined
          ? months.filter((month) => month.year === period.year).map((month) => monthLink(month, lang, links))
          : [],
      ...(older ? { older: link(older) } : {}),
      ...(newer ? { newer: link(newer) } : {}),
    };
  };

  const pages: ArchivePageView[] = [];
  years.forEach((year, yearIndex) => {
    pages.push(page(year, years, yearIndex));
    months.forEach((month, monthIndex) => {
      if (month.year === year.year) pages.push(page(month, months, monthIndex));
    });
  });
  return { pages, years: years.map(link) };
}

/** "2023" for a year, "November 2023" for a month, in the language `lang`. */
export function archiveName(year: number, month: number | undefined, lang: string): string {
  if (month === undefined) return String(year);
  return DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC", locale: lang }).toFormat("LLLL yyyy");
}

/** The first step of every breadcrumb trail: the home page. */
export function homeCrumb(links: Links): Crumb {
  return { name: "Home", url: links.absolute("/") };
}

/** Breadcrumbs of a year archive, then of its month when `month` is given. */
export function archiveCrumbs(year: number, month: number | undefined, lang: string, links: Links): Crumb[] {
  const crumbs: Crumb[] = [{ name: archiveName(year, undefined, lang), url: links.absolute(yearUrl(year)) }];
  if (month !== undefined) crumbs.push({ name: archiveName(year, month, lang), url: links.absolute(monthUrl(year, month)) });
  return crumbs;
}

function periodOf(periods: Map<number, Period>, year: number, month: number | undefined): Period {
  const key = year * 100 + (month ?? 0);
  const found = periods.get(key);
  if (found) return found;
  const period: Period = month === undefined ? { year, items: [] } : { year, month, items: [] };
  periods.set(key, period);
  return period;
}

function urlOf(period: Period): string {
  return period.month === undefined ? yearUrl(period.year) : monthUrl(period.year, period.month);
}

function monthLink(period: Period, lang: string, links: Links): ArchiveMonthView {
  const month = period.month ?? 1;
  return {
    text: DateTime.fromObject({ year: period.year, month, day: 1 }, { zone: "UTC", locale: lang }).toFormat("LLLL"),
    url: links.href(monthUrl(period.year, month)),
    count: period.items.length,
  };
}
