import type { ErrorObject } from "ajv";
import { escapePointerSegment } from "@/lib/contract-text/json-source-map";
import type { UnlocatedIssue } from "@/lib/catalog/specs/local-references";

/**
 * Turns ajv's errors against a meta-schema into what a person got wrong. The official schemas express most
 * objects as alternatives (a Response *or* a `$ref`; an API-key *or* an HTTP *or* an OAuth2 security scheme), so
 * one mistake yields an error per alternative plus "must match exactly one schema in oneOf". The rules, in order:
 * - the summaries of `oneOf`, `anyOf`, `if` and `not` are dropped when a more specific error exists;
 * - an error of an alternative (a missing `$ref`, or a rule inside oneOf/anyOf/then/else) at a value is dropped
 *   when another error lies deeper inside that value: the deeper one is in the alternative the author meant
 *   (`type: strin` inside a schema, not "a schema must be a $ref");
 * - at one value, missing fields win over unknown fields (an unknown field is usually only unknown to the
 *   alternatives the author did not mean), and an unconditional requirement wins over those of alternatives;
 *   among alternatives, the field every alternative asks for wins, else the choice is named.
 */

const SUMMARY_KEYWORDS = new Set(["oneOf", "anyOf", "if", "not"]);
const CONDITIONAL = /\/(oneOf|anyOf|then|else)\//;

const isRefRequired = (error: ErrorObject) => error.keyword === "required" && (error.params as { missingProperty?: unknown }).missingProperty === "$ref";
const isAlternativeNoise = (error: ErrorObject) => isRefRequired(error) || CONDITIONAL.test(error.schemaPath);

const quote = (value: unknown) => JSON.stringify(value);
const join = (values: readonly unknown[]) => values.map((value) => quote(value)).join(", ");

function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

function typeLabel(type: unknown): string {
  const names = String(type).split(",");
  const article = (name: string) => (name === "object" || name === "array" || name === "integer" ? `an ${name}` : name === "null" ? "null" : `a ${name}`);
  return names.map(article).join(" or ");
}

function describe(error: ErrorObject, document: unknown): UnlocatedIssue {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  // The one single-value rule people trip over: OpenAPI 3.0 says it with enum [true], 3.1 with const true.
  const onlyTrue =
    (error.keyword === "const" && params.allowedValue === true) ||
    (error.keyword === "enum" && (params.allowedValues as unknown[]).length === 1 && (params.allowedValues as unknown[])[0] === true);
  if (onlyTrue && at.endsWith("/required")) return { pointer: at, message: 'A path parameter must say "required": true.' };
  switch (error.keyword) {
    case "additionalProperties":
      return {
        pointer: `${at}/${escapePointerSegment(String(params.additionalProperty))}`,
        message: `${quote(params.additionalProperty)} is not allowed here.`,
      };
    case "unevaluatedProperties":
      return {
        pointer: `${at}/${escapePointerSegment(String(params.unevaluatedProperty))}`,
        message: `${quote(params.unevaluatedProperty)} is not allowed here.`,
      };
    case "enum":
      return { pointer: at, message: `${quote(valueAt(document, at))} is not allowed here: use one of ${join(params.allowedValues as unknown[])}.` };
    case "const": {
      const name = at
        .slice(at.lastIndexOf("/") + 1)
        .replace(/~1/g, "/")
        .replace(/~0/g, "~");
      return { pointer: at, message: `${name ? quote(name) : "The value"} must be ${quote(params.allowedValue)} here.` };
    }
    case "type":
      return { pointer: at, message: `Must be ${typeLabel(params.type)}.` };
    case "pattern":
      return { pointer: at, message: `${quote(valueAt(document, at))} does not match the pattern ${String(params.pattern)}.` };
    case "propertyNames":
      return { pointer: `${at}/${escapePointerSegment(String(params.propertyName))}`, message: `${quote(params.propertyName)} is not allowed as a name here.` };
    default: {
      const message = error.message ?? "is not valid";
      return { pointer: at, message: `${message.charAt(0).toUpperCase()}${message.slice(1)}.` };
    }
  }
}

/** The missing fields to report at one value, from all the `required` errors found there. */
function missingFields(errors: readonly ErrorObject[]): { pointer: string; message: string } {
  const at = errors[0].instancePath;
  const unconditional = errors.filter((error) => !CONDITIONAL.test(error.schemaPath));
  const chosen = unconditional.length > 0 ? unconditional : errors;
  const counts = new Map<string, number>();
  for (const error of chosen) {
    const name = String((error.params as { missingProperty: unknown }).missingProperty);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const most = Math.max(...counts.values());
  const names = [...counts].filter(([, count]) => count === most).map(([name]) => name);
  if (names.length === 1 || unconditional.length > 0) {
    return { pointer: `${at}/${escapePointerSegment(names[0])}`, message: names.length === 1 ? `Missing ${quote(names[0])}.` : `Missing ${join(names)}.` };
  }
  return { pointer: at, message: `Give one of ${join(names)}.` };
}

export function metaSchemaIssues(errors: readonly ErrorObject[], document: unknown): UnlocatedIssue[] {
  const specific = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const candidates = specific.length > 0 ? specific : [...errors];
  const paths = new Set(candidates.map((error) => error.instancePath));
  const deepest = candidates.filter((error) => {
    if (!isAlternativeNoise(error)) return true;
    const prefix = `${error.instancePath}/`;
    for (const other of paths) if (other.startsWith(prefix)) return false;
    return true;
  });

  const byPath = new Map<string, ErrorObject[]>();
  for (const error of deepest) {
    const group = byPath.get(error.instancePath) ?? [];
    group.push(error);
    byPath.set(error.instancePath, group);
  }

  const issues: UnlocatedIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: UnlocatedIssue) => {
    const key = `${issue.pointer}\n${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(issue);
  };
  for (const group of byPath.values()) {
    // A `$ref` is one alternative almost everywhere: asking for it is noise unless nothing else is wrong.
    const meant = group.filter((error) => !isRefRequired(error));
    const relevant = meant.length > 0 ? meant : group;
    const required = relevant.filter((error) => error.keyword === "required");
    if (required.length > 0) {
      add(missingFields(required));
      continue;
    }
    // `type: strin` fails both "one of the type names" and "a list of type names": the first is what was meant.
    const hasEnum = relevant.some((error) => error.keyword === "enum");
    for (const error of relevant) if (!(hasEnum && error.keyword === "type")) add(describe(error, document));
  }
  return issues;
}
