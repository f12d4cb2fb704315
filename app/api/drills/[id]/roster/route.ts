import { addToRoster } from "@/lib/drills/roster/add-to-roster";
import { getRoster } from "@/lib/drills/roster/get-roster";
import { setRoster } from "@/lib/drills/roster/set-roster";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { addToRosterSchema, setRosterSchema } from "@/lib/drills/roster/schemas";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getRoster({ ctx, input: { drillId: params.id } }) });

/** Replaces the whole roster (planned drills only). */
export const PUT = withRoute({ params: idParams, body: setRosterSchema, permission: permissionsFor("set_roster"), handler: ({ ctx, params, body }) => setRoster({ ctx, input: { drillId: params.id, data: body } }) });

/** Adds people (also while the drill runs: they are brought into the channel at once). */
export const POST = withRoute({ params: idParams, body: addToRosterSchema, permission: permissionsFor("add_to_roster"), status: 201, handler: ({ ctx, params, body }) => addToRoster({ ctx, input: { drillId: params.id, data: body } }) });
