-- CreateEnum
CREATE TYPE "SignalResolution" AS ENUM ('minute', 'hour', 'day');

-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "lastSignalAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SignalRollup" (
    "integrationId" TEXT NOT NULL,
    "resolution" "SignalResolution" NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
    "records" BIGINT NOT NULL DEFAULT 0,
    "errors" BIGINT NOT NULL DEFAULT 0,
    "rateLimitRejections" BIGINT NOT NULL DEFAULT 0,
    "quarantined" BIGINT NOT NULL DEFAULT 0,
    "latencyCount" BIGINT NOT NULL DEFAULT 0,
    "latencySumMs" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "latencyMaxMs" DOUBLE PRECISION,
    "latencyBuckets" BIGINT[],
    "lastSuccessAt" TIMESTAMP(3),
    "deadLetterDepth" BIGINT,
    "deadLetterAt" TIMESTAMP(3),
    "circuitOpen" BOOLEAN,
    "circuitAt" TIMESTAMP(3),
    "points" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignalRollup_pkey" PRIMARY KEY ("integrationId","resolution","bucketStart")
);

-- CreateIndex
CREATE INDEX "SignalRollup_resolution_updatedAt_idx" ON "SignalRollup"("resolution", "updatedAt");

-- CreateIndex
CREATE INDEX "SignalRollup_resolution_bucketStart_idx" ON "SignalRollup"("resolution", "bucketStart");

-- AddForeignKey
ALTER TABLE "SignalRollup" ADD CONSTRAINT "SignalRollup_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ingest moves "lastSignalAt" on every batch: keep the search text trigger to the columns it reads, so that
-- those frequent updates do not recompute it (and can stay heap-only updates).
DROP TRIGGER integration_search_text ON "Integration";
CREATE TRIGGER integration_search_text
  BEFORE INSERT OR UPDATE OF "key", "name", "description", "fieldsExchanged", "dataObjects" ON "Integration"
  FOR EACH ROW EXECUTE FUNCTION integration_search_text();
