/**
 * Generates a realistic bulletin for `communique bench`: N articles of news-like prose with
 * long-tailed topics, spread over ten years before a start date, and a matching topic data
 * file. Deterministic for a seed (its own PRNG, no clock) and lazy: one file at a time.
 */
import { DateTime } from "luxon";
import { toSlug } from "../slug";

/** What to generate. */
export interface CorpusOptions {
  /** Number of articles, at least 0. */
  readonly articles: number;
  /** Any integer; the same seed always gives the same bulletin. */
  readonly seed: number;
  /** Every article is dated before this moment, in its time zone (the site's). */
  readonly startDate: DateTime;
  /**
   * Articles, spread evenly through the corpus, that get a lead picture of their own (a
   * distinct file beside the article, drawn by `drawPicture`). At most `articles`. @default 0
   */
  readonly images?: number;
}

/** A picture to draw for an article: where it goes, its size, and the seed of its pattern. */
export interface CorpusPicture {
  /** Project-relative path, beside the article. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
  /** Distinct for every picture of a corpus, so no two files are alike. */
  readonly seed: number;
}

/** One generated file: project-relative path and full text. */
export interface CorpusFile {
  readonly path: string;
  readonly text: string;
  /** The article's lead picture, to draw and write at its path; only with `images`. */
  readonly picture?: CorpusPicture;
}

/** Size of the corpus's pictures: large enough for two widths, small enough to process fast. */
export const pictureSize = { width: 800, height: 533 } as const;

/** The topic on about 40% of articles, as the reference bulletin's own country is. */
export const bigTopic = "Việt Nam";

/** Share of articles tagged with `bigTopic`. */
const bigTopicShare = 0.4;

/** Exponent of the Zipf-like popularity of the other topics; ASEAN, the most common, lands on about a third. */
const zipfExponent = 0.85;

/** Articles are spread evenly, with jitter, over this many days before the start date. */
const spanDays = 3652;

/** Body length in words (whitespace-separated tokens), inclusive. */
export const bodyWords = { min: 400, max: 1000 } as const;

const countries = [
  "Cambodia", "Laos", "Thailand", "Malaysia", "Singapore", "Indonesia", "Philippines", "Brunei", "Myanmar", "Timor-Leste",
  "Republic of Korea", "Japan", "China", "India", "Bangladesh", "Pakistan", "Sri Lanka", "Nepal", "Bhutan", "Mongolia",
  "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Maldives", "DPRK", "Türkiye", "Iran", "Iraq",
  "Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Oman", "Bahrain", "Israel", "Palestine", "Jordan", "Lebanon",
  "Egypt", "France", "Germany", "United Kingdom", "Italy", "Spain", "Portugal", "Netherlands", "Belgium", "Luxembourg",
  "Switzerland", "Austria", "Poland", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria", "Greece", "Cyprus",
  "Croatia", "Serbia", "Slovenia", "Ireland", "Denmark", "Sweden", "Norway", "Finland", "Iceland", "Estonia",
  "Latvia", "Lithuania", "Ukraine", "Belarus", "Russia", "Georgia", "Armenia", "Azerbaijan", "United States", "Canada",
  "Mexico", "Cuba", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "Uruguay", "Paraguay",
  "Bolivia", "Ecuador", "Panama", "Costa Rica", "Nicaragua", "Dominican Republic", "Jamaica", "South Africa", "Nigeria", "Kenya",
  "Ethiopia", "Ghana", "Senegal", "Morocco", "Algeria", "Tunisia", "Angola", "Mozambique", "Tanzania", "Côte d'Ivoire",
  "Cameroon", "Rwanda", "Uganda", "Australia", "New Zealand", "Papua New Guinea", "Fiji",
];

const organisations = [
  "ASEAN", "United Nations", "UN Security Council", "UNESCO", "World Health Organization", "World Bank", "IMF", "WTO", "APEC", "G20",
  "G7", "European Union", "BRICS", "Mekong River Commission", "Mekong–Lancang Cooperation", "ASEAN Regional Forum", "East Asia Summit", "CPTPP", "RCEP", "EVFTA",
  "Asian Development Bank", "UNICEF", "UNDP", "FAO", "ILO", "IAEA", "Interpol", "ASEAN Inter-Parliamentary Assembly", "Francophonie", "Non-Aligned Movement",
  "UN Human Rights Council", "UN peacekeeping", "Climate summits",
];

const places = [
  "Hà Nội", "Hồ Chí Minh City", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Quảng Ninh", "Hạ Long Bay", "Khánh Hòa", "Nha Trang",
  "Phú Quốc", "Hội An", "Lào Cai", "Sa Pa", "Nghệ An", "Thanh Hóa", "Bình Dương", "Đồng Nai", "Bà Rịa–Vũng Tàu", "Quảng Nam",
  "Lâm Đồng", "Đà Lạt", "An Giang", "Kiên Giang", "Điện Biên", "Hà Giang", "Ninh Bình", "Bắc Ninh",
];

const themes = [
  "Trade", "Investment", "Foreign direct investment", "Tourism", "Education", "Health", "COVID-19", "Vaccines", "Climate change", "Renewable energy",
  "Energy security", "Digital transformation", "Cybersecurity", "Maritime security", "East Sea", "Freedom of navigation", "Fisheries", "Agriculture", "Rice exports", "Coffee",
  "Seafood exports", "Textiles", "Electronics", "Semiconductors", "Logistics", "Infrastructure", "Railways", "Aviation", "Seaports", "Defence cooperation",
  "Disaster relief", "Humanitarian aid", "Migration", "Overseas Vietnamese", "Citizen protection", "Human trafficking", "Drug control", "Human rights", "Gender equality", "Children's rights",
  "Labour", "Culture", "Heritage", "Creative cities", "Film", "Music", "Sport", "SEA Games", "Football", "Cuisine",
  "Scholarships", "Science and technology", "Innovation", "Start-ups", "Space", "Nuclear safety", "Non-proliferation", "Mine clearance", "Agent Orange", "War legacies",
  "Missing in action", "Border demarcation", "Mekong Delta", "Water security", "Drought", "Floods", "Typhoons", "Biodiversity", "Plastic waste", "Green growth",
  "Carbon markets", "Just Energy Transition Partnership", "Offshore wind", "Hydropower", "Oil and gas", "Critical minerals", "Free trade agreements", "Customs", "Anti-dumping", "Supply chains",
  "Digital economy", "E-commerce", "Fintech", "Banking", "Public debt", "Official development assistance", "Inflation", "Exchange rates", "Stock market", "Real estate",
  "Smart cities", "Urban planning", "Public health", "Traditional medicine", "Pharmaceuticals", "Higher education", "Vocational training", "Youth", "Women", "Ethnic minorities",
  "Religion", "Diplomacy", "Multilateralism", "Parliamentary diplomacy", "People-to-people exchange", "Friendship associations", "Party relations", "State visits", "Strategic partnership", "Comprehensive strategic partnership",
  "Bilateral relations", "Regional security", "Korean Peninsula", "Myanmar crisis", "Ukraine conflict", "Middle East peace", "Counter-terrorism", "International law", "UNCLOS", "Vietnamese language",
  "Press freedom", "Consular affairs", "Visa policy", "Expo and trade fairs", "Tết",
];

// The most common topics first: a fixed head, as in the reference bulletin, then the rest.
const headTopics = [
  "ASEAN", "Hà Nội", "Diplomacy", "Trade", "Investment", "United Nations", "Republic of Korea", "Japan", "China", "United States",
  "East Sea", "COVID-19", "Hồ Chí Minh City", "Tourism", "Bilateral relations", "Culture", "Education", "European Union", "Climate change", "Đà Nẵng",
];

/** Every topic the corpus uses besides `bigTopic`, most common first (about 300). */
export const corpusTopics: readonly string[] = [
  ...headTopics,
  ...[...countries, ...organisations, ...places, ...themes].filter((topic) => !headTopics.includes(topic)),
];

const countrySet = new Set(countries);
const organisationSet = new Set(organisations);
const placeSet = new Set(places);
/** The big cities, where conferences are held. */
const cities = places.slice(0, 6);

const aliases: Readonly<Record<string, readonly string[]>> = {
  [bigTopic]: ["Vietnam", "Viet Nam"],
  ASEAN: ["Association of Southeast Asian Nations"],
  "Republic of Korea": ["RoK", "South Korea"],
  "United Nations": ["UN"],
  "European Union": ["EU"],
  "COVID-19": ["Coronavirus pandemic"],
  "East Sea": ["South China Sea"],
  "Hồ Chí Minh City": ["Saigon"],
};

const sections = [
  { name: "World", weight: 30 },
  { name: "Politics", weight: 25 },
  { name: "Economy", weight: 20 },
  { name: "Society", weight: 15 },
  { name: "Culture", weight: 10 },
];

const familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const middleNames = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Hoàng", "Thu", "Ngọc", "Đức", "Hữu", "Bảo", "Xuân"];
const givenNames = [
  "Anh", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phong", "Quân", "Sơn", "Tâm",
  "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Khoa", "Nhung", "Đạt", "Hiếu", "Phương",
];
const foreignNames = [
  "Kim Min-jun", "Park Ji-woo", "Tanaka Hiroshi", "Sato Yuki", "Maria Santos", "Siti Rahmah", "Somchai Wongsakul", "Ananya Rao",
  "James Whitfield", "Claire Dubois", "Lars Eriksen", "Ahmad Faizal", "Elena Petrova", "Carlos Mendoza", "Amina Okafor", "Sophie Laurent",
];
const roles = [
  "Deputy Minister of Foreign Affairs", "Minister of Foreign Affairs", "Ambassador", "the ministry's spokesperson", "Deputy Prime Minister",
  "Minister of Industry and Trade", "Chairwoman of the People's Committee", "Chairman of the People's Committee", "head of the delegation",
  "Director General of the Department of Economic Affairs", "Consul General", "Vice Chairwoman of the National Assembly",
];
const fields = [
  "trade", "investment", "education", "health care", "tourism", "renewable energy", "digital transformation", "maritime cooperation",
  "agriculture", "climate adaptation", "labour mobility", "science and technology", "culture and the arts", "infrastructure",
  "logistics", "defence cooperation", "people-to-people exchange", "vocational training", "public health", "green finance",
];
const meetings = ["a forum", "a conference", "a workshop", "talks", "a dialogue", "an exhibition", "a seminar", "a round table"];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const outlets = ["VNA", "NDO", "VOV", "Việt Nam News", "Nhân Dân", "Yonhap", "Kyodo", "Bernama"];

const titleTemplates = compileAll([
  "{partner} and Việt Nam agree to deepen cooperation in {field}",
  "{place} hosts {meeting} on {field} with partners from {partner}",
  "Deputy Minister receives the Ambassador of {partner} in Hà Nội",
  "Việt Nam and {partner} mark {years} years of diplomatic relations",
  "{org} meeting in {city} focuses on {field}",
  "Delegation from {partner} visits {place} to explore {field} projects",
  "{partner} pledges support for {field} in the Mekong Delta",
  "Officials from {partner} and {partner2} discuss {field} at talks in {city}",
  "New agreement on {field} signed by Việt Nam and {partner}",
  "Business forum in {place} seeks stronger {field} links with {partner}",
  "{org} reviews progress on {field} ahead of the {month} summit",
  "Overseas Vietnamese in {partner} celebrate Tết with a festival in {city2}",
]);

const summaryTemplates = compileAll([
  "Officials from {partner} and Việt Nam met in {place} to discuss {field}, agreeing on steps to be taken before the end of {year}.",
  "The talks covered {field} and {field2}, and both sides pledged to follow up at a meeting in {month}.",
  "{person}, {role}, said the agreement would open new opportunities in {field} for businesses in {place}.",
  "Leaders reviewed cooperation within {org} and set out priorities for {field} over the coming years.",
]);

const sentenceTemplates = compileAll([
  "{person}, {role}, said the two sides would work together more closely in {field} and {field2}.",
  "Speaking in {place}, {person} noted that two-way trade between Việt Nam and {partner} reached US${billions} billion last year, up {percent} per cent.",
  "The delegation also visited {place}, where provincial officials briefed them on {field} projects funded by partners from {partner}.",
  "Both sides agreed to hold the next round of talks in {city2} in {month} {year}.",
  "According to figures from the Ministry of Planning and Investment, investors from {partner} run {projects} projects in Việt Nam with a combined capital of US${billions} billion.",
  "{person} thanked {partner} for its support in {field} and expressed the hope that cooperation would keep growing.",
  "The meeting took place on the sidelines of {meeting} organised by {org} in {city}.",
  "Participants discussed how {field} could help local communities in {place} and {place2} adapt to rapid change.",
  "Experts at the event called for clearer rules on {field} and for more investment in training.",
  "{person} said that the partnership with {partner} was a priority of Việt Nam's foreign policy of independence, self-reliance and multilateralism.",
  "The two countries signed {documents} documents on {field}, {field2} and {field3}.",
  "Earlier in the day, the delegation laid flowers at the monument to the fallen in {place}.",
  "The programme will run until {year} and is expected to benefit about {thousands},000 people in {place}.",
  "{person}, who led the delegation from {partner}, praised the progress made by {place} in {field}.",
  "Both sides reaffirmed their commitment to peace, stability and cooperation in the region, in line with international law and UNCLOS.",
  "Officials said the initiative would also support {field} in the provinces of the Mekong Delta.",
  "The event drew more than {hundreds} representatives of businesses, universities and research institutes.",
  "Local media reported that the first shipments under the new arrangement left {place} in {month}.",
  "{person}, {role}, told reporters that the two sides would set up a working group on {field} before the end of the year.",
  "The forum in {city} followed a visit to Việt Nam by a high-level delegation from {partner} in {month}.",
  "Students from {partner} will receive {hundreds} scholarships to study {field} at universities in {place}.",
  "Observers noted that cooperation in {field} has grown steadily since the two countries upgraded their relations.",
  "Representatives of {org} welcomed the results and said they were ready to share experience in {field}.",
  "The talks were held in a friendly and open atmosphere, {person} said.",
]);

const linkSentence = "More details are available on the [ministry's website](https://www.example.org/news/{slug}).";

function compileAll(templates: readonly string[]): Template[] {
  return templates.map(compile);
}

/** Mulberry32: a small, fast 32-bit PRNG, plenty for filler text. Returns floats in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

function createPicker(seed: number): Random {
  const next = createRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number] };
}

/** Cumulative Zipf weights over `corpusTopics`, for drawing by binary search. */
function zipfCumulative(): Float64Array {
  const cumulative = new Float64Array(corpusTopics.length);
  let total = 0;
  for (let rank = 0; rank < corpusTopics.length; rank += 1) {
    total += 1 / (rank + 1) ** zipfExponent;
    cumulative[rank] = total;
  }
  return cumulative.map((value) => value / total);
}

function drawRank(cumulative: Float64Array, value: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 1) > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** 2–6 distinct tags: `bigTopic` on about 40%, the rest drawn by popularity. */
function drawTags(random: Random, cumulative: Float64Array): string[] {
  const count = random.int(2, 6);
  const tags = random.next() < bigTopicShare ? [bigTopic] : [];
  while (tags.length < count) {
    const topic = corpusTopics[drawRank(cumulative, random.next())] ?? bigTopic;
    if (!tags.includes(topic)) tags.push(topic);
  }
  return tags;
}

function drawSection(random: Random): string {
  let value = random.next() * 100;
  for (const section of sections) {
    value -= section.weight;
    if (value < 0) return section.name;
  }
  return sections[0]?.name ?? "World";
}

function personName(random: Random): string {
  if (random.next() < 0.25) return random.pick(foreignNames);
  return `${random.pick(familyNames)} ${random.pick(middleNames)} ${random.pick(givenNames)}`;
}

/** Who and where an article is about: from its tags when they name a country, body or place. */
interface Cast {
  readonly partner: string;
  readonly org: string;
  readonly place: string;
  readonly year: number;
}

function castFor(random: Random, tags: readonly string[], year: number): Cast {
  const own = (set: ReadonlySet<string>, all: readonly string[]): string => {
    const tagged = tags.filter((tag) => set.has(tag));
    return tagged.length > 0 ? random.pick(tagged) : random.pick(all);
  };
  return { partner: own(countrySet, countries), org: own(organisationSet, organisations), place: own(placeSet, places), year };
}

/**
 * A template split once into text and `{slot}`s. A bare slot (`{partner}`) is mostly the
 * article's own; a numbered one (`{partner2}`) is another.
 */
type Template = readonly (string | { readonly slot: string; readonly own: boolean })[];

function compile(template: string): Template {
  return template.split(/(\{[a-z]+\d?\})/u).filter((part) => part !== "").map((part) => {
    const slot = /^\{([a-z]+)(\d?)\}$/u.exec(part);
    return slot ? { slot: slot[1] ?? "", own: slot[2] === "" } : part;
  });
}

/** Fills a template's slots; no value repeats within one sentence. */
function fill(template: Template, random: Random, cast: Cast): string {
  let text = "";
  const used: string[] = [];
  for (const part of template) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    let value = fillSlot(part.slot, part.own, random, cast);
    for (let tries = 0; used.includes(value) && tries < 8; tries += 1) value = fillSlot(part.slot, false, random, cast);
    used.push(value);
    text += value;
  }
  return text;
}

function fillSlot(slot: string, own: boolean, random: Random, cast: Cast): string {
  // Hot path: no closures here, they cost more than the work itself.
  const mine = own && random.next() < 0.8;
  switch (slot) {
    case "partner": return mine ? cast.partner : random.pick(countries);
    case "org": return mine ? cast.org : random.pick(organisations);
    case "place": return mine ? cast.place : random.pick(places);
    case "city": return random.pick(cities);
    case "field": return random.pick(fields);
    case "person": return personName(random);
    case "role": return random.pick(roles);
    case "meeting": return random.pick(meetings);
    case "month": return random.pick(months);
    case "year": return String(cast.year + random.int(0, 2));
    case "years": return String(random.int(2, 12) * 5);
    case "billions": return `${random.int(1, 80)}.${random.int(1, 9)}`;
    case "percent": return String(random.int(2, 35));
    case "projects": return String(random.int(20, 4000));
    case "documents": return String(random.int(2, 14));
    case "thousands": return String(random.int(2, 400));
    case "hundreds": return String(random.int(100, 900));
    default: return slot;
  }
}

function wordCount(text: string): number {
  let words = 1;
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) === 32) words += 1;
  return words;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Paragraphs of 2–5 sentences until the body holds between `bodyWords.min` and `bodyWords.max` words. */
function writeBody(random: Random, cast: Cast, slug: string): string {
  // Sentences stop once past the target; the target leaves room for the longest sentence (about 35 words).
  const target = random.int(bodyWords.min, bodyWords.max - 60);
  const link = random.next() < 0.2 ? linkSentence.replace("{slug}", slug) : undefined;
  const paragraphs: string[] = [];
  let words = link === undefined ? 0 : wordCount(link);
  while (words < target) {
    const sentences: string[] = [];
    const length = random.int(2, 5);
    for (let index = 0; index < length && words < target; index += 1) {
      // Every sentence template starts with a capital or a name.
      const sentence = fill(random.pick(sentenceTemplates), random, cast);
      sentences.push(sentence);
      words += wordCount(sentence);
    }
    paragraphs.push(sentences.join(" "));
  }
  if (link !== undefined) paragraphs.push(link);
  return paragraphs.join("\n\n");
}

/** A YAML scalar: plain for ordinary prose, double-quoted when YAML could read it otherwise. */
function yamlText(text: string): string {
  const plain = /^\p{L}/u.test(text) && !/: | #|:$|["\n]/u.test(text) && !/^(?:y|n|yes|no|true|false|on|off|null)$/iu.test(text);
  return plain ? text : JSON.stringify(text);
}

/** Yields the corpus, one article file at a time, oldest first. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const random = createPicker(options.seed);
  const cumulative = zipfCumulative();
  const zone = options.startDate.zone;
  const end = options.startDate.toMillis();
  const step = (spanDays * 86_400_000) / Math.max(options.articles, 1);
  const start = end - spanDays * 86_400_000;
  const slugs = new Set<string>();
  const pictures = Math.min(Math.max(options.images ?? 0, 0), options.articles);

  for (let index = 0; index < options.articles; index += 1) {
    // Evenly spread with jitter, rounded down to the minute, so every article is due before the start date.
    const millis = Math.floor((start + (index + random.next()) * step) / 60_000) * 60_000;
    const date = DateTime.fromMillis(millis, { zone });
    const tags = drawTags(random, cumulative);
    const cast = castFor(random, tags, date.year);
    const title = capitalise(fill(random.pick(titleTemplates), random, cast));
    const derived = toSlug(title);
    let slug = derived;
    for (let suffix = 2; slugs.has(slug); suffix += 1) slug = `${derived}-${suffix}`;
    slugs.add(slug);

    const lines = [
      "---",
      `title: ${yamlText(title)}`,
      `date: ${date.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ")}`,
      `summary: ${yamlText(capitalise(fill(random.pick(summaryTemplates), random, cast)))}`,
      "tags:",
      ...tags.map((tag) => `  - ${yamlText(tag)}`),
      `section: ${drawSection(random)}`,
    ];
    if (random.next() < 0.3) lines.push(`author: ${yamlText(personName(random))}`);
    if (random.next() < 0.1) lines.push(`location: ${yamlText(random.pick(places))}`);
    if (random.next() < 0.2) {
      const outlet = random.pick(outlets);
      if (random.next() < 0.5) lines.push(`source: ${yamlText(outlet)}`);
      else lines.push("source:", `  name: ${yamlText(outlet)}`, `  url: https://news.example.org/${toSlug(outlet)}/${slug}`);
    }
    // The address comes from the title unless `slug` says otherwise; a repeated headline needs it.
    if (slug !== derived) lines.push(`slug: ${slug}`);
    // Exactly `pictures` articles get one, evenly spread; the text generator's draws are untouched.
    const pictured = Math.floor(((index + 1) * pictures) / options.articles) > Math.floor((index * pictures) / options.articles);
    if (pictured) {
      lines.push("image:", `  src: ${slug}.jpg`, `  alt: ${yamlText(`Delegates at the meeting in ${cast.place}`)}`, "  credit: VNA");
    }
    lines.push("---", "", writeBody(random, cast, slug), "");
    const folder = `content/articles/${date.toFormat("yyyy/MM")}`;
    const file = { path: `${folder}/${slug}.md`, text: lines.join("\n") };
    yield pictured ? { ...file, picture: { path: `${folder}/${slug}.jpg`, ...pictureSize, seed: (options.seed * 1_000_003 + index) >>> 0 } } : file;
  }
}

/**
 * The corpus's `content/_data/topics.yaml`: descriptions and aliases for the most common
 * topics, and descriptions for a few others chosen by `seed`.
 */
export function generateTopicData(seed: number): string {
  const random = createPicker(seed ^ 0x5eed);
  const described = new Set([bigTopic, ...headTopics.slice(0, 10)]);
  const wanted = described.size + 8;
  const tail = corpusTopics.slice(headTopics.length);
  while (described.size < wanted) described.add(random.pick(tail));
  const lines = [`# Topic data for the generated benchmark bulletin (seed ${seed}).`];
  for (const topic of new Set([...described, ...Object.keys(aliases)])) {
    lines.push(`${yamlText(topic)}:`);
    if (described.has(topic)) lines.push(`  description: ${yamlText(`News about ${topic} and its place in the bulletin's coverage.`)}`);
    const names = aliases[topic];
    if (names) lines.push("  aliases:", ...names.map((name) => `    - ${yamlText(name)}`));
  }
  return `${lines.join("\n")}\n`;
}
