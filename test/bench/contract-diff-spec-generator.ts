// Deterministic OpenAPI 3.0 documents of real-world size for the contract-diff benchmark: shared components with
// references (one of them recursive), inline request and response schemas, parameters, headers, security, and
// prose descriptions as long as published specs carry. `reviseSpec` makes a revision with a known mix of breaking
// and compatible edits, so both tools have real work to do.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated documents are plain JSON
type Doc = any;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "order customer invoice shipment warehouse ledger account payment refund carrier parcel region tax price discount catalog product variant stock supplier contract partner channel store return claim".split(
    " ",
  );
const TYPES = ["string", "integer", "number", "boolean"] as const;

export interface SpecSize {
  operations: number;
  components: number;
  propertiesPerSchema: number;
  descriptionWords: number;
}

export const LARGE_SPEC: SpecSize = { operations: 760, components: 220, propertiesPerSchema: 24, descriptionWords: 30 };
export const MEDIUM_SPEC: SpecSize = { operations: 100, components: 40, propertiesPerSchema: 16, descriptionWords: 20 };

/** `recursive: false` drops the one recursive component: openapi-diff stops at circular references. */
export function generateSpec(size: SpecSize, { seed = 42, recursive = true }: { seed?: number; recursive?: boolean } = {}): Doc {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(" ") + ".";
  const property = (index: number): Doc => {
    const type = pick(TYPES);
    const schema: Doc = { type, description: sentence(size.descriptionWords) };
    if (type === "string" && index % 3 === 0) schema.enum = WORDS.slice(index % 10, (index % 10) + 4);
    if (type === "string" && index % 3 === 1) schema.maxLength = 64 + index;
    if (type === "integer") Object.assign(schema, { minimum: 0, maximum: 1000 + index });
    if (type === "number") schema.format = "double";
    return schema;
  };
  const objectSchema = (prefix: string, count: number, extra: Doc = {}): Doc => {
    const properties: Doc = {};
    for (let i = 0; i < count; i++) properties[`${prefix}_${WORDS[i % WORDS.length]}_${i}`] = property(i);
    return {
      type: "object",
      description: sentence(size.descriptionWords),
      required: Object.keys(properties).slice(0, 3),
      properties: { ...properties, ...extra },
    };
  };

  const schemas: Doc = {
    Node: {
      type: "object",
      properties: { id: { type: "string" }, children: { type: "array", items: recursive ? { $ref: "#/components/schemas/Node" } : { type: "object" } } },
    },
    Error: objectSchema("error", 6),
  };
  for (let c = 0; c < size.components; c++) {
    // Components nest up to six deep, as published specs do, and every sixth one holds the recursive Node.
    const link = c % 6 !== 0 ? { related: { $ref: `#/components/schemas/Entity${c - 1}` } } : { tree: { $ref: "#/components/schemas/Node" } };
    schemas[`Entity${c}`] = objectSchema(`e${c}`, size.propertiesPerSchema, link);
  }

  const paths: Doc = {};
  const methods = ["get", "post", "put", "delete"] as const;
  let operations = 0;
  for (let p = 0; operations < size.operations; p++) {
    const resource = `/${pick(WORDS)}s-${p}`;
    const item: Doc = {};
    for (const method of methods.slice(0, 2 + (p % 3))) {
      if (operations >= size.operations) break;
      operations += 1;
      const entity = `#/components/schemas/Entity${Math.floor(next() * size.components)}`;
      item[method] = {
        operationId: `${method}${p}`,
        summary: sentence(8),
        description: sentence(size.descriptionWords * 2),
        tags: [pick(WORDS)],
        parameters: [
          { name: "limit", in: "query", description: sentence(10), schema: { type: "integer", minimum: 1, maximum: 200 } },
          { name: "cursor", in: "query", description: sentence(10), schema: { type: "string" } },
          { name: "X-Request-Id", in: "header", required: method !== "get", schema: { type: "string", format: "uuid" } },
        ],
        ...(method === "get" || method === "delete"
          ? {}
          : {
              requestBody: {
                required: true,
                content: { "application/json": { schema: objectSchema(`in${p}`, Math.round(size.propertiesPerSchema / 2), { entity: { $ref: entity } }) } },
              },
            }),
        responses: {
          "200": {
            description: sentence(12),
            headers: { "X-Rate-Limit": { description: sentence(8), schema: { type: "integer" } } },
            content: { "application/json": { schema: objectSchema(`out${p}`, Math.round(size.propertiesPerSchema / 2), { entity: { $ref: entity } }) } },
          },
          "400": { description: "Invalid", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "404": { description: "Not found", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
        security: [{ oauth: [`${pick(WORDS)}:read`] }],
      };
    }
    paths[resource] = item;
  }
  return {
    // 3.0.3 rather than 3.1: openapi-diff (Swagger Parser) rejects 3.1 documents, and both tools must read the same pair.
    openapi: "3.0.3",
    info: { title: "Generated enterprise API", version: "4.2.0", description: sentence(200) },
    servers: [{ url: "https://api.example.test" }],
    security: [{ oauth: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: { oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example.test/token", scopes: {} } } } },
    },
  };
}

/** A revision with one edit in about every fiftieth operation and component: removals, additions, tightenings. */
export function reviseSpec(spec: Doc): Doc {
  const revision = structuredClone(spec);
  const pathNames = Object.keys(revision.paths);
  pathNames.forEach((name, index) => {
    const item = revision.paths[name];
    if (index % 97 === 5) delete revision.paths[name];
    else if (index % 53 === 7) item.patch = { operationId: `patch${index}`, responses: { "204": { description: "Updated" } } };
    else if (index % 41 === 3 && item.post) {
      const body = item.post.requestBody.content["application/json"].schema;
      body.properties.approval_code = { type: "string" };
      body.required.push("approval_code");
    } else if (index % 37 === 11) item.get.parameters[0].schema.maximum = 100;
    else if (index % 29 === 13) item.get.responses["200"].content["application/json"].schema.properties.generated_at = { type: "string", format: "date-time" };
    else if (index % 31 === 17) item.get.deprecated = true;
  });
  Object.keys(revision.components.schemas).forEach((name, index) => {
    const schema = revision.components.schemas[name];
    if (index % 45 === 9) {
      const enumProperty = Object.values(schema.properties ?? {}).find((p: Doc) => Array.isArray(p.enum)) as Doc;
      enumProperty?.enum.push("archived");
    }
    if (index % 60 === 21) schema.required = schema.required.slice(0, 1);
  });
  revision.info.version = "4.3.0";
  return revision;
}
