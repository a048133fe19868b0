import Ajv, { type ErrorObject, type Options, type ValidateFunction } from "ajv";
import Ajv2019 from "ajv/dist/2019";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { compileCel, type CelProblem, type CompiledExpression } from "@/lib/data-contracts/evaluator/cel-environment";
import type { DecisionRoute, PayloadSchema, RuleDefinition, RuleSetDocument } from "@/lib/data-contracts/evaluator/rule-set";

/** A rule or schema that cannot run, placed where it is written: `/rules/3/expression`, line and column inside it. */
export interface RuleSetProblem extends Partial<CelProblem> {
  pointer: string;
  message: string;
}

export interface CompiledRule {
  definition: RuleDefinition;
  run: CompiledExpression;
}

export interface CompiledRuleSet {
  document: RuleSetDocument;
  validate: ValidateFunction | null;
  rules: CompiledRule[];
  handlerOf(route: DecisionRoute, rule?: RuleDefinition): string | null;
}

export type CompileResult = { ok: true; compiled: CompiledRuleSet } | { ok: false; problems: RuleSetProblem[] };

// Contract schemas carry vocabulary no validator knows (OpenAPI's nullable, example, x-…): strict mode would refuse
// documents that every other reader accepts. Formats (email, date-time, uri) are checked: they are part of the rules.
const AJV_OPTIONS: Options = { strict: false, allErrors: true, validateSchema: false, validateFormats: true };
const CONTRACT_SCHEMA_ID = "urn:interchange:contract-schema";

function validatorFor(document: unknown): Ajv {
  const dialect = typeof document === "object" && document !== null ? String((document as { $schema?: unknown }).$schema ?? "") : "";
  const ajv = dialect.includes("2020-12")
    ? new Ajv2020(AJV_OPTIONS)
    : dialect.includes("2019-09")
      ? new Ajv2019(AJV_OPTIONS)
      : dialect.includes("draft-04")
        ? new AjvDraft04(AJV_OPTIONS)
        : // draft-07 and OpenAPI 3.0 schema objects, which are a draft-07 dialect. OpenAPI 3.1 names 2020-12.
          dialect === "" && isOpenApi31(document)
          ? new Ajv2020(AJV_OPTIONS)
          : new Ajv(AJV_OPTIONS);
  addFormats(ajv);
  return ajv;
}

function isOpenApi31(document: unknown): boolean {
  const version = (document as { openapi?: unknown } | null)?.openapi;
  return typeof version === "string" && version.startsWith("3.1");
}

function compileSchema(schema: PayloadSchema): { validate: ValidateFunction } | { problem: RuleSetProblem } {
  try {
    const ajv = validatorFor(schema.document);
    if (schema.pointer === "") return { validate: ajv.compile(schema.document as object) };
    // The payload's schema is one part of a larger document: its local $refs (#/components/…) resolve in that document.
    // Its own $id, if any, would make ajv file it under that name instead of ours.
    const withoutId = { ...(schema.document as Record<string, unknown>) };
    delete withoutId.$id;
    ajv.addSchema(withoutId, CONTRACT_SCHEMA_ID);
    return { validate: ajv.compile({ $ref: `${CONTRACT_SCHEMA_ID}#${encodeURI(schema.pointer)}` }) };
  } catch (error) {
    return { problem: { pointer: "/schema", message: `The payload schema cannot be used: ${(error as Error).message}` } };
  }
}

/**
 * Compiles a rule set once (CEL parsed and type-checked, the JSON Schema compiled by ajv) so that evaluating a
 * payload costs microseconds. Every problem is reported, each at its place, never only the first.
 */
export function compileRuleSet(document: RuleSetDocument): CompileResult {
  const problems: RuleSetProblem[] = [];
  let validate: ValidateFunction | null = null;
  if (document.schema) {
    const schema = compileSchema(document.schema);
    if ("problem" in schema) problems.push(schema.problem);
    else validate = schema.validate;
  }
  const rules: CompiledRule[] = [];
  const ids = new Set<string>();
  document.rules.forEach((definition, index) => {
    if (ids.has(definition.id)) problems.push({ pointer: `/rules/${index}/id`, message: `Another rule above is already named "${definition.id}".` });
    ids.add(definition.id);
    if (definition.kind === "channel_requirement" && !definition.channel)
      problems.push({ pointer: `/rules/${index}/channel`, message: "Name the target channel this requirement applies to." });
    if (definition.kind === "duplicate_window" && !(definition.windowMinutes && definition.windowMinutes > 0))
      problems.push({ pointer: `/rules/${index}/windowMinutes`, message: "How many minutes a delivered key makes the same key a duplicate." });
    const compiled = compileCel(definition.expression, definition.kind !== "duplicate_window");
    if (compiled.ok) rules.push({ definition, run: compiled.run });
    else problems.push({ pointer: `/rules/${index}/expression`, ...compiled.problem });
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    compiled: {
      document,
      validate,
      rules,
      handlerOf: (route, rule) => rule?.handler ?? document.handlers[route] ?? null,
    },
  };
}

/** ajv's errors as fired rules: a missing required field is quarantined, any other violation goes to the producer. */
export function schemaFindings(errors: readonly ErrorObject[]): { pointer: string; message: string; route: DecisionRoute }[] {
  return errors.map((error) => {
    if (error.keyword === "required") {
      const missing = String((error.params as { missingProperty?: string }).missingProperty ?? "");
      return {
        pointer: `${error.instancePath}/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        message: `Required field "${missing}" is missing.`,
        route: "quarantine",
      };
    }
    return { pointer: error.instancePath || "", message: `${error.instancePath || "The payload"} ${error.message ?? "is invalid"}.`, route: "escalate" };
  });
}
