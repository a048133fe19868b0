-- CreateEnum
CREATE TYPE "IncidentCause" AS ENUM ('volume_drop', 'error_spike', 'freshness_breach', 'dead_letter_growth');

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "cause" "IncidentCause" NOT NULL,
    "openSlot" BOOLEAN DEFAULT true,
    "text" TEXT NOT NULL,
    "openingFigures" JSONB NOT NULL,
    "latestFigures" JSONB NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "acknowledgementNote" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "resolutionNote" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Incident_integrationId_openedAt_idx" ON "Incident"("integrationId", "openedAt");

-- CreateIndex
CREATE INDEX "Incident_openSlot_openedAt_idx" ON "Incident"("openSlot", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_integrationId_cause_openSlot_key" ON "Incident"("integrationId", "cause", "openSlot");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- openSlot is true while the incident is unresolved and NULL once it is resolved, never false: a false would slip
-- past the one-open-per-cause index above (decision 035).
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_openSlot_matches_resolution" CHECK (("openSlot" IS TRUE AND "resolvedAt" IS NULL) OR ("openSlot" IS NULL AND "resolvedAt" IS NOT NULL));
