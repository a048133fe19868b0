import { z } from "zod";

export const zPortalOverview = z.object({
  systems: z.number().int(),
  integrations: z.number().int(),
  criticalIntegrations: z.number().int(),
  contracts: z.number().int(),
  contractVersions: z.number().int(),
  consumers: z.number().int(),
  teams: z.number().int(),
  gaps: z.object({
    withoutDataOwner: z.number().int(),
    unmonitored: z.number().int(),
    failingOrDegraded: z.number().int(),
    withoutContract: z.number().int(),
  }),
  health: z.record(z.string(), z.number().int()),
});
export type PortalOverview = z.infer<typeof zPortalOverview>;
