import { withRoute } from "@/lib/http/route";
import { getMe } from "@/lib/users/get-me";

export const GET = withRoute({ handler: ({ ctx }) => getMe({ ctx }) });
