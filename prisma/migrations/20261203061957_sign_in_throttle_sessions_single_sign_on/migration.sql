-- AlterTable
ALTER TABLE "SignInThrottle" ADD COLUMN     "lastSucceededAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SingleSignOnIdentity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "SingleSignOnIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SingleSignOnIdentity_userId_idx" ON "SingleSignOnIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SingleSignOnIdentity_issuer_subject_key" ON "SingleSignOnIdentity"("issuer", "subject");

-- AddForeignKey
ALTER TABLE "SingleSignOnIdentity" ADD CONSTRAINT "SingleSignOnIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
