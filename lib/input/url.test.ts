import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { NUL_MESSAGE } from "./text";
import { HTTP_URL_MESSAGE, httpUrl, URL_MAX } from "./url";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("httpUrl", () => {
  it("takes absolute http and https URLs, trimmed", () => {
    expect(httpUrl().parse(" https://grafana.example.com/d/abc?x=1 ")).toBe("https://grafana.example.com/d/abc?x=1");
    expect(httpUrl().parse("http://127.0.0.1:8080/hook")).toBe("http://127.0.0.1:8080/hook");
    expect(httpUrl().parse("HTTPS://EXAMPLE.COM")).toBe("HTTPS://EXAMPLE.COM");
  });

  it("refuses every other scheme once, and what is not a URL", () => {
    for (const value of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.com", "//example.com", "example.com", "https://", "http://exa mple.com"])
      expect(messages(httpUrl(), value), value).toEqual([HTTP_URL_MESSAGE]);
  });

  it("refuses NUL and overlong URLs", () => {
    expect(messages(httpUrl(), "https://example.com/\u0000")).toContain(NUL_MESSAGE);
    expect(messages(httpUrl(), `https://example.com/${"a".repeat(URL_MAX)}`)).toEqual([`must be at most ${URL_MAX} characters`]);
  });

  it("lets placeholders stand in for parts of a webhook target", () => {
    expect(httpUrl({ placeholders: true }).parse("https://{{host}}/inject/{{ step id }}")).toBe("https://{{host}}/inject/{{ step id }}");
    expect(messages(httpUrl(), "https://example.com/{{ step id }}")).toEqual([HTTP_URL_MESSAGE]);
  });

  it("says blank is required when asked to", () => {
    expect(messages(httpUrl({ required: "is required for a webhook step" }), "  ")).toEqual(["is required for a webhook step"]);
    expect(messages(httpUrl(), "")).toEqual([HTTP_URL_MESSAGE]);
  });
});
