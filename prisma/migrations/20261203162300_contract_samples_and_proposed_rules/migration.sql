-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "dataRules" JSONB;

-- CreateTable
CREATE TABLE "ContractSample" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "targets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expectedOutcome" TEXT NOT NULL,
    "savedOnVersion" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractSample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContractSample_contractId_name_key" ON "ContractSample"("contractId", "name");

-- AddForeignKey
ALTER TABLE "ContractSample" ADD CONSTRAINT "ContractSample_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;
