import { describe, expect, it } from "vitest";
import { escapeMrkdwn, isSafeUrl, mentionedUserIds, parseMrkdwn, type MrkdwnNode } from "./mrkdwn";

const text = (value: string) => ({ type: "text", text: value });

/** Everything a reader would see, formatting dropped: handy for "it stayed literal" checks. */
function flat(nodes: MrkdwnNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
        case "code":
        case "pre":
          return node.text;
        case "br":
          return "\n";
        case "link":
          return node.label;
        case "user":
          return `@${node.label ?? node.id}`;
        case "channel":
          return `#${node.name ?? node.id}`;
        case "broadcast":
          return `@${node.name}`;
        case "usergroup":
          return node.label ?? node.id;
        default:
          return flat(node.children);
      }
    })
    .join("");
}

describe("escapeMrkdwn", () => {
  it("escapes Slack's three control characters, ampersand first", () => {
    expect(escapeMrkdwn("a & b < c > d")).toBe("a &amp; b &lt; c &gt; d");
    expect(escapeMrkdwn("&lt;")).toBe("&amp;lt;");
  });

  it("leaves no way to form a mention, broadcast or link", () => {
    for (const hostile of ["<!channel>", "<!here|here>", "<@U123>", "<https://evil.example|click>", "<#C1>"]) {
      const escaped = escapeMrkdwn(hostile);
      expect(escaped).not.toMatch(/[<>]/);
      expect(parseMrkdwn(escaped)).toEqual([text(hostile)]);
    }
  });

  it("round-trips through the parser as the same literal text", () => {
    const authored = "*not* a <b>tag</b> & `x` ~y~";
    expect(flat(parseMrkdwn(escapeMrkdwn(authored)))).toBe("not a <b>tag</b> & x y");
  });
});

describe("parseMrkdwn: formatting", () => {
  it("parses bold, italic, strike and inline code", () => {
    expect(parseMrkdwn("*b* _i_ ~s~ `c`")).toEqual([
      { type: "bold", children: [text("b")] },
      text(" "),
      { type: "italic", children: [text("i")] },
      text(" "),
      { type: "strike", children: [text("s")] },
      text(" "),
      { type: "code", text: "c" },
    ]);
  });

  it("nests different markers", () => {
    expect(parseMrkdwn("*bold _both_*")).toEqual([{ type: "bold", children: [text("bold "), { type: "italic", children: [text("both")] }] }]);
    expect(parseMrkdwn("_*x*_")).toEqual([{ type: "italic", children: [{ type: "bold", children: [text("x")] }] }]);
  });

  it("formats only at word boundaries, like Slack", () => {
    for (const literal of ["a*b*c", "2*3*4", "snake_case_name", "x~y~z", "* not bold *", "*open", "close*", "**", "a * b * c"]) {
      expect(parseMrkdwn(literal), literal).toEqual([text(literal)]);
    }
    expect(parseMrkdwn("(*yes*).")).toEqual([text("("), { type: "bold", children: [text("yes")] }, text(").")]);
  });

  it("keeps unbalanced and crossing markers literal", () => {
    expect(flat(parseMrkdwn("*a _b* c_"))).toBe("a _b c_");
    expect(parseMrkdwn("*a _b* c_")[0]).toEqual({ type: "bold", children: [text("a _b")] });
    expect(parseMrkdwn("_a *b_")).toEqual([{ type: "italic", children: [text("a *b")] }]);
    expect(parseMrkdwn("*a")).toEqual([text("*a")]);
  });

  it("does not format inside code or preformatted text", () => {
    expect(parseMrkdwn("`*not bold*`")).toEqual([{ type: "code", text: "*not bold*" }]);
    expect(parseMrkdwn("```*a* _b_\n&gt; c```")).toEqual([{ type: "pre", text: "*a* _b_\n> c" }]);
  });

  it("does not let a formatting run cross a line", () => {
    expect(parseMrkdwn("*a\nb*")).toEqual([text("*a"), { type: "br" }, text("b*")]);
  });

  it("turns newlines into breaks and keeps empty lines", () => {
    expect(parseMrkdwn("a\n\nb")).toEqual([text("a"), { type: "br" }, { type: "br" }, text("b")]);
  });

  it("splits preformatted blocks out, with their setting-apart newlines", () => {
    expect(parseMrkdwn("before\n```\nline 1\nline 2\n```\nafter")).toEqual([text("before"), { type: "pre", text: "line 1\nline 2" }, text("after")]);
    expect(parseMrkdwn("a ```b``` c")).toEqual([text("a "), { type: "pre", text: "b" }, text(" c")]);
    expect(parseMrkdwn("``````")).toEqual([text("``````")]);
    expect(parseMrkdwn("```unclosed")).toEqual([text("```unclosed")]);
  });

  it("groups quote lines (as Slack escapes them) into one quote", () => {
    expect(parseMrkdwn("&gt; one\n&gt; *two*\nthree")).toEqual([
      { type: "quote", children: [text("one"), { type: "br" }, { type: "bold", children: [text("two")] }] },
      text("three"),
    ]);
    expect(parseMrkdwn("a &gt; b")).toEqual([text("a > b")]);
  });
});

describe("parseMrkdwn: entities", () => {
  it("decodes only &amp; &lt; &gt;, once", () => {
    expect(parseMrkdwn("&amp; &lt; &gt; &amp;lt;")).toEqual([text("& < > &lt;")]);
  });

  it("leaves every other or broken entity literal", () => {
    for (const literal of ["&amp", "&#x3c;", "&#60;", "&quot;", "&nbsp;", "&lt", "& amp;", "&AMP;"]) expect(parseMrkdwn(literal)).toEqual([text(literal)]);
  });

  it("keeps escaped HTML as text", () => {
    expect(parseMrkdwn("&lt;script&gt;alert(1)&lt;/script&gt;")).toEqual([text("<script>alert(1)</script>")]);
  });
});

describe("parseMrkdwn: links", () => {
  it("parses labelled, bare and mailto links", () => {
    expect(parseMrkdwn("<https://example.com/a?b=1&amp;c=2|the docs>")).toEqual([{ type: "link", url: "https://example.com/a?b=1&c=2", label: "the docs" }]);
    expect(parseMrkdwn("<http://example.com>")).toEqual([{ type: "link", url: "http://example.com", label: "http://example.com" }]);
    expect(parseMrkdwn("<mailto:a@b.example|a@b.example>")).toEqual([{ type: "link", url: "mailto:a@b.example", label: "a@b.example" }]);
    expect(parseMrkdwn("<HTTPS://EXAMPLE.COM|x>")).toEqual([{ type: "link", url: "HTTPS://EXAMPLE.COM", label: "x" }]);
  });

  it("keeps link tokens whole even with markers inside", () => {
    expect(parseMrkdwn("*see <https://x.example/a_b_c*d|here>*")).toEqual([
      { type: "bold", children: [text("see "), { type: "link", url: "https://x.example/a_b_c*d", label: "here" }] },
    ]);
  });

  it("shows unsafe links as plain text: their label, or the url text", () => {
    const cases: [string, string][] = [
      ["<javascript:alert(1)|click>", "click"],
      ["<JAVASCRIPT:alert(1)>", "JAVASCRIPT:alert(1)"],
      ["< javascript:alert(1)|x>", "x"],
      ["<data:text/html,<b>|x>", "<data:text/html,"],
      ["<data:text/html;base64,PHNjcmlwdD4=|x>", "x"],
      ["<vbscript:msgbox(1)|x>", "x"],
      ["<//evil.example|x>", "x"],
      ["<java\tscript:alert(1)|x>", "x"],
      ["<https://ok.example/\u0000x|x>", "x"],
      ["<https://ok.example/ x|y>", "y"],
      ["<script>", "script"],
    ];
    for (const [input, shown] of cases) {
      const nodes = parseMrkdwn(input);
      expect(nodes.some((node) => node.type === "link"), input).toBe(false);
      expect(flat(nodes), input).toContain(shown);
    }
  });

  it("decides safety on the trimmed, decoded url", () => {
    expect(isSafeUrl("https://example.com")).toBe(true);
    expect(isSafeUrl("mailto:a@b.example")).toBe(true);
    for (const url of ["javascript:alert(1)", "jAvAsCrIpT:alert(1)", "data:text/html,x", "//evil.example", "https:evil", "\u0001https://x", "https://", "ftp://x.example"]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});

describe("parseMrkdwn: mentions", () => {
  it("parses user, channel and special mentions", () => {
    expect(parseMrkdwn("<@U123> <@W9|sam> <#C42|incidents> <#C43>")).toEqual([
      { type: "user", id: "U123" },
      text(" "),
      { type: "user", id: "W9", label: "sam" },
      text(" "),
      { type: "channel", id: "C42", name: "incidents" },
      text(" "),
      { type: "channel", id: "C43" },
    ]);
    expect(parseMrkdwn("<!here> <!channel> <!everyone>")).toEqual([
      { type: "broadcast", name: "here" },
      text(" "),
      { type: "broadcast", name: "channel" },
      text(" "),
      { type: "broadcast", name: "everyone" },
    ]);
    expect(parseMrkdwn("<!subteam^S1|@team>")).toEqual([{ type: "usergroup", id: "S1", label: "@team" }]);
  });

  it("shows a date by its fallback text", () => {
    expect(parseMrkdwn("due <!date^1392734382^{date_short}|Feb 18, 2014>")).toEqual([text("due Feb 18, 2014")]);
  });

  it("treats malformed ids as text", () => {
    expect(parseMrkdwn("<@u123>")).toEqual([text("@u123")]);
    expect(parseMrkdwn("<@U12 3|x>")).toEqual([text("x")]);
  });

  it("shows mentions inside code as their text", () => {
    expect(parseMrkdwn("`ping <@U1|ann>`")).toEqual([{ type: "code", text: "ping @ann" }]);
  });

  it("lists the distinct mentioned users, quotes and formatting included", () => {
    expect(mentionedUserIds("<@U1> and *<@U2|b>* &gt; no\n&gt; <@U1> <@U3>\n<@bad> <!here>")).toEqual(["U1", "U2", "U3"]);
    expect(mentionedUserIds("no one")).toEqual([]);
  });
});

describe("parseMrkdwn: robustness", () => {
  it("treats raw, unescaped markup as tokens or text, never as HTML", () => {
    const nodes = parseMrkdwn("<script>alert(1)</script>");
    expect(nodes.every((node) => node.type === "text")).toBe(true);
  });

  it("returns nothing for empty or non-string input", () => {
    expect(parseMrkdwn("")).toEqual([]);
    expect(parseMrkdwn(undefined as unknown as string)).toEqual([]);
  });

  it("stays fast on pathological input", () => {
    const inputs = ["*".repeat(10_000), "<".repeat(10_000), "`".repeat(10_000), "_a ".repeat(5_000), "*_~".repeat(5_000) + "x", "&gt; ".repeat(5_000), "```".repeat(5_000), "<a|".repeat(5_000), "&".repeat(10_000)];
    const started = performance.now();
    for (const input of inputs) {
      const nodes = parseMrkdwn(input.repeat(10));
      expect(nodes.length).toBeGreaterThan(0);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("never throws on random input", () => {
    const alphabet = ["*", "_", "~", "`", "```", "<", ">", "|", "@", "#", "!", "&amp;", "&lt;", "&gt;", "&", "\n", " ", "a", "U1", "https://x", "javascript:", "🙂"];
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 2_000; round += 1) {
      const input = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      expect(() => parseMrkdwn(input), input).not.toThrow();
    }
  });
});
