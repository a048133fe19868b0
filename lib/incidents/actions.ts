"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";
import { acknowledgeIncident } from "./acknowledge-incident";
import { resolveIncident } from "./resolve-incident";

const zIncidentChange = z.object({ incidentId: zRecordRef, values: zUseCaseInput });

/** Incidents show on their integration's page and on the dashboard. */
function revalidateIncidents() {
  revalidatePath("/catalog", "layout");
  revalidatePath("/");
}

export const acknowledgeIncidentAction = defineAction(zIncidentChange, async ({ incidentId, values }, { actor, db }) => {
  await acknowledgeIncident(db, { actor, incidentId, input: values });
  revalidateIncidents();
  return { message: "Acknowledged: the others who were alerted see that you are on it." };
});

export const resolveIncidentAction = defineAction(zIncidentChange, async ({ incidentId, values }, { actor, db }) => {
  await resolveIncident(db, { actor, incidentId, input: values });
  revalidateIncidents();
  return { message: "Resolved." };
});
