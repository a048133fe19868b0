import { z } from "zod";
import { referenceTo } from "@/lib/validation/filter-reference";
import { Criticality, HealthStatus, IntegrationMechanism, Lifecycle, SystemKind } from "@/lib/generated/prisma/enums";
import { ENTITY_KINDS } from "@/lib/graph/model";
import { emptyAsUndefined } from "@/lib/validation/primitives";

// An HTML form submits an empty field as "": that means "no filter", not an invalid value.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
const slugLike = z.string().trim().min(1).max(200);

export const MAX_DEPTH = 10;
export const DEFAULT_NEIGHBOURHOOD_DEPTH = 2;
export const DEFAULT_IMPACT_LIST = 500;
export const MAX_IMPACT_LIST = 100_000;
/** The most nodes and edges one graph answer holds (about 2 MB of JSON); a larger one is refused, naming this limit. */
export const MAX_GRAPH_ELEMENTS = 20_000;

/** The graph's filters; the page keeps them in its URL, the API takes the same query parameters. */
export const zGraphFilters = z.object({
  domain: referenceTo(optional(slugLike), "domain"),
  systemKind: optional(z.enum(SystemKind)),
  team: referenceTo(optional(slugLike), "team"),
  criticality: optional(z.enum(Criticality)),
  health: optional(z.enum(HealthStatus)),
  mechanism: optional(z.enum(IntegrationMechanism)),
  capability: referenceTo(optional(slugLike), "capability"),
  lifecycle: optional(z.enum(Lifecycle)),
});
export type GraphFilters = z.infer<typeof zGraphFilters>;

export const GRAPH_FILTER_NAMES = Object.keys(zGraphFilters.shape) as (keyof GraphFilters)[];

/** A neighbourhood: everything within `depth` integration hops of one system or integration, in either direction. */
export const zNeighbourhoodFocus = z.object({
  kind: z.enum(["system", "integration"]),
  id: z.string().trim().min(1).max(100),
});
export type NeighbourhoodFocus = z.infer<typeof zNeighbourhoodFocus>;

/** How an overview groups systems and assets; each is also the filter that drills into one group. */
export const GRAPH_GROUPS = ["domain", "systemKind", "capability"] as const;
export type GraphGroupBy = (typeof GRAPH_GROUPS)[number];

export const zGraphQuery = zGraphFilters
  .extend({
    /** "clusters": the overview (lib/graph/overview.ts) of the filtered graph instead of the graph itself. */
    view: optional(z.enum(["graph", "clusters"])),
    groupBy: optional(z.enum(GRAPH_GROUPS)),
    focusKind: optional(zNeighbourhoodFocus.shape.kind),
    focusId: optional(zNeighbourhoodFocus.shape.id),
    depth: optional(z.coerce.number().int().min(1).max(MAX_DEPTH)),
  })
  .refine((query) => (query.focusKind === undefined) === (query.focusId === undefined), {
    message: "focusKind and focusId go together",
    path: ["focusId"],
  });
export type GraphQuery = z.infer<typeof zGraphQuery>;

export const IMPACT_DIRECTIONS = ["downstream", "upstream"] as const;
export type ImpactDirection = (typeof IMPACT_DIRECTIONS)[number];

/** "What breaks if this changes?" (downstream) or "what feeds this?" (upstream). No depth: all the way. */
export const zImpactQuery = z.object({
  kind: z.enum(ENTITY_KINDS),
  id: z.string().trim().min(1).max(100),
  direction: z.preprocess(emptyAsUndefined, z.enum(IMPACT_DIRECTIONS).default("downstream")),
  depth: optional(z.coerce.number().int().min(1).max(MAX_DEPTH)),
  format: z.preprocess(emptyAsUndefined, z.enum(["json", "csv"]).default("json")),
  /** Follow only the integrations that carry this field, and reach only the consumers that declare it. */
  field: referenceTo(
    optional(z.string().trim().min(1).max(200)).describe("Follow only the integrations that carry this field (and the consumers that declare it)."),
    "field",
  ),
  /** Follow only the integrations that carry this data object. */
  dataObject: referenceTo(optional(z.string().trim().min(1).max(200)).describe("Follow only the integrations that carry this data object."), "data-object"),
  /** Items per list in a JSON answer (totals are always complete); CSV exports everything. */
  limit: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(MAX_IMPACT_LIST).default(DEFAULT_IMPACT_LIST)),
});
export type ImpactQuery = z.infer<typeof zImpactQuery>;

/** "What feeds this?": the impact query upstream, at its own address. */
export const zLineageQuery = zImpactQuery.omit({ direction: true });

// Node and edge objects carry the facts the graph page shows (see lib/graph/model.ts); documented loosely here so
// that the document does not pin every display field.
const zGraphElement = z.looseObject({ id: z.string(), type: z.string() });

export const zGraphResponse = z.looseObject({ nodes: z.array(zGraphElement), edges: z.array(zGraphElement) });

export const zImpactResponse = z.looseObject({
  totals: z.record(z.string(), z.number().int()),
  graph: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
});
