import { describe, expect, it } from "vitest";
import { normalizeUrl } from "../../src/extract/normalizeUrl.js";
import { registrableDomain } from "../../src/extract/registrableDomain.js";

describe("normalizeUrl", () => {
  it("turns reddit paths into reddit.com URLs", () => {
    expect(normalizeUrl("/r/ClaudeAI/comments/1s2ok85/claude_code_now_has_auto_mode/")).toBe(
      "https://www.reddit.com/r/ClaudeAI/comments/1s2ok85/claude_code_now_has_auto_mode/",
    );
    expect(normalizeUrl("https://old.reddit.com/r/x/comments/1/")).toBe("https://www.reddit.com/r/x/comments/1/");
  });

  it("lower-cases the host and drops tracking parameters, fragments and default ports", () => {
    expect(normalizeUrl("HTTPS://WWW.Reuters.COM:443/a/B?utm_source=x&id=7&fbclid=y#top")).toBe("https://www.reuters.com/a/B?id=7");
  });

  it("refuses what is not an http(s) URL", () => {
    expect(normalizeUrl("ftp://example.com/x")).toBeNull();
    expect(normalizeUrl("see the article")).toBeNull();
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
  });
});

describe("registrableDomain", () => {
  it("keeps the registrable part of a host", () => {
    expect(registrableDomain("newsroom.arm.com")).toBe("arm.com");
    expect(registrableDomain("www.bbc.co.uk")).toBe("bbc.co.uk");
    expect(registrableDomain("reuters.com")).toBe("reuters.com");
    expect(registrableDomain("127.0.0.1")).toBe("127.0.0.1");
  });
});
