import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { startHttpTarget } from "./support/http-target";
import { shoot } from "./support/screenshots";

const label = (page: Page, name: string) => page.getByLabel(name, { exact: true });

async function fillBasics(page: Page, title: string) {
  await label(page, "Title").fill(title);
  await label(page, "Summary").fill("Checkout latency climbs while payment-gateway pods look healthy.");
  await label(page, "Target components").fill("checkout-api, payment-gateway, redis-cart");
  await label(page, "Time box (minutes)").fill("40");
  await label(page, "Participants' briefing").fill("Checkout p99 paged. You are on call for checkout.");
  await label(page, "Hidden root cause").fill("The cart Redis primary is saturated by a runaway KEYS scan.");
  await label(page, "Model answer step 1").fill("Stop the scanner, then fail over the cart cache.");
}

test("a facilitator builds a scenario from scratch, reorders hints, saves, exports, imports a copy and dry-runs it", async ({ page }) => {
  const target = await startHttpTarget();
  const title = `Checkout slowdown ${Date.now()}`;
  try {
    await page.goto("/scenarios/new");
    await fillBasics(page, title);

    await label(page, "Injection 1 name").fill("Start the KEYS scanner");
    await label(page, "Injection 1 instructions").fill("kubectl -n drill apply -f keys-scanner.yaml");
    await label(page, "Rollback 1 instructions").fill("kubectl -n drill delete -f keys-scanner.yaml");
    await page.getByRole("button", { name: "Add injection step" }).click();
    await label(page, "Injection 2 name").fill("Add latency toxic on cart Redis");
    await label(page, "Injection 2 kind").selectOption("webhook");
    await label(page, "Injection 2 method").selectOption("POST");
    await label(page, "Injection 2 URL").fill(`${target.url}/proxies/redis-cart/toxics`);
    await label(page, "Injection 2 body").fill('{"name":"latency","drill":"{{drill.id}}","step":"{{step.name}}"}');
    await label(page, "Rollback 2 kind").selectOption("webhook");
    await label(page, "Rollback 2 method").selectOption("DELETE");
    await label(page, "Rollback 2 URL").fill(`${target.url}/proxies/redis-cart/toxics/latency`);
    await page.getByRole("button", { name: "Add injection step" }).click();
    await label(page, "Injection 3 name").fill("Scale checkout-api down to 2 pods");
    await label(page, "Injection 3 instructions").fill("kubectl -n stage scale deploy/checkout-api --replicas=2");
    await label(page, "Rollback 3 instructions").fill("kubectl -n stage scale deploy/checkout-api --replicas=6");

    const alerts = ["[P2] checkout p99 > 2s", "[Warning] redis-cart CPU > 90%", "[P1] checkout 5xx > 2%", "Cart trend: abandoned carts up 40%"];
    for (const [index, alertTitle] of alerts.entries()) {
      await page.getByRole("button", { name: "Add alert" }).click();
      await label(page, `Alert ${index + 1} offset (min)`).fill(String(3 + index * 5));
      await label(page, `Alert ${index + 1} title`).fill(alertTitle);
    }
    const hints = ["Look beyond the pods.", "Which dependency got slower?", "Who is running KEYS on the cart cache?"];
    for (const [index, hintText] of hints.entries()) {
      await page.getByRole("button", { name: "Add hint" }).click();
      await label(page, `Hint ${index + 1} text`).fill(hintText);
    }
    await page.getByRole("button", { name: "Move hint 2 up" }).click();
    await expect(label(page, "Hint 1 text")).toHaveValue(hints[1]!);
    await expect(label(page, "Hint 2 text")).toHaveValue(hints[0]!);

    await page.getByRole("button", { name: "Save scenario" }).click();
    await expect(page).toHaveURL(/\/scenarios\/(?!new)[^/]+$/);
    const scenarioUrl = page.url();
    const scenarioId = scenarioUrl.split("/").at(-1)!;

    // Everything kept, in order, after a reload of the editor.
    await page.goto(`${scenarioUrl}/edit`);
    await expect(label(page, "Title")).toHaveValue(title);
    await expect(label(page, "Injection 2 URL")).toHaveValue(`${target.url}/proxies/redis-cart/toxics`);
    await expect(label(page, "Rollback 2 method")).toHaveValue("DELETE");
    await expect(label(page, "Injection 3 name")).toHaveValue("Scale checkout-api down to 2 pods");
    for (const [index, alertTitle] of alerts.entries()) await expect(label(page, `Alert ${index + 1} title`)).toHaveValue(alertTitle);
    await expect(label(page, "Hint 1 text")).toHaveValue(hints[1]!);
    await expect(label(page, "Hint 2 text")).toHaveValue(hints[0]!);
    await expect(label(page, "Hint 3 text")).toHaveValue(hints[2]!);
    await shoot(page, "scenario-authoring-editor");

    // Export, then import the file as a copy through the library.
    await page.goto(scenarioUrl);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export YAML" }).click();
    const exported = await (await download).path().then((path) => import("node:fs/promises").then((fs) => fs.readFile(path, "utf8")));
    expect(parse(exported).title).toBe(title);

    await page.goto("/scenarios");
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByLabel("Scenario document").fill(exported);
    await page.getByRole("button", { name: "Import scenario" }).click();
    await expect(page.getByRole("heading", { name: `${title} (copy)` })).toBeVisible();
    expect(page.url()).not.toBe(scenarioUrl);

    // A dry run against the local target records each call.
    await page.goto(scenarioUrl);
    await page.getByRole("button", { name: "Run dry run" }).click();
    const results = page.getByRole("table", { name: /dry run/i });
    await expect(results.getByText("Add latency toxic on cart Redis").first()).toBeVisible();
    await expect(results.getByText("201").or(results.getByText("200")).first()).toBeVisible();
    expect(target.received.map((request) => `${request.method} ${request.url}`)).toEqual(["POST /proxies/redis-cart/toxics", "DELETE /proxies/redis-cart/toxics/latency"]);
    expect(JSON.parse(target.received[0]!.body)).toMatchObject({ name: "latency", step: "Add latency toxic on cart Redis" });
    await shoot(page, "scenario-dry-run");
    expect(scenarioId).toBeTruthy();
  } finally {
    await target.close();
  }
});

test("importing a broken document lists every problem with its path and keeps the text", async ({ page }) => {
  await page.goto("/scenarios");
  await page.getByRole("button", { name: "Import" }).click();
  const broken = "schemaVersion: 2\ntitle: ''\ntimeBoxMinutes: 10\ncomponents: []\ninjections: []\nalerts:\n  - id: a1\n    offsetMinutes: 99\n    source: pagerduty\n    severity: high\n    title: Late page\n";
  await page.getByLabel("Scenario document").fill(broken);
  await page.getByRole("button", { name: "Import scenario" }).click();
  const problems = page.getByRole("list", { name: "Import problems" });
  await expect(problems).toContainText("title");
  await expect(problems).toContainText("alerts[0].offsetMinutes");
  await expect(problems).toContainText("injections");
  await expect(page.getByLabel("Scenario document")).toHaveValue(broken);
  await shoot(page, "scenario-import-problems");
});
