import { OWNER_ROLES } from "@/lib/catalog/integrations/schemas";
import { readLinkFields } from "@/lib/catalog/links/form-input";

/** The API's limits on the editable lists; the form never offers more rows than the server accepts. */
export const MAX_ESCALATION_STEPS = 10;
export const MAX_VALIDATION_RULES = 50;

/** The lists whose rows the form can add, remove (and for the escalation path, reorder). */
const ROW_LISTS = {
  escalationPath: ["user", "contact"],
  validationRules: ["kind", "field", "description"],
  exceptionRoutes: ["errorType", "action", "handler"],
} as const;
type RowList = keyof typeof ROW_LISTS;

/**
 * For each list, the form row each kept input row came from: blank rows are dropped before validation, so
 * `escalationPath.1` in an error may be the form's third row.
 */
export type RowOrigins = Record<RowList, number[]>;

const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
const optionalNumber = (data: FormData, name: string) => {
  const value = text(data, name);
  return value === "" ? null : Number(value);
};
const tokens = (data: FormData, name: string) =>
  text(data, name)
    .split(/[\n,]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** The rows of one list, by the indexes in their field names (`validationRules.3.kind`), in form order, blanks left out. */
function readRows<L extends RowList>(data: FormData, list: L): { rows: Record<(typeof ROW_LISTS)[L][number], string | null>[]; origins: number[] } {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.`);
  for (const name of data.keys()) {
    const match = pattern.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  const rows: Record<string, string | null>[] = [];
  const origins: number[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const row = Object.fromEntries(ROW_LISTS[list].map((field) => [field, text(data, `${list}.${index}.${field}`) || null]));
    if (Object.values(row).every((value) => value === null)) continue;
    rows.push(row);
    origins.push(index);
  }
  return { rows: rows as Record<(typeof ROW_LISTS)[L][number], string | null>[], origins };
}

/**
 * Reads the integration form into the shape the server's schema parses, so the same schema checks it on both
 * sides. `isNew` forms may name a key; edits never change it.
 */
export function readIntegrationForm(data: FormData, isNew: boolean): { input: Record<string, unknown>; origins: RowOrigins } {
  const owners = Object.fromEntries(OWNER_ROLES.map((role) => [role, text(data, `owners.${role}`) || null]));
  const escalation = readRows(data, "escalationPath");
  const rules = readRows(data, "validationRules");
  const routes = readRows(data, "exceptionRoutes");
  const input = {
    ...(isNew && text(data, "key") ? { key: text(data, "key") } : {}),
    name: text(data, "name"),
    description: text(data, "description") || null,
    sourceSystem: text(data, "sourceSystem"),
    targetSystem: text(data, "targetSystem"),
    ownerTeam: text(data, "ownerTeam"),
    direction: text(data, "direction"),
    mechanism: text(data, "mechanism"),
    pattern: text(data, "pattern"),
    frequency: text(data, "frequency"),
    dataObjects: tokens(data, "dataObjects"),
    fieldsExchanged: tokens(data, "fieldsExchanged"),
    format: text(data, "format") || null,
    volumePerDay: optionalNumber(data, "volumePerDay"),
    dataClassification: text(data, "dataClassification"),
    containsPersonalData: data.get("containsPersonalData") === "on",
    keepFailingSamples: data.get("keepFailingSamples") === "on",
    permittedUses: data.getAll("permittedUses").map(String),
    criticality: text(data, "criticality"),
    businessValue: optionalNumber(data, "businessValue"),
    complexity: optionalNumber(data, "complexity"),
    lifecycle: text(data, "lifecycle"),
    approvalState: text(data, "approvalState"),
    monitoring: text(data, "monitoring"),
    monitoringNotes: text(data, "monitoringNotes") || null,
    expectedLatencySeconds: optionalNumber(data, "expectedLatencySeconds"),
    objectiveErrorRatePercent: optionalNumber(data, "objectiveErrorRatePercent"),
    objectiveLatencyMs: optionalNumber(data, "objectiveLatencyMs"),
    objectiveFreshnessHours: optionalNumber(data, "objectiveFreshnessHours"),
    owners,
    escalationPath: escalation.rows,
    capabilities: data.getAll("capabilities").map(String),
    validationRules: rules.rows,
    exceptionRoutes: routes.rows,
    ...readLinkFields(data),
  };
  return { input, origins: { escalationPath: escalation.origins, validationRules: rules.origins, exceptionRoutes: routes.origins } };
}

/** Moves errors about kept rows (`exceptionRoutes.0.action`) onto the form rows they came from. */
export function errorsOnFormRows(errors: Record<string, string>, origins: RowOrigins): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const [list, index, ...rest] = path.split(".");
      const origin = origins[list as RowList]?.[Number(index)];
      return [origin === undefined ? path : [list, origin, ...rest].join("."), message];
    }),
  );
}
