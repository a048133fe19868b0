import type * as Enums from "@/lib/generated/prisma/enums";

/**
 * The one label table: every stored enum value as people read it. Pages, forms, filters and badges show these,
 * never the raw value ("tier3", "crm", "api_led_experience"). Each table is a Record over the generated enum, so a
 * value added to the schema without a label does not compile.
 */
type Labels<T> = Readonly<Record<Extract<T[keyof T], string>, string>>;

export const ENUM_LABELS = {
  Role: { viewer: "Viewer", owner: "Owner", reviewer: "Reviewer", admin: "Admin" },
  SystemKind: {
    crm: "CRM",
    erp: "ERP",
    pim: "PIM (product information)",
    billing: "Billing",
    ecommerce: "E-commerce",
    marketplace: "Marketplace",
    support: "Customer support",
    data_warehouse: "Data warehouse",
    bi: "BI and reporting",
    feature_store: "Feature store",
    ai_model: "AI model",
    workflow: "Workflow",
    external_data_source: "External data source",
    ipaas: "iPaaS",
    other: "Other",
  },
  Criticality: { tier1: "Tier 1 (most critical)", tier2: "Tier 2", tier3: "Tier 3", tier4: "Tier 4 (least critical)" },
  Lifecycle: { planned: "Planned", active: "Active", deprecated: "Deprecated", retired: "Retired" },
  IntegrationDirection: { one_way: "One way", bidirectional: "Both ways", publish_subscribe: "Publish and subscribe" },
  IntegrationMechanism: {
    api_call: "API call",
    event_message: "Event or message",
    file_transfer: "File transfer",
    database_to_database: "Database to database",
    ipaas_flow: "iPaaS flow",
    manual: "Manual",
    email: "E-mail",
  },
  IntegrationPattern: {
    point_to_point: "Point to point",
    hub_and_spoke: "Hub and spoke",
    event_driven: "Event-driven",
    api_led_system: "API-led: system layer",
    api_led_process: "API-led: process layer",
    api_led_experience: "API-led: experience layer",
  },
  Frequency: { real_time: "Real time", near_real_time: "Near real time", hourly: "Hourly", daily: "Daily", weekly: "Weekly", ad_hoc: "Ad hoc" },
  DataClassification: { public: "Public", internal: "Internal", confidential: "Confidential", restricted: "Restricted" },
  PermittedUse: {
    analytics: "Analytics",
    ai_training: "AI training",
    operational_workflow: "Operational workflow",
    external_reporting: "External reporting",
    customer_facing_automation: "Customer-facing automation",
  },
  ApprovalState: { draft: "Draft", pending_approval: "Waiting for approval", approved: "Approved", rejected: "Rejected" },
  HealthStatus: {
    healthy: "Healthy",
    fragile: "Fragile",
    degraded: "Degraded",
    failing: "Failing",
    unknown: "Unknown",
    stale: "Stale",
    unmonitored: "Unmonitored",
  },
  MonitoringMethod: {
    none: "None",
    synthetic_check: "Synthetic check",
    log_alerts: "Log alerts",
    apm_tracing: "APM tracing",
    ipaas_console: "iPaaS console",
    data_quality_checks: "Data quality checks",
    manual_review: "Manual review",
  },
  OwnerRole: { source_owner: "Source owner", target_owner: "Target owner", technical_owner: "Technical owner", data_owner: "Data owner" },
  ValidationRuleKind: {
    required_field: "Required field",
    uniqueness: "Uniqueness",
    format: "Format",
    reference: "Reference",
    blocked_publication: "Blocked publication",
    channel_requirement: "Channel requirement",
    range: "Range",
  },
  ExceptionType: {
    missing_required_field: "Missing required field",
    duplicate_event: "Duplicate event",
    reference_mismatch: "Reference mismatch",
    unauthorized: "Unauthorized",
    schema_violation: "Schema violation",
    unclassified: "Unclassified",
  },
  ExceptionAction: {
    quarantine: "Quarantine",
    deduplicate: "Deduplicate",
    manual_review: "Manual review",
    access_review: "Access review",
    escalate_to_producer: "Escalate to the producer",
    error_queue: "Error queue",
  },
  ContractType: { openapi: "OpenAPI", asyncapi: "AsyncAPI", json_schema: "JSON Schema", other: "Other" },
  ContractVersionStatus: { draft: "Draft", proposed: "Proposed", approved: "Approved", active: "Active", deprecated: "Deprecated", retired: "Retired" },
  ConsumerKind: { system: "System", dashboard: "Dashboard", report: "Report", ai_model: "AI model", workflow: "Workflow" },
  AssessmentScope: { team: "Team", organisation: "Organisation" },
  ChangeRequestStatus: {
    draft: "Draft",
    in_review: "In review",
    changes_requested: "Changes requested",
    approved: "Approved",
    rejected: "Rejected",
    withdrawn: "Withdrawn",
    published: "Published",
  },
  ApprovalKind: { reviewer: "Reviewer", data_owner: "Data owner", consumer_acknowledgement: "Consumer acknowledgement", admin_exception: "Admin exception" },
  ApprovalDecision: { approved: "Approved", changes_requested: "Changes requested", rejected: "Rejected", acknowledged: "Acknowledged" },
  DeprecationTargetKind: { contract_version: "Contract version", integration: "Integration" },
  DeprecationStatus: { announced: "Announced", retired: "Retired", cancelled: "Cancelled" },
  MigrationStatus: { notified: "Notified", acknowledged: "Acknowledged", migrating: "Migrating", migrated: "Migrated", blocked: "Blocked" },
  JobStatus: { pending: "Pending", running: "Running", succeeded: "Succeeded", dead: "Failed for good" },
  WebhookDeliveryStatus: { pending: "Pending", delivered: "Delivered", failed: "Failed" },
  DecisionOutcome: {
    deliver: "Delivered",
    quarantine: "Quarantine",
    duplicate: "Duplicate",
    manual_review: "Manual review",
    access_review: "Access review",
    escalate: "Escalated",
    reject: "Rejected",
  },
  SignalResolution: { minute: "Per minute", hour: "Per hour", day: "Per day" },
  IncidentCause: {
    volume_drop: "Volume dropped",
    error_spike: "Errors spiked",
    freshness_breach: "Data went stale",
    dead_letter_growth: "Dead letters piling up",
  },
} as const satisfies { [K in keyof typeof Enums]: Labels<(typeof Enums)[K]> };

type EnumName = keyof typeof ENUM_LABELS;

/** The label of a value of one enum; an unknown value (an old row, a newer server) reads as itself, spaced. */
export function labelOf(name: EnumName, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const labels: Readonly<Record<string, string>> = ENUM_LABELS[name];
  return labels[value] ?? spaced(value);
}

// Every enum gives a value the same label wherever it appears ("approved", "ai_model"), so one map serves pages
// that show a value without knowing its enum.
const BY_VALUE = new Map<string, string>(Object.values(ENUM_LABELS).flatMap((labels) => Object.entries(labels)));

/** The label of a stored value of any enum, for code that holds only the value. */
export function labelOfValue(value: string): string {
  return BY_VALUE.get(value) ?? spaced(value);
}

function spaced(value: string): string {
  const words = value.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
