import { describe, expect, it } from "vitest";
import { isPublicPath, safeNextPath, signInPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site, query included", () => {
    expect(safeNextPath("/drills/abc?tab=notes")).toBe("/drills/abc?tab=notes");
  });

  it.each([undefined, "", "drills", "https://evil.example", "//evil.example", "/\\evil.example", "/\tevil", "javascript:alert(1)"])("refuses %j", (value) => {
    expect(safeNextPath(value)).toBe("/");
  });
});

describe("isPublicPath", () => {
  it.each(["/sign-in", "/setup", "/channel/tok", "/watch/tok"])("%s is public", (path) => expect(isPublicPath(path)).toBe(true));
  it.each(["/", "/scenarios", "/sign-inx", "/settings/tokens", "/channel"])("%s is not", (path) => expect(isPublicPath(path)).toBe(false));
});

describe("signInPath", () => {
  it("carries where the person was", () => expect(signInPath("/drills/a b")).toBe("/sign-in?next=%2Fdrills%2Fa%20b"));
  it("leaves out the home page and unsafe targets", () => {
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("//evil.example")).toBe("/sign-in");
  });
});
