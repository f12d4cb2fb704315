import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { SCREENSHOTS_DIR, shoot } from "./support/screenshots";

const LONG_TITLE = "[Critical] ElastiCache match-profile-cache-001: CurrConnections above 60,000 for 5 minutes while EngineCPUUtilization stays over 90% on the primary node";

function definition(title: string) {
  return {
    title,
    summary: "Match scoring slows down as its `match-profile-cache` Redis fills with connections.",
    components: ["match-scoring", "match-profile-cache"],
    timeBoxMinutes: 45,
    briefing: "Match wait times are up. Run `CLIENT LIST` only if you know why.",
    rootCause: "A runaway `memtier_benchmark` pod in drill-chaos floods the primary.",
    injections: [
      {
        id: "inj-flood",
        name: "Flood the primary",
        action: { kind: "manual", instructions: "`kubectl -n drill-chaos run redis-flood --image=redislabs/memtier_benchmark --restart=Never -- memtier_benchmark -s match-profile-cache-001.stage.internal -p 6379`" },
        rollback: { kind: "manual", instructions: "`kubectl -n drill-chaos delete pod redis-flood --now`" },
      },
    ],
    alerts: [
      { id: "alert-long", offsetMinutes: 5, relativeTo: "start", source: "grafana", severity: "critical", title: LONG_TITLE, body: "Query: `max(CurrConnections{cluster=\"match-profile-cache-001\"}) by (node_role, availability_zone, cache_node_id)` over 5m" },
      { id: "alert-short", offsetMinutes: 1, relativeTo: "start", source: "pagerduty", severity: "high", title: "[P2] match-server: wait > 45s", body: "Triggered." },
    ],
    hints: [
      { id: "hint-1", text: "Who is connected to the primary? `CLIENT LIST` grouped by addr is revealing.", release: "manual" },
      { id: "hint-2", text: "Look at the drill-chaos namespace.", release: "manual" },
    ],
    modelAnswer: ["Find the clients with `CLIENT LIST` and delete the `redis-flood` pod.", "If the primary stays stuck, fail over:\n```\naws elasticache test-failover --replication-group-id match-profile-cache\n```"],
  };
}

async function createScenario(request: APIRequestContext, title: string): Promise<{ id: string; revision: number; definition: ReturnType<typeof definition> }> {
  const created = await request.post("/api/scenarios", { data: { definition: definition(title) } });
  expect(created.status()).toBe(201);
  return created.json();
}

async function createDrill(request: APIRequestContext, scenarioId: string): Promise<string> {
  const created = await request.post("/api/drills", { data: { scenarioId } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** A card by its title (cards are sections headed by an h2). */
const card = (page: Page, title: string) => page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });

/** The page's visible text, without the sign-in menu and other chrome that is not the drill. */
const mainText = (page: Page) => page.locator("main").innerText();

test("a drill reads as planned, running, then ended: nothing live is offered after the end, corrections still are", async ({ page, request }) => {
  const scenario = await createScenario(request, `Ended journey ${Date.now()}`);
  const drillId = await createDrill(request, scenario.id);

  await page.goto(`/drills/${drillId}`);
  await expect(page.getByTestId("drill-status")).toHaveText("planned");
  // Start is the primary action; Abort is outlined red and set apart, in the danger zone, not beside Start.
  const start = page.getByRole("button", { name: "Start drill" });
  await expect(start).toHaveClass(/bg-sky-600/);
  const abort = page.getByRole("button", { name: "Abort drill…" });
  await expect(abort).not.toHaveClass(/bg-rose-700/);
  await expect(card(page, "Danger zone").getByRole("button", { name: "Abort drill…" })).toBeVisible();
  expect(await start.evaluate((button) => button.parentElement?.querySelector("button[class*='rose']") ?? null)).toBeNull();
  await shoot(page, "control-room-planned");

  await start.click();
  await expect(page.getByTestId("drill-status")).toHaveText("running");
  await expect(page.getByRole("button", { name: "Start drill" })).toHaveCount(0);

  // A long alert title is cut to two lines, with the whole title as a tooltip and a keyboard-reachable toggle.
  const longAlert = page.getByTestId("alert-alert-long");
  await expect(longAlert.getByText(LONG_TITLE)).toHaveAttribute("title", LONG_TITLE);
  const more = longAlert.getByRole("button", { name: "Show the whole alert title" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(longAlert.getByRole("button", { name: "Show less of the alert title" })).toHaveAttribute("aria-expanded", "true");
  await expect(longAlert.getByText(LONG_TITLE)).not.toHaveClass(/line-clamp-2/);

  expect((await request.post(`/api/drills/${drillId}/alerts`, { data: { alertId: "alert-short" } })).status()).toBe(201);
  expect((await request.post(`/api/drills/${drillId}/hints`, { data: {} })).status()).toBe(201);
  expect((await request.post(`/api/drills/${drillId}/milestones`, { data: { milestone: "acknowledged" } })).status()).toBe(201);
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText("[P2] match-server: wait > 45s")).toBeVisible();
  // The released hint and the briefing show their code as code in the timeline too.
  await expect(timeline.locator("code", { hasText: "CLIENT LIST" })).toHaveCount(2);
  expect(await timeline.innerText()).not.toContain("`");
  await expect(page.getByRole("button", { name: "Release next hint" })).toBeEnabled();
  await shoot(page, "control-room-running");

  expect((await request.post(`/api/drills/${drillId}/end`, { data: { outcome: "mitigated", note: "Flood pod removed" } })).status()).toBe(200);
  await expect(page.getByTestId("drill-status")).toHaveText("mitigated");
  await expect(page.getByTestId("drill-ended")).toContainText("Ended as mitigated");
  await expect(page.getByTestId("drill-ended")).toContainText("of 45 min");
  await expect(page.getByRole("button", { name: /^Fire alert/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Record milestone/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Release next hint" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Abort drill…" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Correct time: Acknowledged" })).toBeVisible();
  expect(await mainText(page)).not.toMatch(/\blive\b/i);
  await shoot(page, "control-room-ended");

  await page.goto(`/drills/${drillId}/observe`);
  await expect(page.getByTestId("drill-ended")).toContainText("Ended as mitigated");
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("Drill ended: mitigated")).toBeVisible();
  const hidden = card(page, "Hidden from participants");
  await expect(hidden.locator("code", { hasText: "CLIENT LIST" })).toBeVisible();
  expect(await hidden.innerText()).not.toContain("`");
  expect(await mainText(page)).not.toMatch(/\blive\b/i);
  await shoot(page, "observer-ended");

  const link = await request.post(`/api/drills/${drillId}/share-links`, { data: { label: "managers" } });
  expect(link.status()).toBe(201);
  await page.goto(((await link.json()) as { path: string }).path);
  await expect(page.getByTestId("drill-ended")).toContainText("Ended as mitigated");
  await expect(page.getByText("It has ended: this is its record")).toBeVisible();
  expect(await mainText(page)).not.toMatch(/\blive\b/i);
  await shoot(page, "watch-ended");
});

test("the compare view marks the words that changed", async ({ page, request }) => {
  const scenario = await createScenario(request, `Compare ${Date.now()}`);
  const changed = { ...scenario.definition, rootCause: "A runaway `memtier_benchmark` job in drill-chaos saturates the primary." };
  expect((await request.put(`/api/scenarios/${scenario.id}`, { data: { baseRevision: scenario.revision, definition: changed } })).status()).toBe(200);

  await page.goto(`/scenarios/${scenario.id}/revisions?from=1&to=2`);
  const row = page.getByRole("region", { name: /Root cause/ });
  await expect(row.locator("del")).toHaveText(["deleted: pod", "deleted: floods"]);
  await expect(row.locator("ins")).toHaveText(["inserted: job", "inserted: saturates"]);
  await expect(row.getByText("in drill-chaos", { exact: false }).first()).toBeVisible();
  await shoot(page, "revisions-compare");
});

test("scenario text renders its code without breaking tokens, on the scenario page and in the editor's preview", async ({ page, request }) => {
  const scenario = await createScenario(request, `Inline code ${Date.now()}`);
  await page.goto(`/scenarios/${scenario.id}`);
  const code = page.locator("main code", { hasText: "CLIENT LIST" }).first();
  await expect(code).toBeVisible();
  const breaks = await page.locator("main code").evaluateAll((elements) => elements.map((element) => getComputedStyle(element).wordBreak));
  expect(breaks.length).toBeGreaterThan(3);
  expect(breaks).not.toContain("break-all");
  expect(await page.locator("main").innerText()).not.toMatch(/`CLIENT LIST`|`memtier_benchmark`/);
  await shoot(page, "scenario-inline-code");

  await page.goto(`/scenarios/${scenario.id}/edit`);
  const preview = page.getByRole("figure", { name: "Channel preview" }).first();
  await preview.scrollIntoViewIfNeeded();
  await expect(preview.locator("code", { hasText: "CurrConnections" })).toBeVisible();
  // Nothing in the preview is wider than its card.
  const overflow = await preview.evaluate((figure) => {
    const right = figure.getBoundingClientRect().right;
    return [...figure.querySelectorAll("*")].filter((element) => element.getBoundingClientRect().right > right + 1).map((element) => element.outerHTML.slice(0, 80));
  });
  expect(overflow).toEqual([]);
  await preview.screenshot({ path: `${SCREENSHOTS_DIR}/editor-alert-preview.png` });
  await shoot(page, "editor");
});
