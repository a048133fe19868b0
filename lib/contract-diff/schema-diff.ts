import { escapePointerSegment } from "./json-pointer";
import { isObject, type JsonObject, type RefResolver } from "./ref-resolver";
import type { ChangeSeverity, DataSide } from "./types";

/** Stands for the full dotted field path in messages: memoised changes are computed relative to a component. */
export const FIELD_TOKEN = "{field}";

/** A change found inside a schema, located relative to that schema's root. */
export interface SchemaChange {
  severity: ChangeSeverity;
  kind: string;
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

// Widening lets more values through, narrowing fewer. A reader breaks when the writer widens (it meets values it
// never had to handle); a writer breaks when the reader narrows (values it sends are now rejected).
type Effect = "widening" | "narrowing" | "incompatible";

function severityOf(side: DataSide, effect: Effect): ChangeSeverity {
  if (effect === "incompatible") return "breaking";
  if (effect === "narrowing") return side === "request" ? "breaking" : "non-breaking";
  return side === "response" ? "breaking" : "non-breaking";
}

const RANGE_KEYWORDS: ReadonlyArray<{ keyword: string; bound: "lower" | "upper"; label: string }> = [
  { keyword: "minimum", bound: "lower", label: "minimum" },
  { keyword: "exclusiveMinimum", bound: "lower", label: "exclusive minimum" },
  { keyword: "minLength", bound: "lower", label: "minimum length" },
  { keyword: "minItems", bound: "lower", label: "minimum item count" },
  { keyword: "minProperties", bound: "lower", label: "minimum property count" },
  { keyword: "maximum", bound: "upper", label: "maximum" },
  { keyword: "exclusiveMaximum", bound: "upper", label: "exclusive maximum" },
  { keyword: "maxLength", bound: "upper", label: "maximum length" },
  { keyword: "maxItems", bound: "upper", label: "maximum item count" },
  { keyword: "maxProperties", bound: "upper", label: "maximum property count" },
];

const COMPOSITIONS = ["allOf", "oneOf", "anyOf"] as const;

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

function enumValues(schema: JsonObject): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map(show);
  if ("const" in schema) return [show(schema.const)];
  return undefined;
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

class SchemaComparison {
  readonly changes: SchemaChange[] = [];

  constructor(private readonly ctx: SchemaDiffContext) {}

  private add(severity: ChangeSeverity, kind: string, message: string, pointer: string, field: string): void {
    this.changes.push({ severity, kind, message, pointer, field });
  }

  private judge(effect: Effect, kind: string, message: string, pointer: string, field: string): void {
    this.add(severityOf(this.ctx.side, effect), `${this.ctx.side}-${kind}`, message, pointer, field);
  }

  compare(baseValue: unknown, revisionValue: unknown, pointer: string, field: string): void {
    const base = this.ctx.base.resolve(baseValue);
    const revision = this.ctx.revision.resolve(revisionValue);
    if (base.unresolvedRef || revision.unresolvedRef) {
      if (base.unresolvedRef !== revision.unresolvedRef) {
        this.judge("incompatible", "schema-reference-changed", `The external schema reference changed from ${show(base.unresolvedRef ?? null)} to ${show(revision.unresolvedRef ?? null)}.`, pointer, field);
      }
      return;
    }
    if (!base.node || !revision.node) {
      // No schema says nothing about the value: adding one restricts it, dropping one lets anything through.
      if (revision.node) this.judge("narrowing", "schema-added", "A schema now constrains the value.", pointer, field);
      else if (base.node) this.judge("widening", "schema-removed", "The value is no longer described by a schema.", pointer, field);
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
    this.compareRanges(base, revision, pointer, field);
    this.comparePattern(base, revision, pointer, field);
    this.compareFlags(base, revision, pointer, field);
    this.compareProperties(base, revision, pointer, field);
    this.compareAdditionalProperties(base, revision, pointer, field);
    if (base.items !== undefined || revision.items !== undefined) this.compare(base.items, revision.items, `${pointer}/items`, field);
    for (const keyword of COMPOSITIONS) this.compareComposition(keyword, base, revision, pointer, field);
  }

  /** Returns false when the types are incompatible, since every finer comparison would then be noise. */
  private compareTypes(base: JsonObject, revision: JsonObject, pointer: string, field: string): boolean {
    const before = typesOf(base);
    const after = typesOf(revision);
    if (before.nullable !== after.nullable) {
      if (after.nullable) this.judge("widening", "became-nullable", "The value may now be null.", pointer, field);
      else this.judge("narrowing", "became-not-nullable", "The value may no longer be null.", pointer, field);
    }
    if (!before.types && !after.types) return true;
    if (!before.types || !after.types) {
      if (after.types) this.judge("narrowing", "type-added", `The value is now restricted to type ${[...after.types].join(" or ")}.`, pointer, field);
      else this.judge("widening", "type-removed", `The value is no longer restricted to type ${[...before.types!].join(" or ")}.`, pointer, field);
      return true;
    }
    const beforeTypes = before.types;
    const afterTypes = after.types;
    const widened = [...beforeTypes].every((t) => covers(afterTypes, t));
    const narrowed = [...afterTypes].every((t) => covers(beforeTypes, t));
    if (widened && narrowed) return true;
    const message = `The type changed from ${[...beforeTypes].join(" or ")} to ${[...afterTypes].join(" or ")}.`;
    if (widened) this.judge("widening", "type-widened", message, pointer, field);
    else if (narrowed) this.judge("narrowing", "type-narrowed", message, pointer, field);
    else {
      this.judge("incompatible", "type-changed", message, pointer, field);
      return false;
    }
    return true;
  }

  private compareFormat(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = typeof base.format === "string" ? base.format : undefined;
    const after = typeof revision.format === "string" ? revision.format : undefined;
    if (before === after) return;
    if (!before) this.judge("narrowing", "format-added", `The format ${show(after)} was added.`, pointer, field);
    else if (!after) this.judge("widening", "format-removed", `The format ${show(before)} was removed.`, pointer, field);
    else this.judge("incompatible", "format-changed", `The format changed from ${show(before)} to ${show(after)}.`, pointer, field);
  }

  private compareEnum(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = enumValues(base);
    const after = enumValues(revision);
    if (!before && !after) return;
    if (!before) {
      this.judge("narrowing", "enum-added", `The value is now limited to ${after!.join(", ")}.`, pointer, field);
      return;
    }
    if (!after) {
      this.judge("widening", "enum-removed", `The value is no longer limited to ${before.join(", ")}.`, pointer, field);
      return;
    }
    const afterSet = new Set(after);
    const beforeSet = new Set(before);
    for (const value of before) {
      if (!afterSet.has(value)) this.judge("narrowing", "enum-value-removed", `The enum value ${value} was removed.`, pointer, field);
    }
    for (const value of after) {
      if (!beforeSet.has(value)) this.judge("widening", "enum-value-added", `The enum value ${value} was added.`, pointer, field);
    }
  }

  private compareRanges(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    for (const { keyword, bound, label } of RANGE_KEYWORDS) {
      const before = base[keyword];
      const after = revision[keyword];
      if (before === after) continue;
      const kind = kebab(keyword);
      // OpenAPI 3.0 spells exclusive bounds as booleans next to minimum/maximum: true is the stricter one.
      if (typeof before === "boolean" || typeof after === "boolean") {
        if (after === true) this.judge("narrowing", `${kind}-set`, `The ${label.replace("exclusive ", "")} is now exclusive.`, pointer, field);
        else if (before === true) this.judge("widening", `${kind}-unset`, `The ${label.replace("exclusive ", "")} is no longer exclusive.`, pointer, field);
        continue;
      }
      const b = typeof before === "number" ? before : undefined;
      const a = typeof after === "number" ? after : undefined;
      if (b === undefined && a === undefined) continue;
      if (b === undefined) this.judge("narrowing", `${kind}-set`, `A ${label} of ${a} was set.`, pointer, field);
      else if (a === undefined) this.judge("widening", `${kind}-removed`, `The ${label} of ${b} was removed.`, pointer, field);
      else {
        const tighter = bound === "lower" ? a > b : a < b;
        const message = `The ${label} changed from ${b} to ${a}.`;
        if (tighter) this.judge("narrowing", `${kind}-${bound === "lower" ? "increased" : "decreased"}`, message, pointer, field);
        else this.judge("widening", `${kind}-${bound === "lower" ? "decreased" : "increased"}`, message, pointer, field);
      }
    }
    if (base.multipleOf !== revision.multipleOf) {
      const b = typeof base.multipleOf === "number" ? base.multipleOf : undefined;
      const a = typeof revision.multipleOf === "number" ? revision.multipleOf : undefined;
      if (b === undefined && a !== undefined) this.judge("narrowing", "multiple-of-set", `Values must now be a multiple of ${a}.`, pointer, field);
      else if (a === undefined && b !== undefined) this.judge("widening", "multiple-of-removed", `Values no longer need to be a multiple of ${b}.`, pointer, field);
      else if (a !== undefined && b !== undefined) {
        const effect: Effect = a % b === 0 ? "narrowing" : b % a === 0 ? "widening" : "incompatible";
        this.judge(effect, "multiple-of-changed", `The multiple changed from ${b} to ${a}.`, pointer, field);
      }
    }
  }

  private comparePattern(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = typeof base.pattern === "string" ? base.pattern : undefined;
    const after = typeof revision.pattern === "string" ? revision.pattern : undefined;
    if (before === after) return;
    if (!before) this.judge("narrowing", "pattern-added", `Values must now match ${show(after)}.`, pointer, field);
    else if (!after) this.judge("widening", "pattern-removed", `Values no longer need to match ${show(before)}.`, pointer, field);
    else this.judge("incompatible", "pattern-changed", `The pattern changed from ${show(before)} to ${show(after)}.`, pointer, field);
  }

  private compareFlags(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    if (base.uniqueItems !== true && revision.uniqueItems === true) this.judge("narrowing", "unique-items-set", "Items must now be unique.", pointer, field);
    if (base.uniqueItems === true && revision.uniqueItems !== true) this.judge("widening", "unique-items-removed", "Items no longer need to be unique.", pointer, field);
    if (base.deprecated !== true && revision.deprecated === true) {
      this.add("informational", `${this.ctx.side}-schema-deprecated`, "The value was marked deprecated.", pointer, field);
    }
    if (show(base.default) !== show(revision.default)) {
      this.add("informational", `${this.ctx.side}-default-changed`, `The default changed from ${show(base.default ?? null)} to ${show(revision.default ?? null)}.`, pointer, field);
    }
  }

  /** A property the other side never sees (readOnly in a request, writeOnly in a response) cannot break it. */
  private invisible(property: unknown, resolver: RefResolver): boolean {
    const schema = resolver.resolve(property).node;
    if (!schema) return false;
    return this.ctx.side === "request" ? schema.readOnly === true : schema.writeOnly === true;
  }

  private compareProperties(base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = propertiesOf(base);
    const after = propertiesOf(revision);
    const requiredBefore = requiredOf(base);
    const requiredAfter = requiredOf(revision);
    const request = this.ctx.side === "request";
    for (const name of Object.keys(before)) {
      const at = `${pointer}/properties/${escapePointerSegment(name)}`;
      const path = field ? `${field}.${name}` : name;
      if (!Object.hasOwn(after, name)) {
        if (this.invisible(before[name], this.ctx.base)) continue;
        this.add("breaking", `${this.ctx.side}-property-removed`, request
          ? `The request property "${FIELD_TOKEN}" was removed: the provider no longer reads what callers send.`
          : `The response property "${FIELD_TOKEN}" was removed.`, at, path);
        continue;
      }
      if (this.invisible(before[name], this.ctx.base) && this.invisible(after[name], this.ctx.revision)) continue;
      const wasRequired = requiredBefore.has(name);
      const isRequired = requiredAfter.has(name);
      if (!wasRequired && isRequired) {
        this.add(request ? "breaking" : "non-breaking", `${this.ctx.side}-property-became-required`, `The property "${FIELD_TOKEN}" became required.`, at, path);
      } else if (wasRequired && !isRequired) {
        this.add(request ? "non-breaking" : "breaking", `${this.ctx.side}-property-became-optional`, request
          ? `The property "${FIELD_TOKEN}" became optional.`
          : `The property "${FIELD_TOKEN}" became optional: readers may no longer receive it.`, at, path);
      }
      this.compare(before[name], after[name], at, path);
    }
    for (const name of Object.keys(after)) {
      if (Object.hasOwn(before, name) || this.invisible(after[name], this.ctx.revision)) continue;
      const at = `${pointer}/properties/${escapePointerSegment(name)}`;
      const path = field ? `${field}.${name}` : name;
      if (requiredAfter.has(name)) {
        this.add(request ? "breaking" : "non-breaking", `${this.ctx.side}-required-property-added`, request
          ? `A new required request property "${FIELD_TOKEN}" was added: existing callers do not send it.`
          : `A new required response property "${FIELD_TOKEN}" was added.`, at, path);
      } else {
        this.add("non-breaking", `${this.ctx.side}-optional-property-added`, `A new optional property "${FIELD_TOKEN}" was added.`, at, path);
      }
    }
    // `required` may name properties declared elsewhere (e.g. by an allOf sibling): judge those too.
    for (const name of requiredAfter) {
      if (Object.hasOwn(after, name) || Object.hasOwn(before, name) || requiredBefore.has(name)) continue;
      this.add(request ? "breaking" : "non-breaking", `${this.ctx.side}-property-became-required`, `The property "${FIELD_TOKEN}" became required.`, `${pointer}/required`, (field ? `${field}.${name}` : name));
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
    if (!closedBefore && closedAfter) this.judge("narrowing", "additional-properties-forbidden", "Properties that are not declared are no longer allowed.", `${pointer}/additionalProperties`, field);
    if (closedBefore && !closedAfter) this.judge("widening", "additional-properties-allowed", "Properties that are not declared are now allowed.", `${pointer}/additionalProperties`, field);
  }

  private compareComposition(keyword: (typeof COMPOSITIONS)[number], base: JsonObject, revision: JsonObject, pointer: string, field: string): void {
    const before = Array.isArray(base[keyword]) ? (base[keyword] as unknown[]) : [];
    const after = Array.isArray(revision[keyword]) ? (revision[keyword] as unknown[]) : [];
    if (before.length === 0 && after.length === 0) return;
    // allOf adds constraints (more members = fewer valid values); oneOf/anyOf add alternatives.
    const addEffect: Effect = keyword === "allOf" ? "narrowing" : "widening";
    const removeEffect: Effect = keyword === "allOf" ? "widening" : "narrowing";
    const pairs = matchBranches(before, after);
    before.forEach((branch, index) => {
      const match = pairs.get(index);
      if (match === undefined) {
        this.judge(removeEffect, `${kebab(keyword)}-member-removed`, `The ${keyword} member ${describeBranch(branch, index)} was removed.`, `${pointer}/${keyword}/${index}`, field);
        return;
      }
      this.compare(branch, after[match], `${pointer}/${keyword}/${match}`, field);
    });
    const matched = new Set(pairs.values());
    after.forEach((branch, index) => {
      if (matched.has(index)) return;
      this.judge(addEffect, `${kebab(keyword)}-member-added`, `The ${keyword} member ${describeBranch(branch, index)} was added.`, `${pointer}/${keyword}/${index}`, field);
    });
  }
}

/** Compares two schemas (inline or `$ref`, cycles allowed) as seen from one side of the exchange. */
export function diffSchemas(ctx: SchemaDiffContext, base: unknown, revision: unknown): SchemaChange[] {
  const comparison = new SchemaComparison(ctx);
  comparison.compare(base, revision, "", "");
  return comparison.changes;
}
