import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";

export type DemoRole = "facilitator" | "observer" | "admin";

/** The demo people the launcher creates; the password comes from playwright.config.ts. */
export const demoLogin = (role: DemoRole) => ({ email: `${role}@demo.drillroom`, password: process.env.DRILLROOM_DEMO_PASSWORD! });

/** Signs a request context in through better-auth's endpoint, as the sign-in page does (same-origin). */
export async function signIn(request: APIRequestContext, baseURL: string, credentials: { email: string; password: string }): Promise<void> {
  const response = await request.post(`${baseURL}/api/auth/sign-in/email`, { data: credentials, headers: { origin: baseURL } });
  expect(response.status(), await response.text()).toBe(200);
}

/** An app started on an empty database: create its first admin through the setup API and sign in as them. */
export async function firstAdminSession(baseURL: string): Promise<APIRequestContext> {
  const credentials = { name: "First Admin", email: "first-admin@e2e.drillroom", password: "first admin password" };
  const context = await playwrightRequest.newContext({ baseURL });
  const created = await context.post(`${baseURL}/api/setup`, { data: credentials });
  expect([201, 409]).toContain(created.status());
  await signIn(context, baseURL, credentials);
  return context;
}
