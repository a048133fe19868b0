-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "backstageRef" TEXT,
ADD COLUMN     "leanIxId" TEXT,
ADD COLUMN     "links" JSONB,
ADD COLUMN     "serviceNowId" TEXT;

-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "backstageRef" TEXT,
ADD COLUMN     "leanIxId" TEXT,
ADD COLUMN     "links" JSONB,
ADD COLUMN     "serviceNowId" TEXT;

-- AlterTable
ALTER TABLE "System" ADD COLUMN     "backstageRef" TEXT,
ADD COLUMN     "leanIxId" TEXT,
ADD COLUMN     "links" JSONB,
ADD COLUMN     "serviceNowId" TEXT;

-- CreateIndex
CREATE INDEX "Contract_backstageRef_idx" ON "Contract"("backstageRef");

-- CreateIndex
CREATE INDEX "Integration_backstageRef_idx" ON "Integration"("backstageRef");

-- CreateIndex
CREATE INDEX "System_backstageRef_idx" ON "System"("backstageRef");
