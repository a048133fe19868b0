-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('deliver', 'quarantine', 'duplicate', 'manual_review', 'access_review', 'escalate', 'reject');

-- AlterTable
ALTER TABLE "ContractVersion" ADD COLUMN     "dataRules" JSONB;

-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "keepFailingSamples" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DecisionCount" (
    "integrationId" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DecisionCount_pkey" PRIMARY KEY ("integrationId","minute","outcome")
);

-- CreateTable
CREATE TABLE "DecisionKey" (
    "integrationId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "deliveredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DecisionKey_pkey" PRIMARY KEY ("integrationId","ruleId","keyHash")
);

-- CreateTable
CREATE TABLE "DecisionSample" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "payload" JSONB NOT NULL,
    "fired" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionSample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DecisionCount_minute_idx" ON "DecisionCount"("minute");

-- CreateIndex
CREATE INDEX "DecisionKey_deliveredAt_idx" ON "DecisionKey"("deliveredAt");

-- CreateIndex
CREATE INDEX "DecisionSample_integrationId_createdAt_idx" ON "DecisionSample"("integrationId", "createdAt");

-- AddForeignKey
ALTER TABLE "DecisionCount" ADD CONSTRAINT "DecisionCount_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionKey" ADD CONSTRAINT "DecisionKey_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionSample" ADD CONSTRAINT "DecisionSample_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
