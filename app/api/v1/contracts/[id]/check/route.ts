import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { checkCandidate } from "@/lib/reviews/check-candidate";
import { PROPOSAL_BODY_BYTES } from "@/lib/reviews/http";

/** The pre-merge gate for CI: diff, verdict and affected consumers of a candidate document; writes nothing. */
export const POST = apiRoute<{ id: string }>(
  async ({ request, actor, params, db }) => {
    const input = await readJsonBody(request, z.unknown(), { maxBytes: PROPOSAL_BODY_BYTES });
    return Response.json(await checkCandidate(db, { actor, contractId: params.id, input }));
  },
  { changesNothing: true },
);
