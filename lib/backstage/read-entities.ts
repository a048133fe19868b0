import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  type Entity,
} from "@backstage/catalog-model";
import { parseAllDocuments } from "yaml";
import { TargetRefused, type EntityFileReader } from "@/lib/backstage/entity-files";

/** Where an entity was read: the file (relative to the location, or the uploaded file's name) and its document (1-based). */
export interface EntitySource {
  file: string;
  document: number;
}

export interface SourcedEntity {
  entity: Entity;
  /** kind:namespace/name in lower case, as Backstage compares references. */
  ref: string;
  source: EntitySource;
}

/** A document that is not an importable entity; `ref` when the document got as far as naming one. */
export interface EntityProblem {
  source: EntitySource;
  ref?: string;
  kind?: string;
  detail: string;
  /** A kind the portal does not import (Template, …): reported, never an error, so real catalogs import. */
  skipped?: boolean;
}

export const IMPORTED_KINDS = ["component", "api", "system", "resource", "group", "user", "domain", "location"] as const;
export const MAX_ENTITIES = 20_000;
/** Location entities may point at more Locations; this bounds the files one import reads. */
const MAX_FILES = 5_000;

const validators = {
  component: componentEntityV1alpha1Validator,
  api: apiEntityV1alpha1Validator,
  system: systemEntityV1alpha1Validator,
  resource: resourceEntityV1alpha1Validator,
  group: groupEntityV1alpha1Validator,
  user: userEntityV1alpha1Validator,
  domain: domainEntityV1alpha1Validator,
  location: locationEntityV1alpha1Validator,
} as const;

// The checks Backstage's own catalog applies to every entity before its kind's schema: envelope, name formats.
const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const PLACEHOLDERS = new Set(["$text", "$json", "$yaml", "$openapi", "$asyncapi"]);

export interface ReadResult {
  entities: SourcedEntity[];
  problems: EntityProblem[];
}

/**
 * Reads Backstage catalog files: multi-document YAML, validated with `@backstage/catalog-model`'s own policies
 * and kind validators. Location entities are followed and `$text`/`$json`/`$yaml`/`$openapi`/`$asyncapi`
 * placeholders resolved, both relative to the file that names them and only through `reader` (no reader, as for an
 * uploaded file: each such entity is a problem). Kinds the portal does not import (Template, …) are problems too,
 * so that the report accounts for every document.
 */
export async function readEntities(text: string, file: string, reader: EntityFileReader | null): Promise<ReadResult> {
  const result: ReadResult = { entities: [], problems: [] };
  const queue: { file: string; text: string | null }[] = [{ file, text }];
  const seenFiles = new Set([file]);
  while (queue.length) {
    const next = queue.shift()!;
    let content = next.text;
    if (content === null) {
      try {
        content = await reader!.read(next.file);
      } catch (error) {
        result.problems.push({ source: { file: next.file, document: 0 }, detail: `The file could not be read: ${readFailure(error)}` });
        continue;
      }
    }
    for (const { entity, source, targets } of await readFile(content, next.file, reader, result.problems)) {
      if (targets) {
        for (const target of targets) {
          if (seenFiles.has(target)) continue;
          if (seenFiles.size >= MAX_FILES) {
            result.problems.push({ source, detail: `More than ${MAX_FILES} files: the rest are not read.` });
            break;
          }
          seenFiles.add(target);
          queue.push({ file: target, text: null });
        }
      } else {
        result.entities.push({ entity, source, ref: stringifyEntityRef(entity).toLowerCase() });
      }
      if (result.entities.length > MAX_ENTITIES) {
        result.problems.push({ source, detail: `More than ${MAX_ENTITIES} entities: split the catalog.` });
        return result;
      }
    }
  }
  return result;
}

function readFailure(error: unknown): string {
  if (error instanceof TargetRefused) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file." : code === "EISDIR" ? "it is a directory." : "it is not readable.";
}

async function readFile(
  text: string,
  file: string,
  reader: EntityFileReader | null,
  problems: EntityProblem[],
): Promise<{ entity: Entity; source: EntitySource; targets?: string[] }[]> {
  const read: { entity: Entity; source: EntitySource; targets?: string[] }[] = [];
  const documents = parseAllDocuments(text);
  const list = Array.isArray(documents) ? documents : [];
  for (const [index, document] of list.entries()) {
    const source = { file, document: index + 1 };
    if (document.errors.length) {
      problems.push({ source, detail: `Not valid YAML: ${document.errors[0].message.split("\n")[0]}` });
      continue;
    }
    // Aliases are bounded: a "billion laughs" document would otherwise expand without limit.
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    // An empty document (a trailing `---`) is no entity and no problem.
    if (value === null || value === undefined) continue;
    const checked = await checkEntity(value, file, reader);
    if ("detail" in checked) {
      problems.push({ source, ...checked });
      continue;
    }
    read.push({ source, ...checked });
  }
  return read;
}

async function checkEntity(
  value: unknown,
  file: string,
  reader: EntityFileReader | null,
): Promise<{ entity: Entity; targets?: string[] } | Omit<EntityProblem, "source">> {
  const named = value as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
  const kindText = typeof named?.kind === "string" ? named.kind : undefined;
  const nameText = typeof named?.metadata?.name === "string" ? named.metadata.name : undefined;
  const ref =
    kindText && nameText
      ? `${kindText}:${typeof named.metadata?.namespace === "string" ? named.metadata.namespace : "default"}/${nameText}`.toLowerCase()
      : undefined;
  let entity: Entity;
  try {
    entity = (await policy.enforce(value as Entity)) as Entity;
  } catch (error) {
    return { ref, kind: kindText, detail: (error as Error).message.replace(/ To learn more about catalog file format.*$/s, "") };
  }
  const kind = entity.kind.toLowerCase();
  if (!(IMPORTED_KINDS as readonly string[]).includes(kind)) {
    return { ref, kind: entity.kind, skipped: true, detail: `Kind ${entity.kind} is not imported: only ${IMPORTED_KINDS.join(", ")}.` };
  }
  // Placeholders first, as Backstage's processors do: the kind's schema checks the definition they produce.
  if (kind !== "location") {
    try {
      entity = (await resolvePlaceholders(entity, file, reader)) as Entity;
    } catch (error) {
      return { ref, kind: entity.kind, detail: readFailure(error) };
    }
  }
  try {
    if (!(await validators[kind as keyof typeof validators].check(entity))) {
      return { ref, kind: entity.kind, detail: `apiVersion ${entity.apiVersion} of kind ${entity.kind} is not one Backstage defines.` };
    }
  } catch (error) {
    return { ref, kind: entity.kind, detail: (error as Error).message };
  }
  if (kind !== "location") return { entity };
  const spec = entity.spec as { target?: string; targets?: string[]; type?: string };
  if (!reader) return { ref, kind: entity.kind, detail: "Location targets are followed only when importing a registered location, not an uploaded file." };
  if (spec.type && !["url", "file"].includes(spec.type))
    return { ref, kind: entity.kind, detail: `Location type ${spec.type} is not read: only url and file.` };
  try {
    return { entity, targets: [spec.target, ...(spec.targets ?? [])].filter((t): t is string => !!t).map((t) => reader.resolve(file, t)) };
  } catch (error) {
    return { ref, kind: entity.kind, detail: readFailure(error) };
  }
}

/** Replaces `{ $text: ./openapi.yaml }` (and $json, $yaml, $openapi, $asyncapi) with the file's content, as Backstage does. */
async function resolvePlaceholders(value: unknown, file: string, reader: EntityFileReader | null): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolvePlaceholders(v, file, reader)));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  if (entries.length === 1 && PLACEHOLDERS.has(entries[0][0])) {
    const [placeholder, target] = entries[0];
    if (typeof target !== "string") throw new TargetRefused(`${placeholder} needs a file path.`);
    if (!reader)
      throw new TargetRefused(
        `${placeholder}: ${target} is resolved only when importing a registered location; in an uploaded file, put the definition inline.`,
      );
    const content = await reader.read(reader.resolve(file, target));
    // $openapi and $asyncapi are kept as text: the contract stores the document as written (its external $refs are not bundled).
    if (placeholder === "$json" || placeholder === "$yaml") {
      try {
        return parseAllDocuments(content)[0]?.toJS() ?? null;
      } catch {
        throw new TargetRefused(`${target} is not valid ${placeholder.slice(1).toUpperCase()}.`);
      }
    }
    return content;
  }
  return Object.fromEntries(await Promise.all(entries.map(async ([key, v]) => [key, await resolvePlaceholders(v, file, reader)] as const)));
}
