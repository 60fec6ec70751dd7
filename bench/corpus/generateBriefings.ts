import { normalizeName } from "../../src/domain/normalizeName.js";
import { drawLayout } from "./BriefingLayout.js";
import { citeSources, shiftDate } from "./citeSources.js";
import { loadCorpusTaxonomy } from "./CorpusTaxonomy.js";
import { NewsDesk } from "./NewsDesk.js";
import { Random } from "./Random.js";
import { renderBriefing, type AdditionalItemText, type TopItemText } from "./renderBriefing.js";
import type { Telling } from "./Story.js";
import { StoryTeller, type ToldItem } from "./StoryTeller.js";

/** Options of generateBriefings. */
export interface GenerateBriefingsOptions {
  /** Number of consecutive days, one briefing each. */
  days: number;
  /** Any integer; the same seed and options always give byte-identical briefings. */
  seed: number;
  /** ISO date of the first briefing; DEFAULT_START when absent. */
  start?: string;
  /** Directory holding organizations.json and themes.json; the project's seeds/taxonomy when absent. */
  taxonomyDir?: string;
}

/** One generated briefing file. */
export interface GeneratedBriefing {
  date: string;
  /** "briefing-YYYY-MM-DD.txt" */
  fileName: string;
  text: string;
  /** Items written (top priority + additional), for reports; the parser finds the same number. */
  itemCount: number;
}

/** The first day of a corpus when no start is given. */
export const DEFAULT_START = "2016-01-01";
/** Fewest and most items in one briefing. */
export const MIN_ITEMS = 25;
export const MAX_ITEMS = 35;
const TOP_COUNTS = [3, 4, 4, 5];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Generates realistic daily briefings, lazily, one per day from `start`: 3 to 5 top-priority items with summary
 * bullets and sources, and additional items, 25 to 35 in all. Deterministic: output depends only on the options,
 * and the first N days are the same whatever `days` is. Throws RangeError on invalid options.
 */
export function generateBriefings(options: GenerateBriefingsOptions): Iterable<GeneratedBriefing> {
  const start = options.start ?? DEFAULT_START;
  if (!Number.isSafeInteger(options.days) || options.days < 0) throw new RangeError(`days must be a non-negative integer, got ${options.days}`);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  if (!isIsoDate(start)) throw new RangeError(`start must be an ISO date YYYY-MM-DD, got '${start}'`);
  return briefings(options.days, options.seed, start, options.taxonomyDir);
}

function* briefings(days: number, seed: number, start: string, taxonomyDir: string | undefined): Generator<GeneratedBriefing> {
  const taxonomy = loadCorpusTaxonomy(taxonomyDir);
  const random = new Random(seed);
  const desk = new NewsDesk(taxonomy, random);
  const teller = new StoryTeller(taxonomy);
  for (let day = 0; day < days; day += 1) {
    const date = shiftDate(start, day);
    const total = MIN_ITEMS + random.int(0, (MAX_ITEMS - MIN_ITEMS) / 2) + random.int(0, (MAX_ITEMS - MIN_ITEMS) / 2);
    const plan = desk.planDay(day, random.pick(TOP_COUNTS), total);
    const titles = new Set<string>();
    const bullets = new Set<string>();
    const top: TopItemText[] = plan.top.map((telling) => {
      const told = tellUnique(teller, telling, random, (item) => isFree(titles, item.topTitle) && isFree(bullets, item.bulletTitle));
      take(titles, told.topTitle);
      take(bullets, told.bulletTitle);
      const sources = citeSources(telling.story, told.bulletTitle, date, random);
      return { bulletTitle: told.bulletTitle, summary: told.summary, title: told.topTitle, sources };
    });
    const additional: AdditionalItemText[] = plan.additional.map((telling) => {
      const told = tellUnique(teller, telling, random, (item) => isFree(titles, item.additionalTitle));
      take(titles, told.additionalTitle);
      return { title: told.additionalTitle, summary: told.summary, details: told.details };
    });
    const text = renderBriefing({ date, top, additional }, drawLayout(random), random);
    yield { date, fileName: `briefing-${date}.txt`, text, itemCount: top.length + additional.length };
  }
}

/** Tells a story until its titles are free today (the parser would merge two items with one title). */
function tellUnique(teller: StoryTeller, telling: Telling, random: Random, isFree: (item: ToldItem) => boolean): ToldItem {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const told = teller.tell(telling, random, attempt);
    if (isFree(told)) return told;
  }
  const told = teller.tell(telling, random, 8);
  const suffix = ` (report ${telling.story.id})`;
  return { ...told, topTitle: told.topTitle + suffix, additionalTitle: told.additionalTitle + suffix, bulletTitle: told.bulletTitle + suffix };
}

/** Whether no other item of the day has `title` (compared as the extractor compares titles). */
function isFree(taken: ReadonlySet<string>, title: string): boolean {
  return !taken.has(normalizeName(title));
}

function take(taken: Set<string>, title: string): void {
  taken.add(normalizeName(title));
}

function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && shiftDate(text, 0) === text;
}
