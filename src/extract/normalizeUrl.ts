/** Query parameters that only track the reader; dropped so that one article has one URL. */
const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|ref_url|cmpid|smid|_hsenc|_hsmi|mkt_tok|share_id)$/i;

/**
 * Normalises a cited URL: reddit paths ("/r/…") become reddit.com URLs, the host is lower-cased, default ports,
 * fragments and tracking parameters are dropped. Returns null for anything that is not an http(s) URL.
 */
export function normalizeUrl(raw: string): string | null {
  return normalizedUrl(raw)?.toString() ?? null;
}

/** normalizeUrl as a URL object, for callers that also need its parts (the host) without parsing it again. */
export function normalizedUrl(raw: string): URL | null {
  const text = raw.trim();
  const absolute = /^\/?(r|u|user)\//i.test(text) ? `https://www.reddit.com/${text.replace(/^\//, "")}` : text;
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.hostname === "reddit.com" || url.hostname.endsWith(".reddit.com")) url.hostname = "www.reddit.com";
  // Without a "#" in the text there is no fragment to drop, and the setter (a native call) is skipped.
  if (absolute.includes("#")) url.hash = "";
  // Most URLs have no query; searchParams is built on first use, so it is left alone for them.
  if (url.search === "") return url;
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  return url;
}
