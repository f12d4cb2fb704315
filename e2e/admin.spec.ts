import { expect, test } from "@playwright/test";
import { shoot } from "./support/screenshots";

test.describe("as an admin", () => {
  test.use({ storageState: ".auth/admin.json" });

  test("creates an API token shown once, automation uses it, revoking it stops it, and the audit log says so", async ({ page, playwright, baseURL }) => {
    await page.goto("/settings/tokens");
    await page.getByLabel("Name").fill("nightly chaos job");
    await page.getByRole("checkbox").first().check(); // scenario.read
    await page.locator('input[type="checkbox"][value="drill.read"]').check();
    await page.getByRole("button", { name: "Create token" }).click();
    const token = await page.locator("#created-token").inputValue();
    expect(token).toMatch(/^drt_/);
    await shoot(page, "api-token-created");

    const automation = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    expect((await automation.get("/api/drills")).status()).toBe(200);
    expect((await automation.post("/api/drills", { data: { scenarioId: "reference-scenario-1" } })).status()).toBe(403); // read scopes only

    await page.getByRole("button", { name: "Revoke nightly chaos job" }).click();
    await page.getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByRole("button", { name: "Revoke nightly chaos job" })).toHaveCount(0);
    expect((await automation.get("/api/drills")).status()).toBe(401);
    await automation.dispose();

    await page.goto("/admin/audit");
    const table = page.getByRole("table");
    await expect(table.getByText("token.revoked").first()).toBeVisible();
    await expect(table.getByText("token.used").first()).toBeVisible();
    await expect(table.getByText("token.created").first()).toBeVisible();
    await shoot(page, "audit-log");

    await page.goto("/admin/users");
    await expect(page.getByRole("table").getByText("facilitator@demo.drillroom")).toBeVisible();
    await shoot(page, "admin-users");
  });
});
