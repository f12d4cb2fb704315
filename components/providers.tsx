"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ApiError } from "@/lib/api-client";
import { isPublicPath, signInPath } from "@/lib/identity/next-path";

const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.status === 401;

let leaving = false;

/** A 401 on a staff page means the session ended: sign in again and come back here. A full load also drops the old cache. */
function sendToSignIn(error: unknown) {
  if (!isUnauthenticated(error) || leaving) return;
  const { pathname, search } = window.location;
  if (isPublicPath(pathname)) return;
  leaving = true;
  window.location.assign(signInPath(pathname + search));
}

function makeClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: sendToSignIn }),
    mutationCache: new MutationCache({ onError: sendToSignIn }),
    defaultOptions: {
      // Signing in again is the only cure for a 401 or 403; a retry only delays saying so.
      queries: { staleTime: 5_000, retry: (failures, error) => failures < 1 && !(error instanceof ApiError && (error.status === 401 || error.status === 403)), refetchOnWindowFocus: false },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
