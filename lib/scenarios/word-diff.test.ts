import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks only the words that changed, on each side", () => {
    expect(wordDiff("Drop the toxic, then check `CLIENT LIST`.", "Remove the toxic, then verify `CLIENT LIST`.")).toEqual({
      before: [
        { text: "Drop", change: "removed" },
        { text: " the toxic, then ", change: "same" },
        { text: "check", change: "removed" },
        { text: " `CLIENT LIST`.", change: "same" },
      ],
      after: [
        { text: "Remove", change: "added" },
        { text: " the toxic, then ", change: "same" },
        { text: "verify", change: "added" },
        { text: " `CLIENT LIST`.", change: "same" },
      ],
    });
  });

  it("sees changed whitespace and line breaks", () => {
    const diff = wordDiff("one\ntwo", "one two");
    expect(diff?.before).toContainEqual({ text: "\n", change: "removed" });
    expect(diff?.after).toContainEqual({ text: " ", change: "added" });
  });

  it("keeps whole words: a changed number is one part, not some digits", () => {
    const diff = wordDiff("offset 12 minutes", "offset 120 minutes");
    expect(diff?.before).toContainEqual({ text: "12", change: "removed" });
    expect(diff?.after).toContainEqual({ text: "120", change: "added" });
  });

  it("rebuilds each side exactly", () => {
    const before = "Alpha beta\ngamma delta";
    const after = "Alpha BETA gamma\n\ndelta epsilon";
    const diff = wordDiff(before, after)!;
    expect(diff.before.map((part) => part.text).join("")).toBe(before);
    expect(diff.after.map((part) => part.text).join("")).toBe(after);
  });

  it("gives up on texts too different to highlight usefully", () => {
    const words = (prefix: string) => Array.from({ length: 2000 }, (_, index) => `${prefix}${index}`).join(" ");
    expect(wordDiff(words("a"), words("b"))).toBeNull();
  });
});
