import { describe, expect, it } from "vitest";
import { TermMatcher } from "../../src/extract/TermMatcher.js";

const matcher = new TermMatcher([
  { text: "Arm", caseSensitive: true, payload: "arm" },
  { text: "Meta", caseSensitive: true, payload: "meta" },
  { text: "OpenAI", caseSensitive: false, payload: "openai" },
  { text: "Amazon Web Services", caseSensitive: false, payload: "aws" },
  { text: "Amazon", caseSensitive: true, payload: "amazon" },
  { text: "Llama", caseSensitive: false, payload: "meta-llama" },
  { text: "supply chain", caseSensitive: false, payload: "supply" },
  { text: "GPU", caseSensitive: false, payload: "gpu" },
  { text: "Kleiner Perkins", caseSensitive: false, payload: "kp" },
]);
const found = (text: string) => matcher.match(text).map((m) => m.payload);

describe("TermMatcher", () => {
  it("matches a case-sensitive name only in its own letter case", () => {
    expect(found("Arm unveils a CPU")).toEqual(["arm"]);
    expect(found("a robotic arm and an ARM chip")).toEqual([]);
  });

  it("matches whole words only", () => {
    expect(found("metadata about Metaverse")).toEqual([]);
    expect(found("OpenAIs")).toEqual(["openai"]);
    expect(found("NotOpenAI")).toEqual([]);
  });

  it("accepts possessives with straight and curly apostrophes", () => {
    expect(found("Arm’s first chip and OpenAI's plan")).toEqual(["arm", "openai"]);
  });

  it("prefers the longest name and does not match inside it again", () => {
    expect(found("Amazon Web Services outage hits Amazon")).toEqual(["aws", "amazon"]);
  });

  it("treats hyphens and spaces alike, and allows a plural last word", () => {
    expect(found("supply-chain attacks on GPUs")).toEqual(["supply", "gpu"]);
    expect(found("supply chains")).toEqual(["supply"]);
  });

  it("keeps dotted tokens whole, so llama.cpp is not Llama", () => {
    expect(found("Delta-KV for llama.cpp")).toEqual([]);
    expect(found("Meta releases Llama 5")).toEqual(["meta", "meta-llama"]);
  });

  it("does not join words across punctuation", () => {
    expect(found("Kleiner, Perkins")).toEqual([]);
    expect(found("KLEINER PERKINS raises")).toEqual(["kp"]);
  });
});
