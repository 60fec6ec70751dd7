import type { Party } from "./CorpusTaxonomy.js";
import type { Random } from "./Random.js";

/**
 * The words a story is told with. Templates pick from them; an event fills only the ones it uses, the rest
 * stay empty. `a`/`b` are the actor and counterpart as mentioned (name, alias or product), `A` the actor at the
 * start of a sentence (young companies are introduced as "Startup X").
 */
export interface StoryWords {
  a: string;
  A: string;
  aPoss: string;
  b: string;
  bPoss: string;
  /** The counterpart's product when it has one, else the counterpart: "Claude", "Nvidia". */
  bThing: string;
  thing: string;
  amount: string;
  round: string;
  topic: string;
  gloss: string;
  place: string;
  audience: string;
  use: string;
  count: string;
  focus: string;
  pentagon: string;
}

/** Word templates turn story words into a title or a sentence. */
export type Template = (words: StoryWords) => string;

/** What an event's `facts` can look at when filling in its words. */
export interface FactDraw {
  random: Random;
  actor: Party;
  counterpart: Party | null;
  topic: string;
  /** The theme the topic phrase was drawn from. */
  topicTheme: string;
}

/** "OpenAI’s", "Siemens’" — the possessive as the briefings write it, with a curly apostrophe. */
export function possessive(name: string): string {
  return /s$/u.test(name) ? `${name}’` : `${name}’s`;
}

/** Story words with every field empty, to be filled in. */
export function emptyWords(): StoryWords {
  return {
    a: "", A: "", aPoss: "", b: "", bPoss: "", bThing: "", thing: "", amount: "", round: "", topic: "", gloss: "",
    place: "", audience: "", use: "", count: "", focus: "", pentagon: "",
  };
}
