import type { CorpusTaxonomy, Party } from "./CorpusTaxonomy.js";
import { DEBUT_EVENTS, EVENT_KINDS, ROLE_KINDS } from "./eventCatalogue.js";
import type { CounterpartRole, EventKind } from "./EventKind.js";
import { NewCompanyPool, type NewCompany } from "./NewCompanyPool.js";
import type { Random } from "./Random.js";
import { rankOrganizations } from "./rankOrganizations.js";
import type { Story, Telling } from "./Story.js";
import { ZipfSampler } from "./ZipfSampler.js";

/** The stories of one day: the top-priority ones (ranked) and the additional ones, in briefing order. */
export interface DayPlan {
  top: Telling[];
  additional: Telling[];
}

/** Exponent of the organizations' popularity: rank r is covered in proportion to 1 / r^1.1. */
export const POPULARITY_EXPONENT = 1.1;
/** Share of items that continue a story from 1 to FOLLOW_UP_WINDOW days earlier. */
export const FOLLOW_UP_RATE = 0.14;
/** How far back a follow-up can reach, in days. */
export const FOLLOW_UP_WINDOW = 14;
/** Chance that a day carries the same story twice: a rumours item beside the confirmation. */
export const RUMOUR_RATE = 0.15;
/** Chance that a new company is born on a given day (about three a week). */
export const NEW_COMPANY_RATE = 3 / 7;
/** Chance that a living new company is in the news on a given day. */
export const NEW_COMPANY_NEWS_RATE = 0.1;

const NONE: ReadonlySet<string> = new Set();
const EVENT_BY_ID = new Map(EVENT_KINDS.map((event) => [event.id, event]));

/**
 * Decides, day after day, which stories a briefing carries: organizations drawn by Zipf popularity, event kinds
 * that fit them, follow-ups of recent stories, same-day rumours, and a stream of new companies. All choices come
 * from the one seeded Random, in a fixed order, so a seed always gives the same news.
 */
export class NewsDesk {
  private readonly popular: ZipfSampler<Party>;
  private readonly byRole = new Map<CounterpartRole, ZipfSampler<Party>>();
  private readonly targets: readonly Party[];
  private readonly pool: NewCompanyPool;
  private history: Story[] = [];
  private nextId = 1;

  constructor(
    private readonly taxonomy: CorpusTaxonomy,
    private readonly random: Random,
  ) {
    const ranked = rankOrganizations(taxonomy.organizations, random);
    this.popular = new ZipfSampler(ranked, POPULARITY_EXPONENT);
    for (const [role, kinds] of Object.entries(ROLE_KINDS)) {
      const members = ranked.filter((party) => kinds.includes(party.kind));
      this.byRole.set(role as CounterpartRole, new ZipfSampler(members, POPULARITY_EXPONENT));
    }
    this.targets = ranked.filter((party) => ROLE_KINDS.target.includes(party.kind));
    this.pool = new NewCompanyPool(taxonomy.knownTerms);
  }

  /** The stories of day `day` (0-based, consecutive calls must pass consecutive days). */
  planDay(day: number, topCount: number, totalCount: number): DayPlan {
    const random = this.random;
    const todays = new Set<number>();
    const young = this.youngCompanyStories(day);
    const top: Telling[] = [];
    // Top stories are about different organizations and different kinds of events, as in real briefings.
    const topActors = new Set<string>();
    const topEvents = new Set<string>();
    while (top.length < topCount) {
      const telling = this.followUpOrFresh(day, todays, topActors, topEvents);
      topActors.add(telling.story.actor.key);
      topEvents.add(telling.story.event.id);
      top.push(telling);
    }
    const rumour = random.chance(RUMOUR_RATE);
    const additional: Telling[] = young.slice(0, 4).map((story) => this.first(story, todays));
    while (additional.length < totalCount - topCount - (rumour ? 1 : 0)) {
      additional.push(this.followUpOrFresh(day, todays, NONE, NONE));
    }
    const shuffled = random.shuffled(additional);
    if (rumour) {
      const firsts = [...top, ...shuffled].filter((telling) => telling.kind === "first");
      const confirmed = firsts.length === 0 ? null : random.chance(0.5) ? (firsts[0] as Telling) : random.pick(firsts);
      const extra: Telling = confirmed === null
        ? this.followUpOrFresh(day, todays, NONE, NONE)
        : { story: confirmed.story, kind: "rumour", age: 0 };
      shuffled.splice(random.int(0, shuffled.length), 0, extra);
    }
    this.history = this.history.filter((story) => story.day > day - FOLLOW_UP_WINDOW);
    return { top, additional: shuffled };
  }

  private first(story: Story, todays: Set<number>): Telling {
    todays.add(story.id);
    this.history.push(story);
    return { story, kind: "first", age: 0 };
  }

  private followUpOrFresh(day: number, todays: Set<number>, avoidActors: ReadonlySet<string>, avoidEvents: ReadonlySet<string>): Telling {
    const random = this.random;
    if (random.chance(FOLLOW_UP_RATE)) {
      const candidates = this.history.filter(
        (story) => story.day < day && story.followUps < 3 && !todays.has(story.id) && !avoidActors.has(story.actor.key)
          && !avoidEvents.has(story.event.id),
      );
      if (candidates.length > 0) {
        const story = random.weighted(candidates, (candidate) => 1 / (day - candidate.day));
        story.followUps += 1;
        todays.add(story.id);
        return { story, kind: "follow-up", age: day - story.day };
      }
    }
    let actor = this.popular.sample(random);
    let events = eventsFor(actor).filter((event) => !avoidEvents.has(event.id));
    for (let tries = 0; (avoidActors.has(actor.key) || events.length === 0) && tries < 50; tries += 1) {
      actor = this.popular.sample(random);
      events = eventsFor(actor).filter((event) => !avoidEvents.has(event.id));
    }
    const event = random.weighted(events.length > 0 ? events : eventsFor(actor), (candidate) => candidate.weight);
    return this.first(this.newStory(day, event, actor, null), todays);
  }

  /** Debuts of companies born today, and news of living ones. */
  private youngCompanyStories(day: number): Story[] {
    const random = this.random;
    const stories: Story[] = [];
    for (const company of this.pool.active(day)) {
      if (random.chance(NEW_COMPANY_NEWS_RATE)) stories.push(this.youngCompanyNews(day, company));
    }
    if (random.chance(NEW_COMPANY_RATE)) {
      const company = this.pool.introduce(day, random);
      const event = EVENT_BY_ID.get(random.pick(DEBUT_EVENTS)) as EventKind;
      stories.unshift(this.storyFeaturing(day, event, company));
    }
    return stories;
  }

  private youngCompanyNews(day: number, company: NewCompany): Story {
    const random = this.random;
    if (random.chance(0.3)) {
      const event = EVENT_BY_ID.get(random.pick(["acquisition", "investor-backs"])) as EventKind;
      return this.storyFeaturing(day, event, company);
    }
    const event = random.weighted(eventsFor(company.party), (candidate) => candidate.weight);
    return this.newStory(day, event, company.party, null);
  }

  /** A story where the young company plays the part the event gives it (actor, or acquired/backed party). */
  private storyFeaturing(day: number, event: EventKind, company: NewCompany): Story {
    if (event.actors.includes("startup")) return this.newStory(day, event, company.party, null);
    let actor = this.popular.sample(this.random);
    for (let tries = 0; !event.actors.includes(actor.kind) && tries < 200; tries += 1) actor = this.popular.sample(this.random);
    if (!event.actors.includes(actor.kind)) actor = this.byRole.get("investor")?.sample(this.random) ?? actor;
    return this.newStory(day, event, actor, company.party);
  }

  private newStory(day: number, event: EventKind, actor: Party, counterpart: Party | null): Story {
    const random = this.random;
    const other = counterpart ?? (event.counterpart === null ? null : this.counterpartFor(event.counterpart, actor, day));
    const topicTheme = event.topicThemes.length > 0 ? random.pick(event.topicThemes) : (event.themes[0] as string);
    const phrases = this.taxonomy.themes.get(topicTheme);
    const topic = phrases === undefined ? topicTheme.replace(/-/gu, " ") : random.pick(phrases.strong);
    const facts = event.facts({ random, actor, counterpart: other, topic, topicTheme });
    return {
      id: this.nextId++,
      day,
      event,
      actor,
      counterpart: other,
      facts,
      topic,
      topicTheme,
      themes: [...new Set([topicTheme, ...event.themes])],
      firstBullet: random.int(0, event.bullet.length - 1),
      followUps: 0,
    };
  }

  private counterpartFor(role: CounterpartRole, actor: Party, day: number): Party {
    const random = this.random;
    if (role === "startup" || (role === "target" && random.chance(0.6))) {
      const living = this.pool.active(day).filter((company) => company.party.key !== actor.key);
      if (living.length > 0) return random.pick(living).party;
    }
    // Acquired companies are rarely the famous ones: targets are drawn uniformly, other roles by popularity.
    const draw = role === "target"
      ? () => random.pick(this.targets)
      : () => (role === "any" || role === "startup" ? this.popular : (this.byRole.get(role) ?? this.popular)).sample(random);
    let party = draw();
    for (let tries = 0; party.key === actor.key && tries < 20; tries += 1) party = draw();
    return party;
  }
}

/** The event kinds an organization can be the actor of (weight above 0 and its kind allowed). */
function eventsFor(actor: Party): EventKind[] {
  const events = EVENT_KINDS.filter(
    (event) => event.weight > 0 && event.actors.includes(actor.kind) && (event.accepts?.(actor) ?? true),
  );
  return events.length > 0 ? events : [EVENT_BY_ID.get("report") as EventKind];
}
