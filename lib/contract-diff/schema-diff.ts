import { escapePointerSegment } from "./json-pointer";
import { isObject, type JsonObject, type RefResolver } from "./ref-resolver";
import { schemaChangeSeverity } from "./change-catalogue";
import type { ChangeSeverity, DataSide } from "./types";

/** Stands for the full dotted field path in messages: memoised changes are computed relative to a component. */
export const FIELD_TOKEN = "{field}";

/** A change found inside a schema, located relative to that schema's root. */
export interface SchemaChange {
  severity: ChangeSeverity;
  /**
   * What happened, without where: "max-decreased", "enum-value-added". The caller names the place
   * ("request-property-", "response-body-", "request-parameter-") to make the change id, see schemaChangeId.
   * Changes to a property's existence, requiredness and mutability carry their whole id instead (absolute).
   */
  change: string;
  absolute: boolean;
  message: string;
  /** JSON pointer suffix, already escaped ("/properties/total"). */
  pointer: string;
  /** Dotted field path ("customer.tax_region"), empty at the schema's root. */
  field: string;
}

export interface SchemaDiffContext {
  base: RefResolver;
  revision: RefResolver;
  side: DataSide;
  /** Results of comparing two referenced schemas, shared by every place that uses the same pair. */
  memo: Map<string, SchemaChange[]>;
  inProgress: Set<string>;
}

export function createSchemaDiffContext(base: RefResolver, revision: RefResolver, side: DataSide): SchemaDiffContext {
  return { base, revision, side, memo: new Map(), inProgress: new Set() };
}

/** What a schema sits in: a body (request body, response body, message payload, JSON Schema document), a parameter or a header. */
export type SchemaContainer = "body" | "parameter" | "header";

/**
 * The id of a schema change, shaped like oasdiff's: the side, then the container or "property" when the change is
 * below the root, then the change ("request-property-max-decreased", "response-body-type-changed",
 * "request-parameter-enum-value-removed", "response-header-became-nullable").
 */
export function schemaChangeId(side: DataSide, container: SchemaContainer, change: SchemaChange): string {
  if (change.absolute) return change.change;
  if (container === "body") return `${side}-${change.field ? "property" : "body"}-${change.change}`;
  return `${side}-${container}${change.field ? "-property" : ""}-${change.change}`;
}

const RANGE_KEYWORDS: ReadonlyArray<{ keyword: string; name: string; label: string }> = [
  { keyword: "minimum", name: "min", label: "minimum" },
  { keyword: "exclusiveMinimum", name: "exclusive-min", label: "exclusive minimum" },
  { keyword: "minLength", name: "min-length", label: "minimum length" },
  { keyword: "minItems", name: "min-items", label: "minimum item count" },
  { keyword: "minProperties", name: "min-properties", label: "minimum property count" },
  { keyword: "minContains", name: "min-contains", label: "minimum count of matching items" },
  { keyword: "maximum", name: "max", label: "maximum" },
  { keyword: "exclusiveMaximum", name: "exclusive-max", label: "exclusive maximum" },
  { keyword: "maxLength", name: "max-length", label: "maximum length" },
  { keyword: "maxItems", name: "max-items", label: "maximum item count" },
  { keyword: "maxProperties", name: "max-properties", label: "maximum property count" },
  { keyword: "maxContains", name: "max-contains", label: "maximum count of matching items" },
];

const COMPOSITIONS = ["allOf", "oneOf", "anyOf"] as const;

/** Keywords whose value is one subschema, compared in place: a new one constrains, a dropped one frees. */
const SUBSCHEMA_KEYWORDS: ReadonlyArray<{ keyword: string; name: string }> = [
  { keyword: "contains", name: "contains" },
  { keyword: "propertyNames", name: "property-names" },
  { keyword: "contentSchema", name: "content-schema" },
  { keyword: "then", name: "then" },
  { keyword: "else", name: "else" },
];

/** x-stability-level values from least to most stable (oasdiff's order). */
const STABILITY = ["draft", "alpha", "beta", "stable"];

function kebab(keyword: string): string {
  return keyword.replace(/[A-Z]/g, (letter) => "-" + letter.toLowerCase());
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** Declared types with `null` split out; `undefined` types mean "any type". Covers 3.0 `nullable` and 3.1 type arrays. */
function typesOf(schema: JsonObject): { types: Set<string> | undefined; nullable: boolean } {
  const declared = Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : [];
  const types = new Set(declared.filter((t): t is string => typeof t === "string" && t !== "null"));
  const nullable = schema.nullable === true || declared.includes("null");
  return { types: types.size > 0 ? types : undefined, nullable };
}

function covers(types: Set<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

function valuesOf(list: unknown): string[] | undefined {
  return Array.isArray(list) ? list.map(show) : undefined;
}

function propertiesOf(schema: JsonObject): JsonObject {
  return isObject(schema.properties) ? schema.properties : {};
}

function requiredOf(schema: JsonObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : []);
}

function branchName(branch: unknown): string | undefined {
  if (!isObject(branch)) return undefined;
  if (typeof branch.$ref === "string") return branch.$ref.split("/").pop();
  return typeof branch.title === "string" ? branch.title : undefined;
}

function describeBranch(branch: unknown, index: number): string {
  return branchName(branch) ?? `#${index + 1}`;
}

/**
 * Pairs composition branches (base index -> revision index): first those with the same component name or title,
 * then the rest in order, so that inlining a referenced branch does not read as remove + add.
 */
function matchBranches(before: unknown[], after: unknown[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  before.forEach((branch, index) => {
    const name = branchName(branch);
    if (name === undefined) return;
    const match = after.findIndex((candidate, j) => !taken.has(j) && branchName(candidate) === name);
    if (match >= 0) {
      pairs.set(index, match);
      taken.add(match);
    }
  });
  // Left-overs pair in order when at least one of the two is anonymous (an inlined copy of a named branch).
  const restAfter = after.map((_, j) => j).filter((j) => !taken.has(j));
  before.forEach((branch, index) => {
    if (pairs.has(index)) return;
    const position = restAfter.findIndex((j) => !taken.has(j) && (branchName(branch) === undefined || branchName(after[j]) === undefined));
    if (position < 0) return;
    pairs.set(index, restAfter[position]);
    taken.add(restAfter[position]);
  });
  return pairs;
}

/** The change's message with the full field path filled in. */
export function describeSchemaChange(change: SchemaChange): string {
  return change.message.replaceAll(FIELD_TOKEN, change.field);
}

/** A schema that accepts nothing beyond what is declared: `false` or a schema object. */
function presence(value: unknown): "absent" | "schema" | "false" | "true" {
  if (value === undefined) return "absent";
  if (value === false) return "false";
  if (value === true) return "true";
  return "schema";
}

class SchemaComparison {
  readonly changes: SchemaChange[] = [];

  constructor(private readonly ctx: SchemaDiffContext) {}

  /** A change named after what happened; its severity follows the catalogue for this side. */
  private note(change: string, message: string, pointer: string, field: string): void {
    this.changes.push({ severity: schemaChangeSeverity(this.ctx.side, change), change, absolute: false, message, pointer, field });
  }

  /** A change whose whole id is fixed (a property's existence, requiredness, mutability). */
  private noteAbsolute(id: string, message: string, pointer: string, field: string): void {
    this.changes.push({ severity: schemaChangeSeverity(this.ctx.side, id, true), change: id, absolute: true, message, pointer, field });
  }

  compare(baseValue: unknown, revisionValue: unknown, pointer: string, field: string): void {
    const base = this.ctx.base.resolve(baseValue);
    const revision = this.ctx.revision.resolve(revisionValue);
    if (base.unresolvedRef || revision.unresolvedRef) {
      if (base.unresolvedRef !== revision.unresolvedRef) {
        this.note(
          "schema-reference-changed",
          `The external schema reference changed from ${show(base.unresolvedRef ?? null)} to ${show(revision.unresolvedRef ?? null)}.`,
          pointer,
          field,
        );
      }
      return;
    }
    if (!base.node || !revision.node) {
      // No schema says nothing about the value: adding one restricts it, dropping one lets anything through.
      if (revision.node) this.note("schema-added", "A schema now constrains the value.", pointer, field);
      else if (base.node) this.note("schema-removed", "The value is no longer described by a schema.", pointer, field);
      return;
    }
    if (base.ref && revision.ref) {
      const key = `${this.ctx.side}|${base.ref}|${revision.ref}`;
      if (this.ctx.inProgress.has(key)) return; // a cycle: the pair is already being compared further up
      let relative = this.ctx.memo.get(key);
      if (!relative) {
        this.ctx.inProgress.add(key);
        const nested = new SchemaComparison(this.ctx);
        nested.compareResolved(base.node, revision.node, "", "");
        this.ctx.inProgress.delete(key);
        relative = nested.changes;
        this.ctx.memo.set(key, relative);
      }
      for (const change of relative) {
        this.changes.push({ ...change, pointer: pointer + change.pointer, field: field && change.field ? `${field}.${change.field}` : field || change.field });
      }
      return;
    }
    this.compareResolved(base.node, revision.node, pointer, field);
  }

  private compareResolved(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    if (base === revision) return;
    if (!this.compareTypes(base, revision, pointer, field)) return;
    this.compareFormat(base, revision, pointer, field);
    this.compareEnum(base, revision, pointer, field);
    this.compareConst(base, revision, pointer, field);
    this.compareExtensibleEnum(base, revision, pointer, field);
    this.compareRanges(base, revision, pointer, field);
    this.comparePattern(base, revision, pointer, field);
    this.compareFlags(base, revision, pointer, field);
    this.compareContent(base, revision, pointer, field);
    this.compareProperties(base, revision, pointer, field);
    this.compareAdditionalProperties(base, revision, pointer, field);
    this.compareKeyedSubschemas(base, revision, pointer, field);
    this.compareDependentRequired(base, revision, pointer, field);
    this.compareUnevaluated(base, revision, pointer, field);
    this.compareArrays(base, revision, pointer, field);
    for (const { keyword, name } of SUBSCHEMA_KEYWORDS) this.compareSubschema(keyword, name, base, revision, pointer, field);
    this.compareConditionals(base, revision, pointer, field);
    for (const keyword of COMPOSITIONS) this.compareComposition(keyword, base, revision, pointer, field);
    this.compareDiscriminator(base, revision, pointer, field);
  }

  /** Returns false when the types are incompatible, since every finer comparison would then be noise. */
  private compareTypes(base: JsonObject, revision: JsonObject, pointer: string, field: string): boolean {
    const before = typesOf(base);
    const after = typesOf(revision);
    if (before.nullable !== after.nullable) {
      if (after.nullable) this.note("became-nullable", "The value may now be null.", pointer, field);
      else this.note("became-not-nullable", "The value may no longer be null.", pointer, field);
    }
    if (!before.types && !after.types) return true;
    if (!before.types || !after.types) {
      if (after.types) this.note("type-added", `The value is now restricted to type ${[...after.types].join(" or ")}.`, pointer, field);
      else this.note("type-removed", `The value is no longer restricted to type ${[...before.types!].join(" or ")}.`, pointer, field);
      return true;
    }
    const beforeTypes = before.types;
    const afterTypes = after.types;
    const widened = [...beforeTypes].every((t) => covers(afterTypes, t));
    const narrowed = [...afterTypes].every((t) => covers(beforeTypes, t));
    if (widened && narrowed) return true;
    const message = `The type changed from ${[...beforeTypes].join(" or ")} to ${[...afterTypes].join(" or ")}.`;
    if (widened) this.note("type-generalized", message, pointer, field);
    else if (narrowed) this.note("type-specialized", message, pointer, field);
    else {
      this.note("type-changed", message, pointer, field);
      return false;
    }
    return true;
  }

  private compareFormat(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = typeof base.format === "string" ? base.format : undefined;
    const after = typeof revision.format === "string" ? revision.format : undefined;
    if (before === after) return;
    if (!before) this.note("format-added", `The format ${show(after)} was added.`, pointer, field);
    else if (!after) this.note("format-removed", `The format ${show(before)} was removed.`, pointer, field);
    else this.note("format-changed", `The format changed from ${show(before)} to ${show(after)}.`, pointer, field);
  }

  private compareValueList(before: string[] | undefined, after: string[] | undefined, prefix: string, label: string, pointer: string, field: string): void {
    if (!before && !after) return;
    if (!before) {
      this.note(`became-${prefix}`, `The value is now limited to ${after!.join(", ")}.`, pointer, field);
      return;
    }
    if (!after) {
      this.note(`became-not-${prefix}`, `The value is no longer limited to ${before.join(", ")}.`, pointer, field);
      return;
    }
    const afterSet = new Set(after);
    const beforeSet = new Set(before);
    for (const value of before) if (!afterSet.has(value)) this.note(`${prefix}-value-removed`, `The ${label} value ${value} was removed.`, pointer, field);
    for (const value of after) if (!beforeSet.has(value)) this.note(`${prefix}-value-added`, `The ${label} value ${value} was added.`, pointer, field);
  }

  private compareEnum(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    this.compareValueList(valuesOf(base.enum), valuesOf(revision.enum), "enum", "enum", pointer, field);
  }

  /** x-extensible-enum (Zalando's guideline) lists known values but promises readers that more may come. */
  private compareExtensibleEnum(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = valuesOf(base["x-extensible-enum"]);
    const after = valuesOf(revision["x-extensible-enum"]);
    if (!before || !after) return;
    const afterSet = new Set(after);
    const beforeSet = new Set(before);
    for (const value of before)
      if (!afterSet.has(value)) this.note("x-extensible-enum-value-removed", `The x-extensible-enum value ${value} was removed.`, pointer, field);
    for (const value of after)
      if (!beforeSet.has(value)) this.note("x-extensible-enum-value-added", `The x-extensible-enum value ${value} was added.`, pointer, field);
  }

  private compareConst(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const had = "const" in base;
    const has = "const" in revision;
    if (!had && !has) return;
    if (!had) this.note("const-added", `The value must now be ${show(revision.const)}.`, pointer, field);
    else if (!has) this.note("const-removed", `The value no longer has to be ${show(base.const)}.`, pointer, field);
    else if (show(base.const) !== show(revision.const))
      this.note("const-changed", `The constant changed from ${show(base.const)} to ${show(revision.const)}.`, pointer, field);
  }

  private compareRanges(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    for (const { keyword, name, label } of RANGE_KEYWORDS) {
      const before = base[keyword];
      const after = revision[keyword];
      if (before === after) continue;
      // OpenAPI 3.0 spells exclusive bounds as booleans next to minimum/maximum: true is the stricter one.
      if (typeof before === "boolean" || typeof after === "boolean") {
        if (after === true) this.note(`${name}-set`, `The ${label.replace("exclusive ", "")} is now exclusive.`, pointer, field);
        else if (before === true) this.note(`${name}-unset`, `The ${label.replace("exclusive ", "")} is no longer exclusive.`, pointer, field);
        continue;
      }
      const b = typeof before === "number" ? before : undefined;
      const a = typeof after === "number" ? after : undefined;
      if (b === undefined && a === undefined) continue;
      if (b === undefined) this.note(`${name}-set`, `A ${label} of ${a} was set.`, pointer, field);
      else if (a === undefined) this.note(`${name}-unset`, `The ${label} of ${b} was removed.`, pointer, field);
      else this.note(`${name}-${a > b ? "increased" : "decreased"}`, `The ${label} changed from ${b} to ${a}.`, pointer, field);
    }
    if (base.multipleOf !== revision.multipleOf) {
      const b = typeof base.multipleOf === "number" ? base.multipleOf : undefined;
      const a = typeof revision.multipleOf === "number" ? revision.multipleOf : undefined;
      if (b === undefined && a !== undefined) this.note("multiple-of-set", `Values must now be a multiple of ${a}.`, pointer, field);
      else if (a === undefined && b !== undefined) this.note("multiple-of-unset", `Values no longer need to be a multiple of ${b}.`, pointer, field);
      else if (a !== undefined && b !== undefined) {
        const change = a % b === 0 ? "multiple-of-specialized" : b % a === 0 ? "multiple-of-generalized" : "multiple-of-changed";
        this.note(change, `The multiple changed from ${b} to ${a}.`, pointer, field);
      }
    }
  }

  private comparePattern(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = typeof base.pattern === "string" ? base.pattern : undefined;
    const after = typeof revision.pattern === "string" ? revision.pattern : undefined;
    if (before === after) return;
    if (!before) this.note("pattern-added", `Values must now match ${show(after)}.`, pointer, field);
    else if (!after) this.note("pattern-removed", `Values no longer need to match ${show(before)}.`, pointer, field);
    else this.note("pattern-changed", `The pattern changed from ${show(before)} to ${show(after)}.`, pointer, field);
  }

  private compareFlags(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    if (base.uniqueItems !== true && revision.uniqueItems === true) this.note("unique-items-set", "Items must now be unique.", pointer, field);
    if (base.uniqueItems === true && revision.uniqueItems !== true) this.note("unique-items-unset", "Items no longer need to be unique.", pointer, field);
    if (base.deprecated !== true && revision.deprecated === true) this.note("deprecated", "The value was marked deprecated.", pointer, field);
    if (base.deprecated === true && revision.deprecated !== true) this.note("reactivated", "The value is no longer deprecated.", pointer, field);
    const hadDefault = "default" in base;
    const hasDefault = "default" in revision;
    if (!hadDefault && hasDefault) this.note("default-value-added", `A default of ${show(revision.default)} was added.`, pointer, field);
    else if (hadDefault && !hasDefault)
      this.note("default-value-removed", `The default of ${show(base.default)} was removed: callers that omit the value no longer get it.`, pointer, field);
    else if (hadDefault && show(base.default) !== show(revision.default)) {
      this.note(
        "default-value-changed",
        `The default changed from ${show(base.default)} to ${show(revision.default)}: callers that omit the value get different behaviour.`,
        pointer,
        field,
      );
    }
    const stabilityBefore = STABILITY.indexOf(String(base["x-stability-level"] ?? "stable"));
    const stabilityAfter = STABILITY.indexOf(String(revision["x-stability-level"] ?? "stable"));
    if (stabilityBefore >= 0 && stabilityAfter >= 0 && stabilityBefore !== stabilityAfter) {
      this.note(
        stabilityAfter < stabilityBefore ? "stability-decreased" : "stability-increased",
        `The stability level changed from ${STABILITY[stabilityBefore]} to ${STABILITY[stabilityAfter]}.`,
        pointer,
        field,
      );
    }
  }

  /** contentMediaType / contentEncoding say how a string carries a document; changing either changes the bytes. */
  private compareContent(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    for (const [keyword, name] of [
      ["contentMediaType", "content-media-type-changed"],
      ["contentEncoding", "content-encoding-changed"],
    ] as const) {
      if (show(base[keyword] ?? null) !== show(revision[keyword] ?? null)) {
        this.note(name, `The ${keyword} changed from ${show(base[keyword] ?? null)} to ${show(revision[keyword] ?? null)}.`, pointer, field);
      }
    }
  }

  /** A property the other side never sees (readOnly in a request, writeOnly in a response) cannot break it. */
  private invisible(property: unknown, resolver: RefResolver): boolean {
    const schema = resolver.resolve(property).node;
    if (!schema) return false;
    return this.ctx.side === "request" ? schema.readOnly === true : schema.writeOnly === true;
  }

  private flag(property: unknown, resolver: RefResolver, keyword: "readOnly" | "writeOnly"): boolean {
    return resolver.resolve(property).node?.[keyword] === true;
  }

  private compareMutability(before: unknown, after: unknown, required: boolean, at: string, path: string): void {
    const { base, revision, side } = this.ctx;
    const requiredness = required ? "required" : "optional";
    for (const [keyword, label] of [
      ["readOnly", "read-only"],
      ["writeOnly", "write-only"],
    ] as const) {
      const was = this.flag(before, base, keyword);
      const is = this.flag(after, revision, keyword);
      if (was === is) continue;
      this.noteAbsolute(
        `${side}-${requiredness}-property-became-${is ? "" : "non-"}${label}`,
        `The ${requiredness} property "${FIELD_TOKEN}" ${is ? "became" : "is no longer"} ${label}.`,
        at,
        path,
      );
    }
  }

  private compareProperties(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = propertiesOf(base);
    const after = propertiesOf(revision);
    const requiredBefore = requiredOf(base);
    const requiredAfter = requiredOf(revision);
    const { side } = this.ctx;
    const request = side === "request";
    for (const name of Object.keys(before)) {
      const at = `${pointer}/properties/${escapePointerSegment(name)}`;
      const path = field ? `${field}.${name}` : name;
      if (!Object.hasOwn(after, name)) {
        if (this.invisible(before[name], this.ctx.base)) continue;
        if (request)
          this.noteAbsolute(
            "request-property-removed",
            `The request property "${FIELD_TOKEN}" was removed: the provider no longer reads what callers send.`,
            at,
            path,
          );
        else if (requiredBefore.has(name))
          this.noteAbsolute("response-required-property-removed", `The required response property "${FIELD_TOKEN}" was removed.`, at, path);
        else
          this.noteAbsolute(
            "response-optional-property-removed",
            `The optional response property "${FIELD_TOKEN}" was removed: readers that use it lose it.`,
            at,
            path,
          );
        continue;
      }
      const wasRequired = requiredBefore.has(name);
      const isRequired = requiredAfter.has(name);
      this.compareMutability(before[name], after[name], isRequired, at, path);
      if (this.invisible(before[name], this.ctx.base) && this.invisible(after[name], this.ctx.revision)) continue;
      if (!wasRequired && isRequired) {
        this.noteAbsolute(`${side}-property-became-required`, `The property "${FIELD_TOKEN}" became required.`, at, path);
      } else if (wasRequired && !isRequired) {
        this.noteAbsolute(
          `${side}-property-became-optional`,
          request ? `The property "${FIELD_TOKEN}" became optional.` : `The property "${FIELD_TOKEN}" became optional: readers may no longer receive it.`,
          at,
          path,
        );
      }
      this.compare(before[name], after[name], at, path);
    }
    for (const name of Object.keys(after)) {
      if (Object.hasOwn(before, name) || this.invisible(after[name], this.ctx.revision)) continue;
      const at = `${pointer}/properties/${escapePointerSegment(name)}`;
      const path = field ? `${field}.${name}` : name;
      const required = requiredAfter.has(name);
      if (request) {
        this.noteAbsolute(
          required ? "new-required-request-property" : "new-optional-request-property",
          required
            ? `A new required request property "${FIELD_TOKEN}" was added: existing callers do not send it.`
            : `A new optional request property "${FIELD_TOKEN}" was added.`,
          at,
          path,
        );
      } else {
        this.noteAbsolute(
          required ? "response-required-property-added" : "response-optional-property-added",
          `A new ${required ? "required" : "optional"} response property "${FIELD_TOKEN}" was added.`,
          at,
          path,
        );
      }
    }
    // `required` may name properties declared elsewhere (e.g. by an allOf sibling): judge those too (decision 010).
    for (const name of requiredAfter) {
      if (Object.hasOwn(after, name) || Object.hasOwn(before, name) || requiredBefore.has(name)) continue;
      this.noteAbsolute(
        `${side}-property-became-required`,
        `The property "${FIELD_TOKEN}" became required.`,
        `${pointer}/required`,
        field ? `${field}.${name}` : name,
      );
    }
  }

  private compareAdditionalProperties(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = base.additionalProperties;
    const after = revision.additionalProperties;
    if (isObject(before) && isObject(after)) {
      this.compare(before, after, `${pointer}/additionalProperties`, field);
      return;
    }
    const closedBefore = before === false;
    const closedAfter = after === false;
    if (!closedBefore && closedAfter)
      this.note("additional-properties-forbidden", "Properties that are not declared are no longer allowed.", `${pointer}/additionalProperties`, field);
    if (closedBefore && !closedAfter)
      this.note("additional-properties-allowed", "Properties that are not declared are now allowed.", `${pointer}/additionalProperties`, field);
  }

  /** patternProperties and dependentSchemas: maps of subschemas, each entry added (constrains), removed (frees) or compared. */
  private compareKeyedSubschemas(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    for (const [keyword, name, label] of [
      ["patternProperties", "pattern-property", "properties matching"],
      ["dependentSchemas", "dependent-schema", "the schema applied when the object has"],
    ] as const) {
      const before = isObject(base[keyword]) ? (base[keyword] as JsonObject) : {};
      const after = isObject(revision[keyword]) ? (revision[keyword] as JsonObject) : {};
      for (const key of Object.keys(before)) {
        const at = `${pointer}/${keyword}/${escapePointerSegment(key)}`;
        if (!Object.hasOwn(after, key)) this.note(`${name}-removed`, `The constraint on ${label} ${show(key)} was removed.`, at, field);
        else this.compare(before[key], after[key], at, field);
      }
      for (const key of Object.keys(after)) {
        if (!Object.hasOwn(before, key))
          this.note(`${name}-added`, `A constraint on ${label} ${show(key)} was added.`, `${pointer}/${keyword}/${escapePointerSegment(key)}`, field);
      }
    }
  }

  private compareDependentRequired(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = isObject(base.dependentRequired) ? base.dependentRequired : {};
    const after = isObject(revision.dependentRequired) ? revision.dependentRequired : {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const was = new Set(Array.isArray(before[key]) ? (before[key] as unknown[]).map(String) : []);
      const is = new Set(Array.isArray(after[key]) ? (after[key] as unknown[]).map(String) : []);
      const added = [...is].filter((name) => !was.has(name));
      const removed = [...was].filter((name) => !is.has(name));
      if (added.length === 0 && removed.length === 0) continue;
      const at = `${pointer}/dependentRequired/${escapePointerSegment(key)}`;
      const change = removed.length === 0 ? "dependent-required-added" : added.length === 0 ? "dependent-required-removed" : "dependent-required-changed";
      this.note(
        change,
        `When ${show(key)} is present, the properties it requires changed from [${[...was].join(", ")}] to [${[...is].join(", ")}].`,
        at,
        field,
      );
    }
  }

  private compareUnevaluated(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    for (const [keyword, name] of [
      ["unevaluatedProperties", "unevaluated-properties"],
      ["unevaluatedItems", "unevaluated-items"],
    ] as const) {
      const before = presence(base[keyword]);
      const after = presence(revision[keyword]);
      const at = `${pointer}/${keyword}`;
      if (before === "schema" && after === "schema") this.compare(base[keyword], revision[keyword], at, field);
      else if (before !== after) {
        // true and absent both accept anything; false or a schema constrains what the other keywords leave over.
        const constrainedBefore = before === "false" || before === "schema";
        const constrainedAfter = after === "false" || after === "schema";
        if (!constrainedBefore && constrainedAfter) this.note(`${name}-added`, `${keyword} now constrains what the other keywords do not cover.`, at, field);
        else if (constrainedBefore && !constrainedAfter)
          this.note(`${name}-removed`, `${keyword} no longer constrains what the other keywords do not cover.`, at, field);
        else this.note(`${name}-${after === "false" ? "added" : "removed"}`, `${keyword} changed from ${before} to ${after}.`, at, field);
      }
    }
  }

  /** items (one schema for all) and 2020-12 prefixItems (one schema per position). */
  private compareArrays(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    if (base.items !== undefined || revision.items !== undefined) {
      if (Array.isArray(base.items) || Array.isArray(revision.items)) {
        // OpenAPI 3.0 has no tuple form; an array here is a draft-04 tuple: compare position by position.
        this.comparePositions(Array.isArray(base.items) ? base.items : [], Array.isArray(revision.items) ? revision.items : [], "items", pointer, field);
      } else this.compare(base.items, revision.items, `${pointer}/items`, field);
    }
    if (Array.isArray(base.prefixItems) || Array.isArray(revision.prefixItems)) {
      this.comparePositions(
        Array.isArray(base.prefixItems) ? base.prefixItems : [],
        Array.isArray(revision.prefixItems) ? revision.prefixItems : [],
        "prefixItems",
        pointer,
        field,
      );
    }
  }

  private comparePositions(before: unknown[], after: unknown[], keyword: string, pointer: string, field: string): void {
    const shared = Math.min(before.length, after.length);
    for (let index = 0; index < shared; index++) this.compare(before[index], after[index], `${pointer}/${keyword}/${index}`, field);
    for (let index = shared; index < before.length; index++)
      this.note("prefix-items-removed", `The schema for item ${index + 1} was removed.`, `${pointer}/${keyword}/${index}`, field);
    for (let index = shared; index < after.length; index++)
      this.note("prefix-items-added", `A schema for item ${index + 1} was added.`, `${pointer}/${keyword}/${index}`, field);
  }

  /** Keywords holding one subschema that constrains the value when present (contains, propertyNames, contentSchema, then, else). */
  private compareSubschema(keyword: string, name: string, base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = base[keyword];
    const after = revision[keyword];
    if (before === undefined && after === undefined) return;
    const at = `${pointer}/${keyword}`;
    if (before === undefined) this.note(`${name}-added`, `${keyword} was added.`, at, field);
    else if (after === undefined) this.note(`${name}-removed`, `${keyword} was removed.`, at, field);
    else this.compare(before, after, at, field);
  }

  /**
   * `if` selects where then/else apply and `not` inverts its schema: a change inside either cannot be judged by the
   * widening/narrowing rule, so it is reported once as a warning.
   */
  private compareConditionals(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    for (const keyword of ["if", "not"] as const) {
      const before = base[keyword];
      const after = revision[keyword];
      if (before === undefined && after === undefined) continue;
      const at = `${pointer}/${keyword}`;
      if (before === undefined) this.note(`${keyword}-added`, `${keyword} was added.`, at, field);
      else if (after === undefined) this.note(`${keyword}-removed`, `${keyword} was removed.`, at, field);
      else if (this.differs(before, after)) this.note(`${keyword}-changed`, `The ${keyword} schema changed.`, at, field);
    }
  }

  /** Whether two subschemas differ at all, judged by a throwaway comparison (so a $ref rename is no difference). */
  private differs(before: unknown, after: unknown): boolean {
    const probe = new SchemaComparison(this.ctx);
    probe.compare(before, after, "", "");
    return probe.changes.length > 0;
  }

  private compareComposition(keyword: (typeof COMPOSITIONS)[number], base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = Array.isArray(base[keyword]) ? (base[keyword] as unknown[]) : [];
    const after = Array.isArray(revision[keyword]) ? (revision[keyword] as unknown[]) : [];
    if (before.length === 0 && after.length === 0) return;
    const name = kebab(keyword);
    const pairs = matchBranches(before, after);
    before.forEach((branch, index) => {
      const match = pairs.get(index);
      if (match === undefined) {
        this.note(`${name}-removed`, `The ${keyword} member ${describeBranch(branch, index)} was removed.`, `${pointer}/${keyword}/${index}`, field);
        return;
      }
      this.compare(branch, after[match], `${pointer}/${keyword}/${match}`, field);
    });
    const matched = new Set(pairs.values());
    after.forEach((branch, index) => {
      if (matched.has(index)) return;
      this.note(`${name}-added`, `The ${keyword} member ${describeBranch(branch, index)} was added.`, `${pointer}/${keyword}/${index}`, field);
    });
  }

  private compareDiscriminator(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = isObject(base.discriminator) ? base.discriminator : undefined;
    const after = isObject(revision.discriminator) ? revision.discriminator : undefined;
    const at = `${pointer}/discriminator`;
    if (!before && !after) return;
    if (!before) return this.note("discriminator-added", `A discriminator on ${show(after!.propertyName)} was added.`, at, field);
    if (!after) return this.note("discriminator-removed", `The discriminator on ${show(before.propertyName)} was removed.`, at, field);
    if (before.propertyName !== after.propertyName)
      this.note(
        "discriminator-property-name-changed",
        `The discriminator property changed from ${show(before.propertyName)} to ${show(after.propertyName)}.`,
        at,
        field,
      );
    const mappingBefore = isObject(before.mapping) ? before.mapping : {};
    const mappingAfter = isObject(after.mapping) ? after.mapping : {};
    for (const key of Object.keys(mappingBefore)) {
      if (!Object.hasOwn(mappingAfter, key))
        this.note("discriminator-mapping-deleted", `The discriminator value ${show(key)} was removed from the mapping.`, at, field);
      else if (mappingBefore[key] !== mappingAfter[key])
        this.note("discriminator-mapping-changed", `The discriminator value ${show(key)} now maps to ${show(mappingAfter[key])}.`, at, field);
    }
    for (const key of Object.keys(mappingAfter)) {
      if (!Object.hasOwn(mappingBefore, key))
        this.note("discriminator-mapping-added", `The discriminator value ${show(key)} was added to the mapping.`, at, field);
    }
  }
}

/** Compares two schemas (inline or `$ref`, cycles allowed) as seen from one side of the exchange. */
export function diffSchemas(ctx: SchemaDiffContext, base: unknown, revision: unknown): SchemaChange[] {
  const comparison = new SchemaComparison(ctx);
  comparison.compare(base, revision, "", "");
  return comparison.changes;
}
