import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { confirmVerification } from "@/lib/improvements/confirm-verification";
import { dismissProposal } from "@/lib/improvements/dismiss-proposal";
import { dismissProposalSchema } from "@/lib/improvements/schemas";

/** Confirm the proposed verification: the item is verified by that drill, and done. */
export const POST = withRoute({ params: idParams, permission: "drill.run", handler: ({ ctx, params }) => confirmVerification({ ctx, input: { id: params.id } }) });

/** Dismiss the proposal, saying why. */
export const DELETE = withRoute({ params: idParams, body: dismissProposalSchema, permission: "drill.run", handler: ({ ctx, params, body }) => dismissProposal({ ctx, input: { id: params.id, data: body } }) });
