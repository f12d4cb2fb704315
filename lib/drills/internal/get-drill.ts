import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { NotFoundError } from "../../errors";

type DrillArgs = Omit<Prisma.DrillFindUniqueArgs, "where">;

/** The drill with this id, read as `args` asks (select/include), or a 404 naming it. */
export async function getDrillOrThrow<A extends DrillArgs = object>(db: Db, drillId: string, args?: A): Promise<Prisma.DrillGetPayload<A>> {
  const drill = await db.drill.findUnique({ ...args, where: { id: drillId } });
  if (!drill) throw new NotFoundError("Drill", drillId);
  return drill as Prisma.DrillGetPayload<A>;
}
