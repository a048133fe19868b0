type JsonSchema = Record<string, unknown>;

const asSchema = (value: unknown): JsonSchema => (typeof value === "object" && value !== null ? (value as JsonSchema) : {});

/** "string (date-time)", "integer ≥ 1", "one of: read, read_write", "array of object"… */
export function describeSchemaType(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map(String).join(", ")}`;
  if (schema.const !== undefined) return `"${String(schema.const)}"`;
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) return variants.map((v) => describeSchemaType(asSchema(v))).join(" or ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [String(schema.type)] : [];
  const type = types.filter((t) => t !== "null").join(" | ") || "any";
  const nullable = types.includes("null") ? ", nullable" : "";
  if (type === "array") return `array of ${describeSchemaType(asSchema(schema.items))}${nullable}`;
  const details = [
    schema.format ? String(schema.format) : null,
    schema.minimum !== undefined ? `≥ ${String(schema.minimum)}` : null,
    schema.maximum !== undefined ? `≤ ${String(schema.maximum)}` : null,
    schema.minLength !== undefined ? `min length ${String(schema.minLength)}` : null,
    schema.maxLength !== undefined ? `max length ${String(schema.maxLength)}` : null,
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : null,
  ].filter(Boolean);
  return `${type}${details.length ? ` (${details.join(", ")})` : ""}${nullable}`;
}

function propertiesOf(schema: JsonSchema): [string, JsonSchema][] | null {
  const target = schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array")) ? asSchema(schema.items) : schema;
  const properties = target.properties as Record<string, unknown> | undefined;
  return properties ? Object.entries(properties).map(([name, value]) => [name, asSchema(value)]) : null;
}

/** A JSON Schema as a nested field list people can read; deeper levels fold away. */
export function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const properties = propertiesOf(schema);
  const itemSchema = schema.type === "array" ? asSchema(schema.items) : schema;
  const required = new Set((itemSchema.required ?? []) as string[]);
  if (!properties) return <p className="font-mono text-xs text-slate-700">{describeSchemaType(schema)}</p>;
  return (
    <ul className={`space-y-1 text-xs ${depth > 0 ? "ml-4 border-l border-slate-200 pl-3" : ""}`}>
      {schema.type === "array" && depth === 0 ? <li className="text-slate-600">An array of:</li> : null}
      {properties.map(([name, property]) => {
        const nested = propertiesOf(property);
        return (
          <li key={name}>
            <span className="font-mono font-semibold text-slate-900">{name}</span>
            {required.has(name) ? <span className="ml-1 text-red-800">required</span> : null}
            <span className="ml-2 font-mono text-slate-600">{describeSchemaType(property)}</span>
            {typeof property.description === "string" ? <span className="ml-2 text-slate-700">— {property.description}</span> : null}
            {nested && depth < 4 ? <SchemaView schema={property} depth={depth + 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
