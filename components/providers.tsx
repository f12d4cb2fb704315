"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ApiError } from "@/lib/api-client";
import { isPublicPath, signInPath } from "@/lib/identity/next-path";
import { refetchWhileUnavailable, retryQuery } from "@/lib/queries/retry-policy";

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
      queries: { staleTime: 5_000, retry: retryQuery, refetchInterval: refetchWhileUnavailable, refetchOnWindowFocus: false },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
