import { test as setup } from "@playwright/test";
import { STORAGE_STATE } from "../playwright.config";
import { demoLogin, signIn, type DemoRole } from "./support/auth";

// Each role signs in once; specs reuse the cookies through storageState.
for (const role of Object.keys(STORAGE_STATE) as DemoRole[]) {
  setup(`sign in as the demo ${role}`, async ({ request, baseURL }) => {
    await signIn(request, baseURL!, demoLogin(role));
    await request.storageState({ path: STORAGE_STATE[role] });
  });
}
