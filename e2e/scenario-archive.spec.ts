import { expect, test, type APIRequestContext } from "@playwright/test";
import { shoot } from "./support/screenshots";

async function createScenario(request: APIRequestContext, title: string, tags: string[]) {
  const definition = {
    title,
    summary: "Checkout latency doubles while the payment provider looks healthy.",
    tags,
    components: ["checkout-api"],
    timeBoxMinutes: 30,
    rootCause: "A connection pool capped at 4 by a config typo.",
    injections: [
      {
        id: "inj-pool",
        name: "Shrink the pool",
        action: { kind: "manual", instructions: "Set `pool.max=4` on checkout-api." },
        rollback: { kind: "manual", instructions: "Set `pool.max=64` again." },
      },
    ],
    modelAnswer: ["Raise the pool size.", "Find the config change."],
  };
  const response = await request.post("/api/scenarios", { data: { definition } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string };
}

test("a facilitator duplicates a scenario, archives the copy, finds it behind the archive filter and restores it", async ({ page, request }) => {
  const tag = `pool${Date.now()}`;
  const title = `Checkout pool exhaustion ${tag}`;
  const original = await createScenario(request, title, [tag, "checkout"]);

  await page.goto(`/scenarios/${original.id}`);
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { name: `${title} (copy)` })).toBeVisible();
  const copyUrl = page.url();
  expect(copyUrl).not.toContain(original.id);

  await page.getByRole("button", { name: "Archive", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Archive this scenario?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Archive scenario" }).click();
  await expect(page.getByText("Archived", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: `Run drill: ${title} (copy)` })).toBeDisabled();
  await shoot(page, "scenario-archived");

  await page.goto(`/scenarios?tag=${tag}`);
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${title} (copy)`, exact: true })).toHaveCount(0);
  await page.getByLabel("Show archived").check();
  await expect(page.getByRole("link", { name: `${title} (copy)`, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/archived=true/);
  await shoot(page, "scenario-library-archived");

  await page.getByRole("link", { name: `${title} (copy)`, exact: true }).click();
  await page.getByRole("button", { name: "Restore" }).click();
  await page.getByRole("dialog", { name: "Restore this scenario?" }).getByRole("button", { name: "Restore scenario" }).click();
  await expect(page.getByRole("button", { name: `Run drill: ${title} (copy)` })).toBeEnabled();
});

test("the library filters by tag, component and readiness, and keeps them in the address", async ({ page, request }) => {
  const tag = `filter${Date.now()}`;
  const title = `Filtered scenario ${tag}`;
  await createScenario(request, title, [tag]);
  await page.goto("/scenarios");
  await page.getByLabel("Tag", { exact: true }).selectOption(tag);
  await expect(page).toHaveURL(new RegExp(`tag=${tag}`));
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByLabel("Readiness", { exact: true }).selectOption("true");
  await expect(page).toHaveURL(/ready=true/);
  await expect(page.getByText("No scenario matches these filters.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue(tag);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByLabel("Component", { exact: true })).toHaveValue("");
});
