-- AlterTable
ALTER TABLE "StandardsRuleset" ADD COLUMN     "scorecard" JSONB;
