import { networkInterfaces } from "node:os";
import { expect, test, type Page } from "@playwright/test";
import { demoLogin } from "./support/auth";

/** The machine's own non-loopback IPv4 address: what a teammate's browser would use. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === "IPv4" && !address.internal)?.address;

/** The link a "copy link" button left for the user when it could not copy: shown, focused and selected whole. */
async function linkLeftSelected(page: Page) {
  const field = page.getByRole("textbox", { name: "Link to copy" });
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  const selection = await field.evaluate((input: HTMLInputElement) => ({ start: input.selectionStart, end: input.selectionEnd, length: input.value.length }));
  expect(selection).toEqual({ start: 0, end: selection.length, length: selection.length });
  await expect(page.getByText(/press (Ctrl|⌘)\+C to copy it/)).toBeVisible();
  return field.inputValue();
}

test("a teammate on another machine signs in at the LAN address, copies the channel link and a participant posts through it", async ({ browser, baseURL }) => {
  test.skip(!lanAddress, "this machine has no non-loopback IPv4 address");
  const lanURL = `http://${lanAddress}:${new URL(baseURL!).port}`;
  // Not a loopback address, so not a secure context: the browser offers no clipboard here, as on a teammate's laptop.
  const context = await browser.newContext({ baseURL: lanURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  expect(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard])).toEqual([false, "undefined"]);
  const { email, password } = demoLogin("facilitator");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/sign-in/);

  const created = await page.request.post("/api/drills", { data: { scenarioId: "reference-scenario-2", chatProvider: "builtin" } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/drills/${id}/start`)).status()).toBe(200);

  await page.goto(`/drills/${id}`);
  await page.getByRole("button", { name: "copy link" }).click();
  const link = await linkLeftSelected(page);
  await expect(page.getByRole("button", { name: "copied" })).toHaveCount(0);
  expect(link).toMatch(new RegExp(`^${lanURL.replace(/\./g, "\\.")}/channel/[\\w-]+$`));

  const participant = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await participant.goto(link);
  await participant.getByLabel("Your name in this channel").fill("Mina (from another laptop)");
  await participant.getByRole("button", { name: "Join channel" }).click();
  await participant.getByLabel("Message").fill("api-server 5xx on every pod, looking at redis");
  await participant.getByRole("button", { name: "Send" }).click();
  // Scoped to the chat: the stream can show the message before the send's answer clears the composer.
  await expect(participant.getByTestId("channel-chat").getByText("api-server 5xx on every pod, looking at redis")).toBeVisible();
  await expect(participant.getByLabel("Message")).toHaveValue("");
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("api-server 5xx on every pod, looking at redis")).toBeVisible();
  await participant.context().close();
  await context.close();
});

test.describe("copy link", () => {
  test("with the clipboard unavailable, shows the link selected instead of saying copied", async ({ page, request }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    const created = await request.post("/api/drills", { data: { scenarioId: "reference-scenario-2", chatProvider: "builtin" } });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/drills/${id}`);
    await page.getByRole("button", { name: "copy link" }).click();
    expect(await linkLeftSelected(page)).toMatch(/\/channel\/[\w-]+$/);
    await expect(page.getByRole("button", { name: "copied" })).toHaveCount(0);
  });

  test("with the clipboard refusing, also shows the link selected", async ({ page, request }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "clipboard", { get: () => ({ writeText: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) }) });
    });
    const { id } = (await (await request.post("/api/drills", { data: { scenarioId: "reference-scenario-2", chatProvider: "builtin" } })).json()) as { id: string };
    await page.goto(`/drills/${id}`);
    await page.getByRole("button", { name: "copy link" }).click();
    await linkLeftSelected(page);
    await expect(page.getByRole("button", { name: "copied" })).toHaveCount(0);
  });

  test("with the clipboard available, copies the absolute link and says so", async ({ page, request, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const { id } = (await (await request.post("/api/drills", { data: { scenarioId: "reference-scenario-2", chatProvider: "builtin" } })).json()) as { id: string };
    await page.goto(`/drills/${id}`);
    await page.getByRole("button", { name: "copy link" }).click();
    await expect(page.getByRole("button", { name: "copied" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Link to copy" })).toHaveCount(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${baseURL!.replace(/\./g, "\\.")}/channel/[\\w-]+$`));
  });
});
