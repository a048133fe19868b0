import { apiRoute } from "@/lib/http/api-route";
import { getPortalOverview } from "@/lib/overview/repository";

export const GET = apiRoute(async ({ db }) => Response.json(await getPortalOverview(db)));
