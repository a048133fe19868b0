import { getDb, resolveDatabaseTarget } from "@/lib/db";
import { errorToProblemResponse } from "@/lib/http/api-route";

/** Unauthenticated liveness and readiness probe: answers 200 once the database answers. */
export async function GET(): Promise<Response> {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", database: resolveDatabaseTarget().kind });
  } catch (error) {
    return errorToProblemResponse(error);
  }
}
