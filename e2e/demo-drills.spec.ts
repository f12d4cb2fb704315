import { expect, test } from "@playwright/test";
import { shoot } from "./support/screenshots";

/** The launcher seeds closed demo drills (lib/demo): a newcomer finds them, each marked as demo data wherever it is named. */
test("the seeded demo drills are listed, badged and open on a debrief, a report and a game day", async ({ page, request }) => {
  const drills = (await (await request.get("/api/drills")).json()) as { id: string; title: string; demo: boolean; status: string }[];
  const demo = drills.filter((drill) => drill.demo);
  expect(demo.length).toBe(6);
  expect(demo.every((drill) => drill.status === "closed" && drill.title.startsWith("Demo · "))).toBe(true);

  // The drills page lists them all (the home page only the latest, which other browser tests' drills push out).
  await page.goto("/drills");
  const demoRow = page.getByRole("row").filter({ hasText: "Demo · Matches per minute dropping (second run)" });
  await expect(demoRow.getByTestId("demo-badge")).toHaveText("Demo data");
  await shoot(page, "demo-drills");

  const second = demo.find((drill) => drill.title.endsWith("(second run)"))!;
  await page.goto(`/drills/${second.id}`);
  await expect(page.getByRole("heading", { level: 1, name: second.title })).toBeVisible();
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  await expect(page.getByText("Config-change annotations on the match dashboards", { exact: true })).toBeVisible();
  await shoot(page, "demo-debrief");

  await page.goto(`/drills/${second.id}/report`);
  await expect(page.getByText(/Final report, frozen/)).toBeVisible();
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  const markdown = await request.get(`/api/drills/${second.id}/report/markdown`);
  expect((await markdown.text()).split("\n")[0]).toBe(`# Drill report: ${second.title} (demo data)`);

  await page.goto("/exercises");
  await page.getByRole("link", { name: "Demo · Stage game day" }).click();
  const grouped = page.getByRole("table", { name: "Drills in this exercise" });
  await expect(grouped.getByTestId("demo-badge")).toHaveCount(2);
  await shoot(page, "demo-game-day");

  // What a newcomer's analytics look like: the demo teams' drills only.
  await page.goto("/analytics?team=Match");
  await expect(page.getByText(/\d+ of them (is|are) demo data/)).toBeVisible();
  const threshold = page.getByRole("region", { name: "Scenarios table" }).getByRole("row").filter({ hasText: "Matches vanish" });
  await expect(threshold).not.toContainText("Not enough runs yet");
  await shoot(page, "analytics-demo");
});
