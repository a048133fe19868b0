-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'owner', 'reviewer', 'admin');

-- CreateEnum
CREATE TYPE "SystemKind" AS ENUM ('crm', 'erp', 'pim', 'billing', 'ecommerce', 'marketplace', 'support', 'data_warehouse', 'bi', 'feature_store', 'ai_model', 'workflow', 'external_data_source', 'ipaas', 'other');

-- CreateEnum
CREATE TYPE "Criticality" AS ENUM ('tier1', 'tier2', 'tier3', 'tier4');

-- CreateEnum
CREATE TYPE "Lifecycle" AS ENUM ('planned', 'active', 'deprecated', 'retired');

-- CreateEnum
CREATE TYPE "IntegrationDirection" AS ENUM ('one_way', 'bidirectional', 'publish_subscribe');

-- CreateEnum
CREATE TYPE "IntegrationMechanism" AS ENUM ('api_call', 'event_message', 'file_transfer', 'database_to_database', 'ipaas_flow', 'manual', 'email');

-- CreateEnum
CREATE TYPE "IntegrationPattern" AS ENUM ('point_to_point', 'hub_and_spoke', 'event_driven', 'api_led_system', 'api_led_process', 'api_led_experience');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('real_time', 'near_real_time', 'hourly', 'daily', 'weekly', 'ad_hoc');

-- CreateEnum
CREATE TYPE "DataClassification" AS ENUM ('public', 'internal', 'confidential', 'restricted');

-- CreateEnum
CREATE TYPE "PermittedUse" AS ENUM ('analytics', 'ai_training', 'operational_workflow', 'external_reporting', 'customer_facing_automation');

-- CreateEnum
CREATE TYPE "ApprovalState" AS ENUM ('draft', 'pending_approval', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "HealthStatus" AS ENUM ('healthy', 'fragile', 'degraded', 'failing', 'unknown');

-- CreateEnum
CREATE TYPE "MonitoringMethod" AS ENUM ('none', 'synthetic_check', 'log_alerts', 'apm_tracing', 'ipaas_console', 'data_quality_checks', 'manual_review');

-- CreateEnum
CREATE TYPE "OwnerRole" AS ENUM ('source_owner', 'target_owner', 'technical_owner', 'data_owner');

-- CreateEnum
CREATE TYPE "ValidationRuleKind" AS ENUM ('required_field', 'uniqueness', 'format', 'reference', 'blocked_publication', 'channel_requirement', 'range');

-- CreateEnum
CREATE TYPE "ExceptionType" AS ENUM ('missing_required_field', 'duplicate_event', 'reference_mismatch', 'unauthorized', 'schema_violation', 'unclassified');

-- CreateEnum
CREATE TYPE "ExceptionAction" AS ENUM ('quarantine', 'deduplicate', 'manual_review', 'access_review', 'escalate_to_producer', 'error_queue');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('openapi', 'asyncapi', 'json_schema', 'other');

-- CreateEnum
CREATE TYPE "ContractVersionStatus" AS ENUM ('draft', 'proposed', 'approved', 'active', 'deprecated', 'retired');

-- CreateEnum
CREATE TYPE "ConsumerKind" AS ENUM ('system', 'dashboard', 'report', 'ai_model', 'workflow');

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "title" TEXT,
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "userId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("userId","teamId")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "System" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "SystemKind" NOT NULL,
    "businessDomain" TEXT NOT NULL,
    "vendor" TEXT,
    "ownerTeamId" TEXT,
    "criticality" "Criticality" NOT NULL DEFAULT 'tier3',
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'active',
    "isExternal" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "archiveReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "System_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessCapability" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "BusinessCapability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Integration" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sourceSystemId" TEXT NOT NULL,
    "targetSystemId" TEXT NOT NULL,
    "ownerTeamId" TEXT,
    "direction" "IntegrationDirection" NOT NULL,
    "mechanism" "IntegrationMechanism" NOT NULL,
    "pattern" "IntegrationPattern" NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "dataObjects" TEXT[],
    "fieldsExchanged" TEXT[],
    "format" TEXT,
    "volumePerDay" INTEGER,
    "dataClassification" "DataClassification" NOT NULL DEFAULT 'internal',
    "containsPersonalData" BOOLEAN NOT NULL DEFAULT false,
    "permittedUses" "PermittedUse"[],
    "criticality" "Criticality" NOT NULL DEFAULT 'tier3',
    "businessValue" INTEGER,
    "complexity" INTEGER,
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'active',
    "approvalState" "ApprovalState" NOT NULL DEFAULT 'draft',
    "healthStatus" "HealthStatus" NOT NULL DEFAULT 'unknown',
    "healthCheckedAt" TIMESTAMP(3),
    "monitoring" "MonitoringMethod" NOT NULL DEFAULT 'none',
    "monitoringNotes" TEXT,
    "expectedLatencySeconds" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "archiveReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationCapability" (
    "integrationId" TEXT NOT NULL,
    "capabilityId" TEXT NOT NULL,

    CONSTRAINT "IntegrationCapability_pkey" PRIMARY KEY ("integrationId","capabilityId")
);

-- CreateTable
CREATE TABLE "IntegrationOwner" (
    "integrationId" TEXT NOT NULL,
    "role" "OwnerRole" NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "IntegrationOwner_pkey" PRIMARY KEY ("integrationId","role")
);

-- CreateTable
CREATE TABLE "EscalationStep" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "userId" TEXT,
    "contact" TEXT,

    CONSTRAINT "EscalationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValidationRule" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "kind" "ValidationRuleKind" NOT NULL,
    "field" TEXT,
    "description" TEXT NOT NULL,

    CONSTRAINT "ValidationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExceptionRoute" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "errorType" "ExceptionType" NOT NULL,
    "action" "ExceptionAction" NOT NULL,
    "handler" TEXT,

    CONSTRAINT "ExceptionRoute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "type" "ContractType" NOT NULL,
    "ownerTeamId" TEXT,
    "ownerUserId" TEXT,
    "integrationId" TEXT,
    "systemId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archiveReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractVersion" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "status" "ContractVersionStatus" NOT NULL DEFAULT 'draft',
    "specText" TEXT,
    "changelog" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContractVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" TEXT NOT NULL,
    "contractVersionId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "meaning" TEXT NOT NULL,
    "rules" TEXT,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consumer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ConsumerKind" NOT NULL,
    "systemId" TEXT,
    "contractVersionId" TEXT NOT NULL,
    "fieldsUsed" TEXT[],
    "purpose" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "ownerTeamId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archiveReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consumer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsumerCapability" (
    "consumerId" TEXT NOT NULL,
    "capabilityId" TEXT NOT NULL,

    CONSTRAINT "ConsumerCapability_pkey" PRIMARY KEY ("consumerId","capabilityId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "TeamMembership_teamId_idx" ON "TeamMembership"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "System_slug_key" ON "System"("slug");

-- CreateIndex
CREATE INDEX "System_ownerTeamId_idx" ON "System"("ownerTeamId");

-- CreateIndex
CREATE INDEX "System_kind_idx" ON "System"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessCapability_slug_key" ON "BusinessCapability"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Integration_key_key" ON "Integration"("key");

-- CreateIndex
CREATE INDEX "Integration_sourceSystemId_idx" ON "Integration"("sourceSystemId");

-- CreateIndex
CREATE INDEX "Integration_targetSystemId_idx" ON "Integration"("targetSystemId");

-- CreateIndex
CREATE INDEX "Integration_ownerTeamId_idx" ON "Integration"("ownerTeamId");

-- CreateIndex
CREATE INDEX "Integration_healthStatus_idx" ON "Integration"("healthStatus");

-- CreateIndex
CREATE INDEX "Integration_lifecycle_idx" ON "Integration"("lifecycle");

-- CreateIndex
CREATE INDEX "IntegrationCapability_capabilityId_idx" ON "IntegrationCapability"("capabilityId");

-- CreateIndex
CREATE INDEX "IntegrationOwner_userId_idx" ON "IntegrationOwner"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationStep_integrationId_position_key" ON "EscalationStep"("integrationId", "position");

-- CreateIndex
CREATE INDEX "ValidationRule_integrationId_idx" ON "ValidationRule"("integrationId");

-- CreateIndex
CREATE UNIQUE INDEX "ExceptionRoute_integrationId_errorType_key" ON "ExceptionRoute"("integrationId", "errorType");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_slug_key" ON "Contract"("slug");

-- CreateIndex
CREATE INDEX "Contract_integrationId_idx" ON "Contract"("integrationId");

-- CreateIndex
CREATE INDEX "Contract_systemId_idx" ON "Contract"("systemId");

-- CreateIndex
CREATE INDEX "Contract_ownerTeamId_idx" ON "Contract"("ownerTeamId");

-- CreateIndex
CREATE INDEX "ContractVersion_status_idx" ON "ContractVersion"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ContractVersion_contractId_version_key" ON "ContractVersion"("contractId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryEntry_contractVersionId_field_key" ON "GlossaryEntry"("contractVersionId", "field");

-- CreateIndex
CREATE INDEX "Consumer_contractVersionId_idx" ON "Consumer"("contractVersionId");

-- CreateIndex
CREATE INDEX "Consumer_systemId_idx" ON "Consumer"("systemId");

-- CreateIndex
CREATE INDEX "ConsumerCapability_capabilityId_idx" ON "ConsumerCapability"("capabilityId");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_sourceSystemId_fkey" FOREIGN KEY ("sourceSystemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_targetSystemId_fkey" FOREIGN KEY ("targetSystemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationCapability" ADD CONSTRAINT "IntegrationCapability_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationCapability" ADD CONSTRAINT "IntegrationCapability_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "BusinessCapability"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationOwner" ADD CONSTRAINT "IntegrationOwner_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationOwner" ADD CONSTRAINT "IntegrationOwner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationStep" ADD CONSTRAINT "EscalationStep_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationStep" ADD CONSTRAINT "EscalationStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationRule" ADD CONSTRAINT "ValidationRule_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExceptionRoute" ADD CONSTRAINT "ExceptionRoute_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractVersion" ADD CONSTRAINT "ContractVersion_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_contractVersionId_fkey" FOREIGN KEY ("contractVersionId") REFERENCES "ContractVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consumer" ADD CONSTRAINT "Consumer_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consumer" ADD CONSTRAINT "Consumer_contractVersionId_fkey" FOREIGN KEY ("contractVersionId") REFERENCES "ContractVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consumer" ADD CONSTRAINT "Consumer_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consumer" ADD CONSTRAINT "Consumer_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsumerCapability" ADD CONSTRAINT "ConsumerCapability_consumerId_fkey" FOREIGN KEY ("consumerId") REFERENCES "Consumer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsumerCapability" ADD CONSTRAINT "ConsumerCapability_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "BusinessCapability"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
