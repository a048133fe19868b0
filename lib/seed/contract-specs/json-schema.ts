import { objectSchema } from "./field-schema";

export interface JsonSchemaSpecInput {
  id: string;
  title: string;
  description: string;
  fields: readonly string[];
  required: readonly string[];
}

/** A JSON Schema (draft 2020-12) document for one record of a file or event payload. */
export function buildJsonSchemaSpec(input: JsonSchemaSpecInput): string {
  return JSON.stringify(
    {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: input.id,
      title: input.title,
      description: input.description,
      ...objectSchema(input.fields, input.required),
    },
    null,
    2,
  );
}
