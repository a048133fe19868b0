-- CreateEnum
CREATE TYPE "AssessmentScope" AS ENUM ('team', 'organisation');

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "scope" "AssessmentScope" NOT NULL,
    "teamId" TEXT,
    "answers" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "evidence" JSONB NOT NULL,
    "takenById" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Assessment_teamId_takenAt_idx" ON "Assessment"("teamId", "takenAt");

-- CreateIndex
CREATE INDEX "Assessment_scope_takenAt_idx" ON "Assessment"("scope", "takenAt");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
