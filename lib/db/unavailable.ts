/**
 * Whether an error means the database cannot be reached (down, restarting, refusing or dropping connections), as
 * opposed to a bug or a constraint. Such errors become a 503 with Retry-After: the request can be sent again once the
 * database is back, and nothing half-done was committed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 6; depth += 1) {
    if (matches(current as ErrorLike)) return true;
    const { cause, meta } = current as ErrorLike;
    current = meta?.driverAdapterError ?? cause;
  }
  return false;
}

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

// Prisma: P1001 cannot reach, P1002 timed out reaching, P1008 operation timed out, P1017 server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
// @prisma/adapter-pg's mapped kinds for socket failures.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// Sockets, and Postgres' own: 57P01-03 shutting down or starting up, class 08 connection exceptions.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P02", "57P03"]);
// node-postgres reports a dropped or unopenable connection by message only.
const PG_MESSAGES = /^(Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error)/i;

function matches(error: ErrorLike): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || code.startsWith("08")) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  if (error.kind === "postgres" && typeof error.code === "string") return SOCKET_CODES.has(error.code) || error.code.startsWith("08");
  return typeof error.message === "string" && PG_MESSAGES.test(error.message);
}

export const DATABASE_AWAY = Symbol("the database is away");

/**
 * For a server page that reads the database before it renders: the database being away comes back as DATABASE_AWAY,
 * for the page to say so (a thrown error would end as Next's "This page couldn't load"); any other error is thrown on.
 */
export async function orDatabaseAway<T>(pending: Promise<T>): Promise<T | typeof DATABASE_AWAY> {
  try {
    return await pending;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return DATABASE_AWAY;
    throw error;
  }
}
