import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/identity/server";

// better-auth's own endpoints: sign-in (rate limited), sign-out, session, OIDC callbacks.
export const { GET, POST } = toNextJsHandler((request: Request) => auth().handler(request));
