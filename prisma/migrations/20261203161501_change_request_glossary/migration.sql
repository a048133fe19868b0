-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "glossary" JSONB;
