import { ExceptionAction, ExceptionType } from "@/lib/generated/prisma/enums";

/**
 * The standard exception routing (from the product's source material), offered by the integration form and used by
 * the seed: each error class goes somewhere different, because a missing field,
 * a replayed event and a permissions failure need different people and different recoveries.
 */
export const STANDARD_EXCEPTION_ROUTES: readonly { errorType: ExceptionType; action: ExceptionAction; handler: string }[] = [
  { errorType: ExceptionType.missing_required_field, action: ExceptionAction.quarantine, handler: "integration_support" },
  { errorType: ExceptionType.duplicate_event, action: ExceptionAction.deduplicate, handler: "integration_support" },
  { errorType: ExceptionType.reference_mismatch, action: ExceptionAction.manual_review, handler: "data_operations" },
  { errorType: ExceptionType.unauthorized, action: ExceptionAction.access_review, handler: "security_operations" },
  { errorType: ExceptionType.schema_violation, action: ExceptionAction.escalate_to_producer, handler: "producer_team" },
  { errorType: ExceptionType.unclassified, action: ExceptionAction.error_queue, handler: "integration_support" },
];
