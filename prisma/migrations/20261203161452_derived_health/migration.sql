-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "derivedHealth" "HealthStatus" NOT NULL DEFAULT 'unmonitored',
ADD COLUMN     "healthOverride" "HealthStatus",
ADD COLUMN     "healthOverrideById" TEXT,
ADD COLUMN     "healthOverrideReason" TEXT,
ADD COLUMN     "healthOverrideUntil" TIMESTAMP(3),
ADD COLUMN     "healthReason" TEXT,
ADD COLUMN     "objectiveErrorRatePercent" DOUBLE PRECISION,
ADD COLUMN     "objectiveFreshnessHours" INTEGER,
ADD COLUMN     "objectiveLatencyMs" INTEGER,
ALTER COLUMN "healthStatus" SET DEFAULT 'unmonitored';

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_healthOverrideById_fkey" FOREIGN KEY ("healthOverrideById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
