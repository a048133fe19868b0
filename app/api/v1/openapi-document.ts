import type { ApiOperation } from "@/lib/api-docs/operation";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api-docs/openapi-document";
import * as meRoute from "@/app/api/v1/me/route";
import * as overviewRoute from "@/app/api/v1/overview/route";
import * as healthRoute from "@/app/api/v1/health/route";
import * as usersIdRoute from "@/app/api/v1/users/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as tokensIdRoute from "@/app/api/v1/tokens/[id]/route";
import * as auditRoute from "@/app/api/v1/audit/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as teamsSlugRoute from "@/app/api/v1/teams/[slug]/route";
import * as integrationsRoute from "@/app/api/v1/integrations/route";
import * as integrationsIdOrKeyRoute from "@/app/api/v1/integrations/[idOrKey]/route";
import * as integrationsExportRoute from "@/app/api/v1/integrations/export/route";
import * as integrationsImportRoute from "@/app/api/v1/integrations/import/route";
import * as integrationsIdOrKeyArchiveRoute from "@/app/api/v1/integrations/[idOrKey]/archive/route";
import * as integrationsIdOrKeyHealthOverrideRoute from "@/app/api/v1/integrations/[idOrKey]/health-override/route";
import * as integrationsIdOrKeyDecisionsRoute from "@/app/api/v1/integrations/[idOrKey]/decisions/route";
import * as integrationsIdOrKeyRulesExportRoute from "@/app/api/v1/integrations/[idOrKey]/rules/export/route";
import * as systemsRoute from "@/app/api/v1/systems/route";
import * as systemsIdOrSlugRoute from "@/app/api/v1/systems/[idOrSlug]/route";
import * as systemsIdOrSlugArchiveRoute from "@/app/api/v1/systems/[idOrSlug]/archive/route";
import * as contractsRoute from "@/app/api/v1/contracts/route";
import * as contractsIdRoute from "@/app/api/v1/contracts/[id]/route";
import * as contractsIdArchiveRoute from "@/app/api/v1/contracts/[id]/archive/route";
import * as contractsIdCheckRoute from "@/app/api/v1/contracts/[id]/check/route";
import * as contractsIdVersionsRoute from "@/app/api/v1/contracts/[id]/versions/route";
import * as contractsIdVersionsVersionRoute from "@/app/api/v1/contracts/[id]/versions/[version]/route";
import * as contractsIdVersionsVersionRulesRoute from "@/app/api/v1/contracts/[id]/versions/[version]/rules/route";
import * as consumersRoute from "@/app/api/v1/consumers/route";
import * as consumersIdRoute from "@/app/api/v1/consumers/[id]/route";
import * as consumersIdArchiveRoute from "@/app/api/v1/consumers/[id]/archive/route";
import * as exportCatalogJsonRoute from "@/app/api/v1/export/catalog.json/route";
import * as importCatalogRoute from "@/app/api/v1/import/catalog/route";
import * as importBackstageRoute from "@/app/api/v1/import/backstage/route";
import * as importBackstageLocationRoute from "@/app/api/v1/import/backstage/location/route";
import * as exportBackstageRoute from "@/app/api/v1/export/backstage/route";
import * as graphRoute from "@/app/api/v1/graph/route";
import * as impactRoute from "@/app/api/v1/impact/route";
import * as lineageRoute from "@/app/api/v1/lineage/route";
import * as assessmentsRoute from "@/app/api/v1/assessments/route";
import * as assessmentsIdRoute from "@/app/api/v1/assessments/[id]/route";
import * as notificationsRoute from "@/app/api/v1/notifications/route";
import * as notificationsReadRoute from "@/app/api/v1/notifications/read/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import * as webhooksIdRoute from "@/app/api/v1/webhooks/[id]/route";
import * as webhooksIdDeliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhooksIdTestRoute from "@/app/api/v1/webhooks/[id]/test/route";
import * as webhooksIdDeliveriesDeliveryIdRedeliverRoute from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/redeliver/route";
import * as deprecationsRoute from "@/app/api/v1/deprecations/route";
import * as deprecationsIdRoute from "@/app/api/v1/deprecations/[id]/route";
import * as deprecationsCalendarIcsRoute from "@/app/api/v1/deprecations/calendar.ics/route";
import * as deprecationsIdCancelRoute from "@/app/api/v1/deprecations/[id]/cancel/route";
import * as deprecationsIdRetireRoute from "@/app/api/v1/deprecations/[id]/retire/route";
import * as deprecationsIdMigrationsConsumerIdRoute from "@/app/api/v1/deprecations/[id]/migrations/[consumerId]/route";
import * as changeRequestsRoute from "@/app/api/v1/change-requests/route";
import * as changeRequestsNumberRoute from "@/app/api/v1/change-requests/[number]/route";
import * as changeRequestsNumberAcknowledgementsRoute from "@/app/api/v1/change-requests/[number]/acknowledgements/route";
import * as changeRequestsNumberApprovalsRoute from "@/app/api/v1/change-requests/[number]/approvals/route";
import * as changeRequestsNumberCommentsRoute from "@/app/api/v1/change-requests/[number]/comments/route";
import * as changeRequestsNumberExceptionsRoute from "@/app/api/v1/change-requests/[number]/exceptions/route";
import * as changeRequestsNumberSubmitRoute from "@/app/api/v1/change-requests/[number]/submit/route";
import * as changeRequestsNumberWithdrawRoute from "@/app/api/v1/change-requests/[number]/withdraw/route";
import * as dashboardRoute from "@/app/api/v1/dashboard/route";
import * as signalsRoute from "@/app/api/v1/signals/route";
import * as otlpMetricsRoute from "@/app/api/v1/otlp/v1/metrics/route";
import * as incidentsRoute from "@/app/api/v1/incidents/route";
import * as incidentsIdRoute from "@/app/api/v1/incidents/[id]/route";
import * as incidentsIdAcknowledgeRoute from "@/app/api/v1/incidents/[id]/acknowledge/route";
import * as incidentsIdResolveRoute from "@/app/api/v1/incidents/[id]/resolve/route";
import * as metricsRoute from "@/app/api/v1/metrics/route";
import * as standardsRulesetRoute from "@/app/api/v1/standards/ruleset/route";
import * as scorecardsRoute from "@/app/api/v1/scorecards/route";
import * as standardsRulesetSpectralYamlRoute from "@/app/api/v1/standards/ruleset/spectral.yaml/route";

type RouteModule = Readonly<Record<string, unknown>>;

/**
 * Every route module of the API, in the order the docs show them, except the OpenAPI route itself (it passes its
 * own operation in, so that no module imports itself). A new route.ts adds one line here; a test walks app/api
 * and fails on a handler not declared with `defineOperation` or missing from the document.
 */
const API_ROUTE_MODULES: readonly RouteModule[] = [
  meRoute,
  overviewRoute,
  healthRoute,
  usersIdRoute,
  tokensRoute,
  tokensIdRoute,
  auditRoute,
  teamsRoute,
  teamsSlugRoute,
  integrationsRoute,
  integrationsIdOrKeyRoute,
  integrationsExportRoute,
  integrationsImportRoute,
  integrationsIdOrKeyArchiveRoute,
  integrationsIdOrKeyHealthOverrideRoute,
  systemsRoute,
  systemsIdOrSlugRoute,
  systemsIdOrSlugArchiveRoute,
  contractsRoute,
  contractsIdRoute,
  contractsIdArchiveRoute,
  contractsIdCheckRoute,
  contractsIdVersionsRoute,
  contractsIdVersionsVersionRoute,
  contractsIdVersionsVersionRulesRoute,
  integrationsIdOrKeyDecisionsRoute,
  integrationsIdOrKeyRulesExportRoute,
  consumersRoute,
  consumersIdRoute,
  consumersIdArchiveRoute,
  exportCatalogJsonRoute,
  importCatalogRoute,
  importBackstageRoute,
  importBackstageLocationRoute,
  exportBackstageRoute,
  graphRoute,
  impactRoute,
  lineageRoute,
  assessmentsRoute,
  assessmentsIdRoute,
  notificationsRoute,
  notificationsReadRoute,
  webhooksRoute,
  webhooksIdRoute,
  webhooksIdDeliveriesRoute,
  webhooksIdTestRoute,
  webhooksIdDeliveriesDeliveryIdRedeliverRoute,
  deprecationsRoute,
  deprecationsIdRoute,
  deprecationsCalendarIcsRoute,
  deprecationsIdCancelRoute,
  deprecationsIdRetireRoute,
  deprecationsIdMigrationsConsumerIdRoute,
  changeRequestsRoute,
  changeRequestsNumberRoute,
  changeRequestsNumberAcknowledgementsRoute,
  changeRequestsNumberApprovalsRoute,
  changeRequestsNumberCommentsRoute,
  changeRequestsNumberExceptionsRoute,
  changeRequestsNumberSubmitRoute,
  changeRequestsNumberWithdrawRoute,
  dashboardRoute,
  signalsRoute,
  otlpMetricsRoute,
  incidentsRoute,
  incidentsIdRoute,
  incidentsIdAcknowledgeRoute,
  incidentsIdResolveRoute,
  metricsRoute,
  standardsRulesetRoute,
  standardsRulesetSpectralYamlRoute,
  scorecardsRoute,
];

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The operations a route module declares, one per HTTP method it exports. */
function operationsOf(module: RouteModule): ApiOperation[] {
  return HTTP_METHODS.flatMap((method) => {
    const operation = (module[method] as { operation?: ApiOperation } | undefined)?.operation;
    return operation ? [operation] : [];
  });
}

let built: OpenApiDocument | undefined;

/** The document changes only with the code, so it is generated once per server process. */
export function getOpenApiDocument(openApiOperation: ApiOperation): OpenApiDocument {
  built ??= buildOpenApiDocument([...API_ROUTE_MODULES.flatMap(operationsOf), openApiOperation]);
  return built;
}
