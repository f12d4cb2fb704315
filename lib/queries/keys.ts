/** Every React Query key in one factory, so invalidations are exact. */
export const queryKeys = {
  scenarios: {
    all: ["scenarios"] as const,
    list: (filters: { q: string; tag: string; component: string; archived: boolean }) => ["scenarios", "list", filters] as const,
    detail: (id: string) => ["scenarios", "detail", id] as const,
    readiness: (id: string) => ["scenarios", "readiness", id] as const,
    revisions: (id: string) => ["scenarios", "revisions", id] as const,
    compare: (id: string, from: number, to: number) => ["scenarios", "revisions", id, "compare", from, to] as const,
  },
  drills: {
    all: ["drills"] as const,
    list: () => ["drills", "list"] as const,
    detail: (id: string) => ["drills", "detail", id] as const,
    timeline: (id: string) => ["drills", "timeline", id] as const,
    roster: (id: string) => ["drills", "roster", id] as const,
    chat: (id: string) => ["drills", "chat", id] as const,
    shareLinks: (id: string) => ["drills", "share-links", id] as const,
  },
  watch: {
    detail: (token: string) => ["watch", token] as const,
    timeline: (token: string) => ["watch", token, "timeline"] as const,
  },
  replay: {
    drill: (id: string) => ["replay", "drill", id] as const,
    watch: (token: string) => ["replay", "watch", token] as const,
  },
  me: () => ["me"] as const,
  setup: () => ["setup"] as const,
  admin: {
    users: () => ["admin", "users"] as const,
    audit: (filters: { action: string; actor: string }) => ["admin", "audit", filters] as const,
  },
  tokens: () => ["tokens"] as const,
  channel: {
    detail: (token: string) => ["channel", token] as const,
    timeline: (token: string) => ["channel", token, "timeline"] as const,
  },
};
