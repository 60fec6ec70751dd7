import type { CorpusTaxonomy, Party, ThemePhrases } from "./CorpusTaxonomy.js";
import type { Random } from "./Random.js";
import type { Story, Telling } from "./Story.js";
import { emptyWords, possessive, type StoryWords, type Template } from "./StoryWords.js";
import { themeSentence } from "./themeSentences.js";
import { FOLLOW_UP_ANGLES, FOLLOW_UP_LEADS } from "./wording.js";

/** The texts of one briefing item, in each form a briefing can show it. */
export interface ToldItem {
  /** Executive Summary bullet title: short, never containing ": ". */
  bulletTitle: string;
  /** Top Priority title: worded differently from the bullet, usually with a parenthesised gloss. */
  topTitle: string;
  /** Title when the item is listed under Additional Noteworthy Developments. */
  additionalTitle: string;
  summary: string;
  details: string;
}

const RUMOUR_SUMMARIES = [
  "Pre-confirmation discussion shows how quickly rumours about major AI moves propagate and shape sentiment.",
  "Community threads circulated the news hours before any official word, mixing accurate leaks with speculation.",
] as const;
const RUMOUR_DETAILS = [
  "Once confirmed reporting exists, the strategic value here is mainly understanding misinformation dynamics and expectation management.",
  "Early chatter overstated some details; the episode is a reminder that rumour cycles now front-run official announcements.",
] as const;

/**
 * Turns stories into item texts. Names vary between tellings (a name one day, an alias the next) so that alias
 * resolution is exercised; titles of follow-ups use other templates than the first telling, plus an angle.
 */
export class StoryTeller {
  constructor(private readonly taxonomy: CorpusTaxonomy) {}

  /** The texts of a telling. `attempt` > 0 asks for other wording, used when a title is already taken today. */
  tell(telling: Telling, random: Random, attempt = 0): ToldItem {
    const { story, kind } = telling;
    const words = this.wordsOf(story, random);
    const bulletIndex = kind === "first" && attempt === 0 ? story.firstBullet : otherIndex(story.event.bullet, story.firstBullet, random);
    const topIndex = bulletIndex % story.event.top.length;
    const angle = random.pick(FOLLOW_UP_ANGLES);
    if (kind === "follow-up") words.gloss = angle;
    const bulletTitle = at(story.event.bullet, bulletIndex)(words);
    const topTitle = at(story.event.top, topIndex)(words);
    const lead = random.pick(story.event.lead)(words);
    const primary = this.theme(story.themes[0]);
    const secondary = this.theme(story.themes[1] ?? story.themes[0]);

    if (kind === "rumour") {
      const title = random.chance(0.5)
        ? `${bulletTitle} — rumours and reactions (pre-confirmation chatter)`
        : `Rumour mill: ${bulletTitle}? (speculation ahead of confirmation)`;
      return {
        bulletTitle: title,
        topTitle: title,
        additionalTitle: title,
        summary: random.pick(RUMOUR_SUMMARIES),
        details: random.pick(RUMOUR_DETAILS),
      };
    }
    const opening = kind === "follow-up" ? `${random.pick(FOLLOW_UP_LEADS)} ${lead}` : lead;
    const summary = random.chance(0.6) ? `${opening} ${themeSentence("summary", primary, random)}` : opening;
    const details = random.chance(0.5) ? twoSentences(primary, secondary, random) : themeSentence("details", secondary, random);
    const additionalTitle = kind === "follow-up"
      ? random.pick([`${bulletTitle} (${angle})`, `Update: ${topTitle}`, `${bulletTitle} — ${angle}`])
      : random.chance(0.5) ? topTitle : bulletTitle;
    const bullet = kind === "follow-up" ? `${bulletTitle} (${angle})` : bulletTitle;
    return { bulletTitle: bullet, topTitle, additionalTitle, summary, details };
  }

  private wordsOf(story: Story, random: Random): StoryWords {
    const words: StoryWords = { ...emptyWords(), ...story.facts, topic: story.topic };
    words.a = mention(story.actor, random);
    words.A = story.actor.kind === "startup" && random.chance(0.5) ? `Startup ${words.a}` : words.a;
    words.aPoss = possessive(words.a);
    if (story.counterpart !== null) {
      words.b = mention(story.counterpart, random);
      words.bPoss = possessive(words.b);
      if (words.bThing === "") words.bThing = words.b;
    }
    words.gloss = random.pick(story.event.glosses)(words);
    return words;
  }

  private theme(slug: string | undefined): ThemePhrases {
    const found = slug === undefined ? undefined : this.taxonomy.themes.get(slug);
    if (found !== undefined) return found;
    const [first] = this.taxonomy.themes.values();
    if (first === undefined) throw new Error("the taxonomy has no themes");
    return first;
  }
}

/** Two details sentences, not built from the same template (a repeated opening reads as a glitch). */
function twoSentences(first: ThemePhrases, second: ThemePhrases, random: Random): string {
  const one = themeSentence("details", first, random);
  let two = themeSentence("details", second, random);
  for (let tries = 0; two.slice(0, 12) === one.slice(0, 12) && tries < 5; tries += 1) two = themeSentence("details", second, random);
  return `${one} ${two}`;
}

/** A party's name, or one of its aliases about a third of the time. */
function mention(party: Party, random: Random): string {
  return party.aliases.length > 0 && random.chance(0.3) ? random.pick(party.aliases) : party.name;
}

function otherIndex(list: readonly Template[], avoid: number, random: Random): number {
  if (list.length < 2) return 0;
  const index = random.int(0, list.length - 2);
  return index >= avoid ? index + 1 : index;
}

function at(list: readonly Template[], index: number): Template {
  const template = list[index] ?? list[0];
  if (template === undefined) throw new Error("an event has no templates");
  return template;
}
