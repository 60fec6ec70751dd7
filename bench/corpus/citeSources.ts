import type { Party } from "./CorpusTaxonomy.js";
import type { Random } from "./Random.js";
import type { Story } from "./Story.js";

/** Newsrooms of organizations that publish their own announcements, by taxonomy slug: URL prefix. */
const NEWSROOMS: Readonly<Record<string, string>> = {
  openai: "https://openai.com/index/",
  anthropic: "https://www.anthropic.com/news/",
  google: "https://blog.google/technology/ai/",
  "google-deepmind": "https://deepmind.google/discover/blog/",
  nvidia: "https://nvidianews.nvidia.com/news/",
  microsoft: "https://blogs.microsoft.com/blog/",
  meta: "https://ai.meta.com/blog/",
  arm: "https://newsroom.arm.com/news/",
  "amazon-web-services": "https://aws.amazon.com/blogs/machine-learning/",
  "european-commission": "https://digital-strategy.ec.europa.eu/en/news/",
  "white-house": "https://www.whitehouse.gov/briefing-room/",
  ftc: "https://www.ftc.gov/news-events/news/press-releases/",
  "hugging-face": "https://huggingface.co/blog/",
};

const GOVERNMENT_KINDS = new Set(["government", "regulator", "legislature", "military", "court"]);
const SUBREDDITS = ["MachineLearning", "LocalLLaMA", "singularity", "artificial", "technology", "Futurology", "ChatGPT"];
const THEME_SUBREDDITS: Readonly<Record<string, string>> = {
  "open-weights": "LocalLLaMA", "inference-efficiency": "LocalLLaMA", cybersecurity: "netsec",
  "supply-chain-security": "Python", agents: "AI_Agents", "policy-regulation": "Futurology",
  "security-products": "cybersecurity", "national-security": "geopolitics",
};
const UTM_SOURCES = ["twitter", "linkedin", "newsletter", "rss", "hn"];

type UrlBuilder = (slug: string, date: string, random: Random) => string;

/** News publishers with their URL shapes and how often briefings cite them. */
const PUBLISHERS: ReadonlyArray<{ weight: number; url: UrlBuilder }> = [
  { weight: 6, url: (s, d, r) => `https://www.reuters.com/${r.pick(["technology", "business", "world"])}/${s}-${d}/` },
  { weight: 6, url: (s, d) => `https://techcrunch.com/${d.replace(/-/gu, "/")}/${s}/` },
  { weight: 5, url: (s, _d, r) => `https://www.theverge.com/ai-artificial-intelligence/${r.int(700000, 999999)}/${s}` },
  { weight: 3, url: (s, _d, r) => `https://www.wsj.com/tech/ai/${s}-${r.chars("0123456789abcdef", 8)}` },
  { weight: 3, url: (s, d) => `https://www.cnbc.com/${d.replace(/-/gu, "/")}/${s}.html` },
  { weight: 2, url: (_s, _d, r) => `https://www.ft.com/content/${uuid(r)}` },
  { weight: 3, url: (s, d) => `https://www.bloomberg.com/news/articles/${d}/${s}` },
  { weight: 2, url: (s) => `https://www.politico.eu/article/${s}/` },
  { weight: 3, url: (s, d) => `https://arstechnica.com/ai/${d.slice(0, 7).replace("-", "/")}/${s}/` },
  { weight: 3, url: (s) => `https://www.wired.com/story/${s}/` },
  { weight: 1, url: (s, d) => `https://www.theinformation.com/articles/${s}?date=${d}` },
  { weight: 1, url: (s) => `https://www.axios.com/${s}` },
  { weight: 1, url: (s, d) => `https://www.semafor.com/article/${d.slice(5).replace("-", "/")}/${d.slice(0, 4)}/${s}` },
];

/** How many sources a top item cites: 0 to 5 lines in all (a repeated URL included), most often 2 to 4. */
const SOURCE_COUNTS = [0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5];

/**
 * The source lines of a top-priority item: URLs on news sites, the actor's newsroom, or reddit paths, with
 * slugs made from the item's title. Some carry utm_* tracking parameters, and now and then one URL is cited twice
 * (as is, or with tracking added), as real briefings do.
 */
export function citeSources(story: Story, title: string, date: string, random: Random): string[] {
  const count = random.pick(SOURCE_COUNTS);
  const slug = slugOf(title);
  const urls: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const roll = random.next();
    const published = shiftDate(date, -random.pick([0, 1, 1, 1, 2]));
    let url: string;
    if (roll < 0.2) url = redditPath(story, title, random);
    else if (roll < 0.32) url = newsroomUrl(story.actor, slug, random);
    else url = random.weighted(PUBLISHERS, (publisher) => publisher.weight).url(slug, published, random);
    if (random.chance(0.08) && !url.startsWith("/r/")) url = withTracking(url, random);
    urls.push(url);
  }
  if (urls.length >= 2 && urls.length < 5 && random.chance(0.06)) {
    const repeated = random.pick(urls);
    urls.push(random.chance(0.5) || repeated.startsWith("/r/") ? repeated : withTracking(repeated, random));
  }
  return urls;
}

/** A URL slug from a title: lower-case ASCII words joined by '-', at most ten. */
export function slugOf(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/['’‘]/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== "")
    .slice(0, 10)
    .join("-");
}

function redditPath(story: Story, title: string, random: Random): string {
  const actor = story.actor.key;
  const subreddit = actor === "org:openai" ? "OpenAI" : actor === "org:anthropic" ? "ClaudeAI"
    : random.chance(0.5) ? (THEME_SUBREDDITS[story.topicTheme] ?? random.pick(SUBREDDITS)) : random.pick(SUBREDDITS);
  const id = `1${random.chars("0123456789abcdefghijklmnopqrstuvwxyz", 6)}`;
  const words = slugOf(title).replace(/-/gu, "_").slice(0, 48);
  const path = `/r/${subreddit}/comments/${id}/${words}/`;
  return random.chance(0.1) ? `https://www.reddit.com${path}` : path;
}

function newsroomUrl(party: Party, slug: string, random: Random): string {
  const known = NEWSROOMS[party.key.replace(/^org:/u, "")];
  if (known !== undefined) return `${known}${slug}/`;
  const domainWord = party.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/gu, "").slice(0, 24) || "newsroom";
  if (party.kind === "startup") return `https://${domainWord}.${random.pick(["ai", "com", "io"])}/blog/${slug}`;
  if (GOVERNMENT_KINDS.has(party.kind)) {
    const tld = party.country === "US" ? "gov" : party.country === "GB" ? "gov.uk" : "europa.eu";
    return `https://www.${domainWord}.${tld}/news/${slug}`;
  }
  return `https://${random.pick(["www", "newsroom", "blog"])}.${domainWord}.com/news/${slug}`;
}

function withTracking(url: string, random: Random): string {
  const separator = url.includes("?") ? "&" : "?";
  return `${url}${separator}utm_source=${random.pick(UTM_SOURCES)}&utm_medium=social&utm_campaign=${random.pick(["ai-briefing", "daily", "tech"])}`;
}

function uuid(random: Random): string {
  const hex = "0123456789abcdef";
  return `${random.chars(hex, 8)}-${random.chars(hex, 4)}-${random.chars(hex, 4)}-${random.chars(hex, 4)}-${random.chars(hex, 12)}`;
}

/** The ISO date `days` days after `date` (negative: before). */
export function shiftDate(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
