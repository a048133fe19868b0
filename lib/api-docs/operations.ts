import type { ApiOperation } from "@/lib/api-docs/operation";
import { coreApiOperations } from "@/lib/api-docs/core-operations";
import { apiTokenOperations } from "@/lib/api-tokens/api-operations";
import { auditApiOperations } from "@/lib/audit/api-operations";
import { teamApiOperations } from "@/lib/catalog/teams/api-operations";
import { catalogExportOperations } from "@/lib/catalog/export/api-operations";
import { assessmentApiOperations } from "@/lib/assessment/api-operations";
import { graphApiOperations } from "@/lib/graph/api-operations";
import { CONTRACT_API_OPERATIONS } from "@/lib/catalog/contracts/api-operations";
import { CONSUMER_API_OPERATIONS } from "@/lib/catalog/consumers/api-operations";
import { notificationApiOperations } from "@/lib/notifications/api-operations";
import { webhookApiOperations } from "@/lib/webhooks/api-operations";
import { DEPRECATION_API_OPERATIONS } from "@/lib/deprecations/api-operations";
import { REVIEW_API_OPERATIONS } from "@/lib/reviews/api-operations";
import { dashboardApiOperations } from "@/lib/dashboard/api-operations";

/**
 * Every operation of the API, in the order the docs show them. A domain that adds endpoints exports its own
 * `ApiOperation[]` next to its schemas and adds one line here.
 */
export const API_OPERATION_LISTS: readonly (readonly ApiOperation[])[] = [
  coreApiOperations,
  apiTokenOperations,
  auditApiOperations,
  teamApiOperations,
  CONTRACT_API_OPERATIONS,
  CONSUMER_API_OPERATIONS,
  catalogExportOperations,
  graphApiOperations,
  assessmentApiOperations,
  notificationApiOperations,
  webhookApiOperations,
  DEPRECATION_API_OPERATIONS,
  REVIEW_API_OPERATIONS,
  dashboardApiOperations,
];

export const API_OPERATIONS: readonly ApiOperation[] = API_OPERATION_LISTS.flat();
