import type { RuleSeverity } from "@/lib/standards/schemas";

/**
 * The organisation's API standards (the seeds' "API standards": authentication, RFC 9457 errors, versioning, rate
 * limits, documentation, deprecation) as Spectral rules. They use only Spectral's core `schema` function, so the same
 * definitions run in the portal and, written out as `.spectral.yaml`, in any team's CI with the Spectral CLI, with no
 * JavaScript to ship alongside. See docs/decisions/036-api-standards-checked-by-spectral.md.
 */

/** Every organisation rule's name starts with it, so a finding's origin is plain in any report. */
export const ORGANISATION_RULE_PREFIX = "org-";

export const STANDARD_AREAS = ["authentication", "error-format", "versioning", "rate-limits", "documentation", "deprecation"] as const;
export type StandardArea = (typeof STANDARD_AREAS)[number];

export const STANDARD_AREA_LABELS: Record<StandardArea, string> = {
  authentication: "Authentication",
  "error-format": "Error format (RFC 9457)",
  versioning: "Versioning",
  "rate-limits": "Rate limits",
  documentation: "Documentation",
  deprecation: "Deprecation",
};

export interface OrganisationRule {
  name: string;
  area: StandardArea;
  description: string;
  /** The message shown for each finding. */
  message: string;
  defaultSeverity: RuleSeverity;
  /** JSONPath of the nodes checked, as Spectral writes it. */
  given: string;
  /** A JSON Schema (draft 7) each given node must satisfy. */
  schema: Record<string, unknown>;
}

const OPERATION_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const OPERATIONS = `$.paths[*][${OPERATION_METHODS.join(",")}]`;

/** A regular expression matching `name` in any letter case: HTTP header names are case-insensitive. */
function caseless(name: string): string {
  return name.replace(/[a-z]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
}

/** An object with at least one key matching the pattern (JSON Schema has no "some key matches" keyword). */
function hasKeyMatching(pattern: string) {
  return { type: "object", not: { propertyNames: { not: { pattern } } } };
}

const hasHeader = (name: string) => hasKeyMatching(`^${caseless(name)}$`);

/** A security requirement list that asks for at least one scheme (`[]` or `[{}]` means "anonymous allowed"). */
const REQUIRES_A_SCHEME = { type: "array", minItems: 1, items: { type: "object", minProperties: 1 } };

/**
 * Judges a node as a whole: Ajv reports a failed `not` once, at the node itself, instead of one error per failed
 * branch, so each checked node yields one finding.
 */
function asOneCheck(schema: Record<string, unknown>) {
  return { not: { not: schema } };
}

function eachOperation(operation: Record<string, unknown>) {
  return { properties: { paths: { additionalProperties: { properties: Object.fromEntries(OPERATION_METHODS.map((m) => [m, operation])) } } } };
}

const PAGINATION_PARAMETERS = [
  "limit",
  "cursor",
  "page",
  "offset",
  "page_size",
  "pageSize",
  "per_page",
  "perPage",
  "after",
  "before",
  "pageToken",
  "page_token",
];
const RETURNS_A_LIST = {
  anyOf: [
    { required: ["type"], properties: { type: { const: "array" } } },
    {
      required: ["properties"],
      properties: { properties: { not: { additionalProperties: { not: { required: ["type"], properties: { type: { const: "array" } } } } } } },
    },
  ],
};

export const ORGANISATION_RULES: readonly OrganisationRule[] = [
  {
    name: "org-security-scheme-declared",
    area: "authentication",
    description: "The API declares at least one security scheme (components.securitySchemes).",
    message: "The API declares no security scheme in components.securitySchemes.",
    defaultSeverity: "error",
    given: "$",
    schema: asOneCheck({
      required: ["components"],
      properties: { components: { required: ["securitySchemes"], properties: { securitySchemes: { type: "object", minProperties: 1 } } } },
    }),
  },
  {
    name: "org-security-applied",
    area: "authentication",
    description: "Every operation requires a security scheme, through the top-level `security` or its own; an empty requirement does not count.",
    message: "This operation requires no security scheme: set a non-empty `security` at the top level or on the operation.",
    defaultSeverity: "error",
    given: "$",
    schema: {
      allOf: [
        // An operation's own requirement replaces the top-level one, so an empty one opens it even under a global one.
        eachOperation(asOneCheck({ properties: { security: REQUIRES_A_SCHEME } })),
        { if: { required: ["security"], properties: { security: REQUIRES_A_SCHEME } }, else: eachOperation(asOneCheck({ required: ["security"] })) },
      ],
    },
  },
  {
    name: "org-problem-json-errors",
    area: "error-format",
    description: "Every 4xx and 5xx response documents an `application/problem+json` body (RFC 9457 problem details).",
    message: "This error response does not document an application/problem+json body (RFC 9457).",
    defaultSeverity: "error",
    given: `${OPERATIONS}.responses[?(@property.match(/^[45]/))]`,
    schema: asOneCheck({ required: ["content"], properties: { content: { required: ["application/problem+json"] } } }),
  },
  {
    name: "org-versioning-path",
    area: "versioning",
    description: "The API is versioned in the path: every server URL, or else every path, starts with a major version such as /v1.",
    message: "The API is not versioned in its path: no server URL or path carries a major version such as /v1.",
    defaultSeverity: "warn",
    given: "$",
    schema: asOneCheck({
      anyOf: [
        { required: ["servers"], properties: { servers: { type: "array", minItems: 1, items: { properties: { url: { pattern: "/v[0-9]+(/|$)" } } } } } },
        { required: ["paths"], properties: { paths: { minProperties: 1, propertyNames: { pattern: "^/v[0-9]+(/|$)" } } } },
      ],
    }),
  },
  {
    name: "org-versioning-header",
    area: "versioning",
    description:
      "Every operation takes the API version in a header (Api-Version, X-Api-Version or Accept-Version). Off by default: turn it on instead of path versioning.",
    message: "This operation does not take the API version in a header (Api-Version, X-Api-Version or Accept-Version).",
    defaultSeverity: "off",
    given: OPERATIONS,
    schema: asOneCheck({
      required: ["parameters"],
      properties: {
        parameters: {
          contains: {
            required: ["in", "name"],
            properties: { in: { const: "header" }, name: { pattern: `^(${["Api-Version", "X-Api-Version", "Accept-Version"].map(caseless).join("|")})$` } },
          },
        },
      },
    }),
  },
  {
    name: "org-rate-limit-headers",
    area: "rate-limits",
    description: "Every success response documents the rate-limit headers: RateLimit and RateLimit-Policy, or X-RateLimit-*.",
    message: "This response does not document rate-limit headers (RateLimit and RateLimit-Policy, or X-RateLimit-*).",
    defaultSeverity: "warn",
    given: `${OPERATIONS}.responses[?(@property.match(/^2/))]`,
    schema: asOneCheck({
      required: ["headers"],
      properties: { headers: { anyOf: [{ allOf: [hasHeader("RateLimit"), hasHeader("RateLimit-Policy")] }, hasKeyMatching(`^${caseless("X-RateLimit-")}`)] } },
    }),
  },
  {
    name: "org-retry-after-on-429",
    area: "rate-limits",
    description: "Every operation documents a 429 Too Many Requests response with a Retry-After header.",
    message: "This operation does not document a 429 response with a Retry-After header.",
    defaultSeverity: "warn",
    given: OPERATIONS,
    schema: asOneCheck({
      required: ["responses"],
      properties: { responses: { required: ["429"], properties: { "429": { required: ["headers"], properties: { headers: hasHeader("Retry-After") } } } } },
    }),
  },
  {
    name: "org-pagination",
    area: "documentation",
    description: "A list operation (a GET on a collection returning an array) takes a pagination parameter (limit, cursor, page, offset, …).",
    message: "This list operation takes no pagination parameter (limit, cursor, page, offset, …).",
    defaultSeverity: "warn",
    // Collection paths only: a path ending in a parameter (/orders/{id}) reads one record.
    given: "$.paths[?(!@property.match(/\\}\\/?$/))].get",
    schema: asOneCheck({
      if: {
        required: ["responses"],
        properties: {
          responses: {
            required: ["200"],
            properties: {
              "200": {
                required: ["content"],
                properties: { content: { not: { additionalProperties: { not: { required: ["schema"], properties: { schema: RETURNS_A_LIST } } } } } },
              },
            },
          },
        },
      },
      then: {
        required: ["parameters"],
        properties: {
          parameters: { contains: { required: ["in", "name"], properties: { in: { const: "query" }, name: { enum: PAGINATION_PARAMETERS } } } },
        },
      },
    }),
  },
  {
    name: "org-response-examples",
    area: "documentation",
    description: "Every success response body has an example (on the media type or its schema).",
    message: "This response body has no example.",
    defaultSeverity: "warn",
    given: `${OPERATIONS}.responses[?(@property.match(/^2/))].content[*]`,
    schema: asOneCheck({
      anyOf: [
        { required: ["example"] },
        { required: ["examples"] },
        { required: ["schema"], properties: { schema: { anyOf: [{ required: ["example"] }, { required: ["examples"] }] } } },
      ],
    }),
  },
  {
    name: "org-deprecation-headers",
    area: "deprecation",
    description: "A deprecated operation documents the Deprecation and Sunset headers on its success responses (RFC 9745, RFC 8594).",
    message: "This deprecated operation's response does not document the Deprecation and Sunset headers.",
    defaultSeverity: "warn",
    given: `$.paths[*][?(@ && @.deprecated === true)].responses[?(@property.match(/^2/))]`,
    schema: asOneCheck({ required: ["headers"], properties: { headers: { allOf: [hasHeader("Deprecation"), hasHeader("Sunset")] } } }),
  },
];

/** Spectral's own rules the organisation's standards count in an area (operationIds and descriptions, security). */
const BUILT_IN_AREAS: Record<string, StandardArea> = {
  "operation-operationId": "documentation",
  "operation-description": "documentation",
  "info-description": "documentation",
  "oas3-operation-security-defined": "authentication",
  "oas2-operation-security-defined": "authentication",
};

const AREA_BY_RULE = new Map<string, StandardArea>([...Object.entries(BUILT_IN_AREAS), ...ORGANISATION_RULES.map((rule) => [rule.name, rule.area] as const)]);

/** The standard a rule checks, or null for Spectral's general rules (valid structure, unused components, …). */
export function areaOfRule(name: string): StandardArea | null {
  return AREA_BY_RULE.get(name) ?? null;
}
