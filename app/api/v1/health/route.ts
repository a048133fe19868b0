import { z } from "zod";
import { getDb, resolveDatabaseTarget } from "@/lib/db";
import { defineOperation } from "@/lib/http/define-operation";

/** Unauthenticated liveness and readiness probe: answers 200 once the database answers. */
export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/health",
  operationId: "getHealth",
  summary: "Liveness and readiness",
  description: "Answers 200 once the database answers; 503 problem details otherwise. No authentication.",
  tag: "Operations",
  access: "public",
  response: {
    status: 200,
    description: "The portal and its database are up.",
    schema: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }),
  },
  handler: async () => {
    const db = await getDb();
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok" as const, database: resolveDatabaseTarget().kind };
  },
});
