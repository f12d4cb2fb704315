import { expect, test, type Browser } from "@playwright/test";
import { startSeededDrill } from "./support/api";
import { createDatabase, freePort, startAppProcess } from "./support/app-process";
import { demoLogin } from "./support/auth";
import { shoot } from "./support/screenshots";

const signedOut = { storageState: { cookies: [], origins: [] } };

async function freshPage(browser: Browser, baseURL?: string) {
  const context = await browser.newContext({ ...signedOut, ...(baseURL ? { baseURL } : {}) });
  return { context, page: await context.newPage() };
}

test("first run: the first visitor creates the admin, then signs out and back in", async ({ browser }) => {
  test.setTimeout(120_000);
  const databaseUrl = await createDatabase(process.env.E2E_DATABASE_URL!, "drillroom_first_run");
  const app = await startAppProcess(databaseUrl, await freePort());
  const { context, page } = await freshPage(browser, app.baseURL);
  try {
    // No account at all: any page leads to the setup, and nothing is there to sign in with.
    await page.goto("/drills");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole("heading", { name: /first admin/i })).toBeVisible();
    await page.getByLabel("Your name").fill("Ada Admin");
    await page.getByLabel("Email").fill("ada@example.test");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByLabel("Confirm password").fill("short");
    await page.getByRole("button", { name: "Create admin and sign in" }).click();
    await expect(page.getByText(/at least 12 characters/i).first()).toBeVisible();
    await shoot(page, "setup-errors");

    await page.getByLabel("Password", { exact: true }).fill("a passphrase for ada");
    await page.getByLabel("Confirm password").fill("a passphrase for ada");
    await shoot(page, "setup");
    await page.getByRole("button", { name: "Create admin and sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByText("Ada Admin")).toBeVisible();
    await expect(page.getByRole("link", { name: "Users" })).toBeVisible();
    await shoot(page, "first-admin-signed-in");

    // Setup is closed once an account exists.
    expect((await page.request.post(`${app.baseURL}/api/setup`, { data: { name: "Eve", email: "eve@example.test", password: "another passphrase" } })).status()).toBe(409);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/sign-in/);

    await page.getByLabel("Email").fill("ada@example.test");
    await page.getByLabel("Password").fill("not her passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/invalid email or password/i)).toBeVisible();
    await shoot(page, "sign-in-refused");
    await page.getByLabel("Password").fill("a passphrase for ada");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  } finally {
    await context.close();
    await app.stop();
  }
});

test("a facilitator signs in, comes back to the page they asked for, and runs a drill", async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  await page.goto("/drills");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdrills$/);
  await shoot(page, "sign-in");
  const { email, password } = demoLogin("facilitator");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/drills$/);

  await page.goto("/scenarios");
  await page.getByRole("button", { name: /^Run drill/ }).first().click();
  await page.getByRole("dialog", { name: "Run a drill" }).getByRole("button", { name: "Create drill" }).click();
  await expect(page).toHaveURL(/\/drills\/[^/]+$/);
  await page.getByRole("button", { name: "Start drill" }).click();
  await expect(page.getByTestId("drill-status")).toHaveText("running");
  const fire = page.getByRole("button", { name: /^Fire alert: / }).first();
  const title = (await fire.getAttribute("aria-label"))!.replace(/^Fire alert: /, "");
  await fire.click();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText(title)).toBeVisible();
  // The timeline names who acted: the signed-in facilitator, not an anonymous control room.
  await expect(timeline.getByText("Demo Facilitator").first()).toBeVisible();
  await shoot(page, "facilitator-control-room");
  await context.close();
});

test.describe("as an observer", () => {
  test.use({ storageState: ".auth/observer.json" });

  test("watches and writes notes, but is offered nothing that runs a drill and is refused if they try", async ({ page, request, playwright, baseURL }) => {
    const facilitator = await playwright.request.newContext({ baseURL, storageState: ".auth/facilitator.json" });
    const drill = await startSeededDrill(facilitator);
    await facilitator.dispose();

    await page.goto(`/drills/${drill.id}`);
    await expect(page.getByText("Demo Observer")).toBeVisible();
    await expect(page.getByRole("list", { name: "Timeline" }).getByText(/Drill started/)).toBeVisible();
    await expect(page.getByRole("button", { name: /Fire alert|Start drill|End drill|Abort/ })).toHaveCount(0);
    await page.getByLabel(/Observer note/).fill("They split the work well");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("list", { name: "Timeline" }).getByText("They split the work well")).toBeVisible();
    await shoot(page, "observer-drill");

    const alert = drill.script.alerts![0]!;
    const refused = await request.post(`/api/drills/${drill.id}/alerts`, { data: { alertId: alert.id } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).title).toMatch(/observer cannot run drills/i);
  });
});
