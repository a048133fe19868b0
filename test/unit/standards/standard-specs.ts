/** Small OpenAPI documents for the standards' rules: one that meets every organisation standard, and its variants. */

const problem = { "application/problem+json": { schema: { type: "object" }, example: { title: "Not found", status: 404 } } };
const rateLimitHeaders = {
  RateLimit: { description: "Requests left in the window.", schema: { type: "string" } },
  "RateLimit-Policy": { description: "The quota.", schema: { type: "string" } },
};

// Tests reshape the document freely (delete, replace, push), as a pipeline author edits a spec.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function goodSpec(): Record<string, any> {
  return {
    openapi: "3.0.3",
    info: { title: "Orders", version: "1.0.0", description: "Orders of the shop.", contact: { name: "Orders team", email: "orders@example.org" } },
    servers: [{ url: "https://api.example.org/v1" }],
    tags: [{ name: "orders", description: "Orders." }],
    security: [{ oauth: ["orders:read"] }],
    paths: {
      "/orders": {
        get: {
          operationId: "listOrders",
          description: "Lists the orders, newest first.",
          tags: ["orders"],
          parameters: [{ name: "cursor", in: "query", description: "Where the page starts.", schema: { type: "string" } }],
          responses: {
            "200": {
              description: "A page of orders.",
              headers: rateLimitHeaders,
              content: { "application/json": { schema: { type: "array", items: { type: "string" } }, example: ["o-1"] } },
            },
            "404": { description: "Not found.", content: problem },
            "429": {
              description: "Too many requests.",
              headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
              content: problem,
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example.org/token", scopes: { "orders:read": "Read orders." } } } },
      },
    },
  };
}

export const toJson = (spec: unknown) => JSON.stringify(spec, null, 2);
