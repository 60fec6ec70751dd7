import type { Party } from "./CorpusTaxonomy.js";
import type { EventKind } from "./EventKind.js";
import type { StoryWords } from "./StoryWords.js";

/** One news story: an event, who did it to whom, and the facts that stay the same each time it is told. */
export interface Story {
  id: number;
  /** Day index of the first telling. */
  day: number;
  event: EventKind;
  actor: Party;
  counterpart: Party | null;
  /** Facts fixed at the first telling (amounts, product names); follow-ups reuse them. */
  facts: Partial<StoryWords>;
  topic: string;
  topicTheme: string;
  /** Theme slugs the story is about, the topic's theme first. */
  themes: readonly string[];
  /** Bullet template used at the first telling (the top title uses its pair), so follow-ups reword. */
  firstBullet: number;
  followUps: number;
}

/** How a story appears in a briefing: first report, a follow-up days later, or same-day rumours of it. */
export type TellingKind = "first" | "follow-up" | "rumour";

/** A story as placed in one day's briefing. */
export interface Telling {
  story: Story;
  kind: TellingKind;
  /** Days since the story's first telling (0 for first tellings and rumours). */
  age: number;
}
