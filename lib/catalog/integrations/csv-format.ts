import { unguardFormula } from "@/lib/catalog/csv";
import { formatLinksCell, parseLinksCell } from "@/lib/catalog/links/links-text";
import { EXTERNAL_REF_FIELDS } from "@/lib/catalog/links/schemas";
import { OWNER_ROLES, type IntegrationRecord } from "@/lib/catalog/integrations/schemas";

/**
 * The integration inventory as a spreadsheet: one row per integration, references by slug and e-mail, lists
 * separated by semicolons. Export and import use the same columns, so an exported file imports back unchanged.
 * `completeness` is exported for reading and ignored on import.
 */
export const INTEGRATION_CSV_COLUMNS = [
  "key",
  "name",
  "description",
  "sourceSystem",
  "targetSystem",
  "ownerTeam",
  "direction",
  "mechanism",
  "pattern",
  "frequency",
  "dataObjects",
  "fieldsExchanged",
  "format",
  "volumePerDay",
  "dataClassification",
  "containsPersonalData",
  "permittedUses",
  "criticality",
  "businessValue",
  "complexity",
  "lifecycle",
  "healthStatus",
  "monitoring",
  "monitoringNotes",
  "expectedLatencySeconds",
  ...OWNER_ROLES,
  "escalationPath",
  "capabilities",
  "links",
  ...EXTERNAL_REF_FIELDS,
  "completeness",
] as const;

export type IntegrationCsvColumn = (typeof INTEGRATION_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: IntegrationCsvColumn[] = ["name", "sourceSystem", "targetSystem", "ownerTeam", "direction", "mechanism", "pattern", "frequency"];

const list = (values: readonly string[]) => values.join("; ");
const splitList = (value: string) =>
  value
    .split(";")
    .map((v) => v.trim())
    .filter(Boolean);

export function integrationToCsvRow(i: IntegrationRecord): string[] {
  const owner = new Map(i.owners.map((o) => [o.role, o.user.email]));
  const cells: Record<IntegrationCsvColumn, string> = {
    key: i.key,
    name: i.name,
    description: i.description ?? "",
    sourceSystem: i.sourceSystem.slug,
    targetSystem: i.targetSystem.slug,
    ownerTeam: i.ownerTeam?.slug ?? "",
    direction: i.direction,
    mechanism: i.mechanism,
    pattern: i.pattern,
    frequency: i.frequency,
    dataObjects: list(i.dataObjects),
    fieldsExchanged: list(i.fieldsExchanged),
    format: i.format ?? "",
    volumePerDay: i.volumePerDay?.toString() ?? "",
    dataClassification: i.dataClassification,
    containsPersonalData: i.containsPersonalData ? "yes" : "no",
    permittedUses: list(i.permittedUses),
    criticality: i.criticality,
    businessValue: i.businessValue?.toString() ?? "",
    complexity: i.complexity?.toString() ?? "",
    lifecycle: i.lifecycle,
    healthStatus: i.healthStatus,
    monitoring: i.monitoring,
    monitoringNotes: i.monitoringNotes ?? "",
    expectedLatencySeconds: i.expectedLatencySeconds?.toString() ?? "",
    source_owner: owner.get("source_owner") ?? "",
    target_owner: owner.get("target_owner") ?? "",
    technical_owner: owner.get("technical_owner") ?? "",
    data_owner: owner.get("data_owner") ?? "",
    escalationPath: list(i.escalationPath.map((s) => s.user?.email ?? s.contact ?? "")),
    capabilities: list(i.capabilities.map((c) => c.slug)),
    links: formatLinksCell(i.links),
    backstageRef: i.backstageRef ?? "",
    serviceNowId: i.serviceNowId ?? "",
    leanIxId: i.leanIxId ?? "",
    completeness: String(i.completeness.score),
  };
  return INTEGRATION_CSV_COLUMNS.map((column) => cells[column]);
}

export type CsvHeaderProblem = { missing: string[]; unknown: string[] };

/** Which required columns a header lacks and which columns nobody knows (both are errors: a typo would lose data). */
export function checkCsvHeader(header: readonly string[]): CsvHeaderProblem | null {
  const known = new Set<string>(INTEGRATION_CSV_COLUMNS);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !known.has(h));
  return missing.length || unknown.length ? { missing, unknown } : null;
}

const numberCell = (value: string) => (value.trim() === "" ? null : /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);
const booleanCell = (value: string) => {
  const v = value.trim().toLowerCase();
  if (v === "" || v === "no" || v === "false" || v === "0") return false;
  if (v === "yes" || v === "true" || v === "1") return true;
  return value;
};

/**
 * One CSV row as the input the schema parses. Cells are turned into the JSON types the API takes; a cell that
 * cannot be (e.g. "lots" as a number) is passed through so that the schema names it.
 */
export function csvRowToInput(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const cell = (column: IntegrationCsvColumn) => {
    const index = header.indexOf(column);
    // Undo the export's guard against spreadsheet formulas ('=SUM… was written for =SUM…).
    return index === -1 ? "" : unguardFormula((cells[index] ?? "").trim());
  };
  const has = (column: IntegrationCsvColumn) => header.includes(column);
  const input: Record<string, unknown> = {};
  for (const column of [
    "key",
    "name",
    "description",
    "sourceSystem",
    "targetSystem",
    "direction",
    "mechanism",
    "pattern",
    "frequency",
    "format",
    "dataClassification",
    "criticality",
    "lifecycle",
    "healthStatus",
    "monitoring",
    "monitoringNotes",
  ] as const) {
    if (has(column) && cell(column) !== "") input[column] = cell(column);
  }
  // The export writes an empty cell for an integration no team owns: it reads back as "no owner team".
  if (has("ownerTeam")) input.ownerTeam = cell("ownerTeam") === "" ? null : cell("ownerTeam");
  for (const column of ["dataObjects", "fieldsExchanged", "permittedUses", "capabilities"] as const) if (has(column)) input[column] = splitList(cell(column));
  for (const column of ["volumePerDay", "businessValue", "complexity", "expectedLatencySeconds"] as const)
    if (has(column)) input[column] = numberCell(cell(column));
  if (has("containsPersonalData")) input.containsPersonalData = booleanCell(cell("containsPersonalData"));
  if (OWNER_ROLES.some((role) => has(role)))
    input.owners = Object.fromEntries(OWNER_ROLES.filter((role) => has(role)).map((role) => [role, cell(role) || null]));
  if (has("links")) input.links = parseLinksCell(cell("links"));
  for (const column of EXTERNAL_REF_FIELDS) if (has(column)) input[column] = cell(column) || null;
  if (has("escalationPath"))
    input.escalationPath = splitList(cell("escalationPath")).map((step) => (step.includes("@") && !/\s/.test(step) ? { user: step } : { contact: step }));
  return input;
}
