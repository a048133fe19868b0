import { CORE_SCHEMA, Type } from "js-yaml";

/**
 * YAML 1.2 core schema integers: decimal, `0o` octal and `0x` hex. js-yaml's own `int` type also reads YAML 1.1
 * forms (`0b101`, `1_000`) as numbers; the core schema (and the `yaml` package that locates issues) reads them
 * as strings, so a value never changes type depending on which library looked at it.
 */
const coreInt = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: string | null) => data !== null && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data),
  construct: (data: string) => {
    if (data.startsWith("0o")) return parseInt(data.slice(2), 8);
    if (data.startsWith("0x")) return parseInt(data.slice(2), 16);
    return Number(data);
  },
  predicate: (value: unknown) => typeof value === "number" && Number.isInteger(value),
  represent: (value: object) => String(value),
});

/** `<<` as a merge key (the YAML 1.1 type that YAML 1.2 tools keep supporting); js-yaml's loader applies it. */
const mergeKey = new Type("tag:yaml.org,2002:merge", { kind: "scalar", resolve: (data: string | null) => data === "<<" || data === null });

/**
 * The one schema contract text is read with: YAML 1.2 core (null, booleans, core integers, floats; no
 * timestamps, so `2026-12-03` stays the string an OpenAPI `format: date` example means) plus `<<` merge keys,
 * which OpenAPI authors use with anchors to share parts of a document. `coreInt` replaces js-yaml's `int`
 * (same tag) in place.
 */
export const CONTRACT_YAML_SCHEMA = CORE_SCHEMA.extend({ implicit: [coreInt, mergeKey] });
