import { describe, expect, it } from "vitest";
import { context, fields, header, lineSections, section, slackMessage } from "./elements";
import { ELLIPSIS, LIMITS, truncate, truncateMrkdwn } from "./limits";

/** True when the string holds no lone surrogate, i.e. no emoji was cut in half. */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe("truncate", () => {
  it("leaves text at the limit alone and cuts text over it, ellipsis included", () => {
    expect(truncate("a".repeat(150), 150)).toBe("a".repeat(150));
    const cut = truncate("a".repeat(151), 150);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    for (let offset = 0; offset < 4; offset += 1) {
      const text = "x".repeat(offset) + "😀".repeat(100);
      const cut = truncate(text, 75);
      expect(cut.length).toBeLessThanOrEqual(75);
      expect(wellFormed(cut), `offset ${offset}`).toBe(true);
      expect(cut.endsWith(ELLIPSIS)).toBe(true);
    }
  });

  it("never splits a grapheme: flags, joined emoji and accents stay whole", () => {
    const family = "👨‍👩‍👧‍👦";
    const cut = truncate(`${"a".repeat(145)}${family}${family}`, 150);
    expect(cut).toBe(`${"a".repeat(145)}${ELLIPSIS}`);
    expect(truncate(`${"a".repeat(147)}e\u0301e\u0301`, 150)).toBe(`${"a".repeat(147)}e\u0301${ELLIPSIS}`);
    expect(truncate("🇫🇷".repeat(10), 6)).toBe(`🇫🇷${ELLIPSIS}`);
  });
});

describe("truncateMrkdwn", () => {
  it("does not leave half an entity or half a token behind", () => {
    const entity = truncateMrkdwn(`${"a".repeat(95)}&amp;&amp;`, 100);
    expect(entity).toBe(`${"a".repeat(95)}${ELLIPSIS}`);
    const mention = truncateMrkdwn(`${"a".repeat(90)} <@U12345678>`, 100);
    expect(mention).toBe(`${"a".repeat(90)} ${ELLIPSIS}`);
  });
});

describe("element helpers", () => {
  it("keep every text within Block Kit's limits", () => {
    const long = "é😀&amp;".repeat(3000);
    expect(header(long).text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    expect(section(long).text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const block = context(...Array.from({ length: 12 }, () => long));
    expect(block.elements).toHaveLength(LIMITS.contextElements);
    for (const element of block.elements) expect("text" in element && element.text.length <= LIMITS.contextText).toBe(true);
    const pairs = fields(Array.from({ length: 12 }, (_, index): [string, string] => [`f${index}`, long]));
    expect(pairs.fields).toHaveLength(LIMITS.sectionFields);
    for (const field of pairs.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(LIMITS.sectionField);
    const message = slackMessage(long, Array.from({ length: 60 }, () => section("x")));
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(message.blocks).toHaveLength(LIMITS.blocks);
    for (const text of [header(long).text.text, section(long).text?.text ?? "", message.text]) expect(wellFormed(text)).toBe(true);
  });

  it("never sends an empty header", () => {
    expect(header("   ").text.text).toBe("—");
  });

  it("packs lines into sections and counts what did not fit", () => {
    const lines = Array.from({ length: 300 }, (_, index) => `• line ${index} ${"x".repeat(200)}`);
    const sections = lineSections(lines, { maxSections: 5 });
    expect(sections).toHaveLength(5);
    for (const block of sections) expect(block.text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const shown = sections.map((block) => block.text?.text ?? "").join("\n");
    const count = shown.split("\n").filter((line) => line.startsWith("• line")).length;
    expect(shown).toContain(`_…and ${300 - count} more_`);
    expect(lineSections(["a", "b"], { maxSections: 5 }).map((block) => block.text?.text)).toEqual(["a\nb"]);
    expect(lineSections([], { maxSections: 5 })).toEqual([]);
  });
});
