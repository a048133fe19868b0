import type { Prisma } from "@/lib/generated/prisma/client";
import {
  Criticality,
  DataClassification,
  Frequency,
  HealthStatus,
  IntegrationDirection,
  IntegrationMechanism,
  IntegrationPattern,
  Lifecycle,
  MonitoringMethod,
  ApprovalState,
  PermittedUse,
  ValidationRuleKind,
} from "@/lib/generated/prisma/enums";
import { STANDARD_EXCEPTION_ROUTES } from "@/lib/catalog/integrations/exception-routing";
import { nestedRows, nextSequence, type NestedRows } from "./sequence";
import { createSystem } from "./system";

export type OwnerRow = Prisma.IntegrationOwnerCreateManyIntegrationInput;
export type EscalationRow = Prisma.EscalationStepCreateManyIntegrationInput;
export type ValidationRuleRow = Prisma.ValidationRuleCreateManyIntegrationInput;
export type ExceptionRouteRow = Prisma.ExceptionRouteCreateManyIntegrationInput;

export type IntegrationInput = Prisma.IntegrationCreateManyInput & {
  owners: NestedRows<OwnerRow>;
  escalationPath: NestedRows<EscalationRow>;
  capabilities: NestedRows<Prisma.IntegrationCapabilityCreateManyIntegrationInput>;
  validationRules: NestedRows<ValidationRuleRow>;
  exceptionRoutes: NestedRows<ExceptionRouteRow>;
};

type IntegrationFields = Omit<Prisma.IntegrationCreateManyInput, "sourceSystemId" | "targetSystemId">;

export type IntegrationOverrides = Partial<IntegrationFields> & {
  owners?: OwnerRow[];
  escalationPath?: EscalationRow[];
  capabilityIds?: string[];
  validationRules?: ValidationRuleRow[];
  exceptionRoutes?: ExceptionRouteRow[];
};

/**
 * A monitored, approved, owned-by-nobody-yet API integration. The two systems are required because an integration
 * cannot exist without them; owners need user ids, so they are empty unless given.
 */
export function buildIntegration(overrides: IntegrationOverrides & { sourceSystemId: string; targetSystemId: string }): IntegrationInput {
  const n = nextSequence();
  const {
    owners = [],
    escalationPath = [],
    capabilityIds = [],
    validationRules = [{ kind: ValidationRuleKind.required_field, field: "order_id", description: "Every order carries its order_id." }],
    exceptionRoutes = STANDARD_EXCEPTION_ROUTES.map((route) => ({ ...route })),
    ...fields
  } = overrides;
  return {
    key: `INT-T${String(n).padStart(5, "0")}`,
    name: `Order sync ${n}`,
    description: "Sends confirmed orders to the downstream system for fulfilment.",
    direction: IntegrationDirection.one_way,
    mechanism: IntegrationMechanism.api_call,
    pattern: IntegrationPattern.api_led_system,
    frequency: Frequency.near_real_time,
    dataObjects: ["Order"],
    fieldsExchanged: ["order_id", "customer_id", "order_total", "currency", "ordered_at"],
    format: "JSON over HTTPS (REST)",
    volumePerDay: 12_000,
    dataClassification: DataClassification.internal,
    containsPersonalData: false,
    permittedUses: [PermittedUse.operational_workflow],
    criticality: Criticality.tier2,
    businessValue: 3,
    complexity: 2,
    lifecycle: Lifecycle.active,
    approvalState: ApprovalState.approved,
    healthStatus: HealthStatus.healthy,
    monitoring: MonitoringMethod.synthetic_check,
    expectedLatencySeconds: 300,
    ...fields,
    owners: nestedRows(owners),
    escalationPath: nestedRows(escalationPath),
    capabilities: nestedRows(capabilityIds.map((capabilityId) => ({ capabilityId }))),
    validationRules: nestedRows(validationRules),
    exceptionRoutes: nestedRows(exceptionRoutes),
  };
}

/** Creates the source and target systems too when the test does not care which they are. */
export async function createIntegration(
  prisma: Prisma.TransactionClient,
  overrides: IntegrationOverrides & { sourceSystemId?: string; targetSystemId?: string } = {},
) {
  const sourceSystemId = overrides.sourceSystemId ?? (await createSystem(prisma)).id;
  const targetSystemId = overrides.targetSystemId ?? (await createSystem(prisma)).id;
  return prisma.integration.create({ data: buildIntegration({ ...overrides, sourceSystemId, targetSystemId }) });
}
