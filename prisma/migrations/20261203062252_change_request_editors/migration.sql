-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "editorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
