-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "newStandardsErrors" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "standards" JSONB;

-- AlterTable
ALTER TABLE "ContractVersion" ADD COLUMN     "lintErrorCount" INTEGER,
ADD COLUMN     "lintFindings" JSONB,
ADD COLUMN     "lintRulesetVersion" INTEGER;

-- CreateTable
CREATE TABLE "StandardsRuleset" (
    "version" INTEGER NOT NULL,
    "overrides" JSONB NOT NULL,
    "requireExceptionForNewErrors" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "StandardsRuleset_pkey" PRIMARY KEY ("version")
);

-- AddForeignKey
ALTER TABLE "StandardsRuleset" ADD CONSTRAINT "StandardsRuleset_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
