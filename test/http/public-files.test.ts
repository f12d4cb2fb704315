import { existsSync, readdirSync, readFileSync } from "node:fs";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "../../proxy";

const ORIGIN = "http://drillroom.test";
const publicFiles = () => (existsSync("public") ? readdirSync("public", { recursive: true, encoding: "utf8" }) : []);

describe("public/", () => {
  it("has a robots.txt that asks every crawler to index nothing: drills, channels and watch links are not for search engines", () => {
    expect(publicFiles()).toContain("robots.txt");
    const rules = readFileSync("public/robots.txt", "utf8").split("\n").map((line) => line.trim());
    expect(rules).toContain("User-agent: *");
    expect(rules).toContain("Disallow: /");
  });

  it("is served to anyone: the proxy never sends a request for one of its files to sign-in", () => {
    expect(publicFiles().length).toBeGreaterThan(0);
    for (const file of publicFiles()) {
      const url = `${ORIGIN}/${file}`;
      if (!unstable_doesMiddlewareMatch({ config, url })) continue;
      const response = proxy(new NextRequest(url));
      expect(response.headers.get("location"), `/${file} without a session`).toBeNull();
    }
  });
});
