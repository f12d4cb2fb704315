import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Mrkdwn } from "@/components/timeline/mrkdwn";

const render = (text: string, names?: Record<string, string>) => renderToStaticMarkup(createElement(Mrkdwn, { text, names }));

/** The href of every anchor in the markup. */
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1]);

const OWN_TAGS = ["div", "br", "strong", "em", "s", "code", "pre", "blockquote", "a", "span"];
const OWN_ATTRIBUTES = ["class", "href", "rel", "target"];

/** Only tags and attributes this component writes: since React escapes every `<` in text, each `<` left is a real tag. */
function expectOnlyOwnMarkup(html: string) {
  expect(html).not.toMatch(/<script|<img|<iframe|<svg/i);
  for (const [, tag, attributes] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    expect(OWN_TAGS).toContain(tag);
    for (const [, name] of (attributes ?? "").matchAll(/\s([^\s=]+)="[^"]*"/g)) expect(OWN_ATTRIBUTES).toContain(name);
  }
  for (const href of hrefs(html)) expect(href).toMatch(/^(https?:\/\/|mailto:)/i);
}

describe("Mrkdwn", () => {
  it("renders formatting as elements", () => {
    const html = render("*bold* _it_ ~gone~ `code`\n```pre\nblock```\n&gt; quoted\na\nb");
    expect(html).toContain("<strong");
    expect(html).toContain(">bold</strong>");
    expect(html).toContain("<em>it</em>");
    expect(html).toContain(">gone</s>");
    expect(html).toContain(">code</code>");
    expect(html).toContain(">pre\nblock</pre>");
    expect(html).toContain(">quoted</blockquote>");
    expect(html).toContain("a<br/>b");
  });

  it("keeps safe links, with rel and target", () => {
    const html = render("see <https://grafana.example/d/1?a=1&amp;b=2|the dashboard> or <mailto:oncall@example.com|mail>");
    expect(hrefs(html)).toEqual(["https://grafana.example/d/1?a=1&amp;b=2", "mailto:oncall@example.com"]);
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain(">the dashboard</a>");
  });

  it("renders mentions with resolved names, escaping them", () => {
    const html = render("<@U1> <@U2|fallback> <@U3> <#C9|incidents> <!here> <!subteam^S1|@sre>", { U1: "Ann <b>Admin</b>", U3: "" });
    expect(html).toContain("@Ann &lt;b&gt;Admin&lt;/b&gt;</span>");
    expect(html).toContain("@fallback</span>");
    expect(html).toContain("#incidents</span>");
    expect(html).toContain("@here</span>");
    expect(html).toContain("@sre</span>");
    expect(html).not.toContain("<b>");
  });

  it("does not read names off the object prototype", () => {
    expect(render("<@U1>", {})).toContain("@U1</span>");
  });

  const hostile: [string, string][] = [
    ["escaped script", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["raw script", "<script>alert(1)</script>"],
    ["javascript link", "<javascript:alert(1)|click>"],
    ["upper-case javascript link", "<JAVASCRIPT:alert(1)>"],
    ["javascript with spaces", "< javascript:alert(1) |x>"],
    ["javascript with a tab", "<java\tscript:alert(1)|x>"],
    ["data url", "<data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;|x>"],
    ["vbscript", "<vbscript:msgbox(1)|x>"],
    ["escaped img", "&lt;img src=x onerror=alert(1)&gt;"],
    ["raw img", "<img src=x onerror=alert(1)>"],
    ["broken entities", "&amp &#x3c;script&#x3e; &#60;img src=x onerror=alert(1)&#62; &lt"],
    ["label with markup", "<https://ok.example|&lt;img src=x onerror=alert(1)&gt;>"],
    ["quote breaking out of href", '<https://ok.example/"onmouseover="alert(1)|x>'],
    ["nested and unbalanced markers", "*_~`*<javascript:x|y>_*~ ```&lt;script&gt;``` *a _b* c_ ~"],
    ["mention label with markup", "<@U1|&lt;b&gt;x&lt;/b&gt;> <#C1|<b>>"],
  ];

  it.each(hostile)("renders %s harmlessly", (_, payload) => {
    const html = render(payload);
    expectOnlyOwnMarkup(html);
  });

  it("shows escaped HTML as the text it is", () => {
    expect(render("&lt;script&gt;alert(1)&lt;/script&gt;")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(render("&lt;img src=x onerror=alert(1)&gt;")).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(render("a &amp; b &#x3c;")).toContain("a &amp; b &amp;#x3c;");
  });

  it("shows unsafe links as plain text", () => {
    const html = render("<javascript:alert(1)|click me>");
    expect(hrefs(html)).toEqual([]);
    expect(html).toContain("click me");
  });

  it("keeps the attribute quote escaped", () => {
    const html = render('<https://ok.example/"x|y>');
    expect(html).toContain('href="https://ok.example/&quot;x"');
  });

  it("renders empty text as an empty container", () => {
    expect(render("")).toBe('<div class="min-w-0 break-words whitespace-pre-wrap"></div>');
  });
});
