-- The program's rules by fiscal year, kind and track live in src/domain/program-rules.ts; a call
-- keeps only what it states otherwise. Rule columns become nullable overrides (null: the
-- program's), TeamMember gains a traveller's planned stay, and program evaluations become
-- reference data.
-- CreateEnum
CREATE TYPE "EvaluationFindingKind" AS ENUM ('OBSERVATION', 'REQUEST');

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "requiresOutgoingResearcherEachSide" BOOLEAN,
ADD COLUMN     "singlePiApplicationPerFiscalYear" BOOLEAN,
ADD COLUMN     "youngTravellerStayMonths" INTEGER,
ALTER COLUMN "indirectRatePercent" DROP NOT NULL,
ALTER COLUMN "indirectRatePercent" DROP DEFAULT,
ALTER COLUMN "youngResearcherYearsSinceDegree" DROP DEFAULT,
ALTER COLUMN "requiresYoungTraveller" DROP NOT NULL,
ALTER COLUMN "requiresYoungTraveller" DROP DEFAULT,
ALTER COLUMN "requiresPartnerLetterOfIntent" DROP NOT NULL,
ALTER COLUMN "requiresPartnerLetterOfIntent" DROP DEFAULT,
ALTER COLUMN "requiresResearchSecurity" DROP NOT NULL,
ALTER COLUMN "requiresResearchSecurity" DROP DEFAULT,
ALTER COLUMN "singleApplicationPerResearcher" DROP NOT NULL,
ALTER COLUMN "singleApplicationPerResearcher" DROP DEFAULT,
ALTER COLUMN "appliesOngoingProjectRules" DROP NOT NULL,
ALTER COLUMN "appliesOngoingProjectRules" DROP DEFAULT,
ALTER COLUMN "singleAdoptionPerResearcher" DROP NOT NULL,
ALTER COLUMN "singleAdoptionPerResearcher" DROP DEFAULT;

-- AlterTable
ALTER TABLE "TeamMember" ADD COLUMN     "plannedStayMonths" INTEGER;

-- CreateTable
CREATE TABLE "ProgramEvaluation" (
    "id" UUID NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "titleJa" VARCHAR(300),
    "reportedOn" DATE NOT NULL,
    "sourceEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProgramEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramEvaluationGrade" (
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "goal" INTEGER,
    "aspectEn" VARCHAR(300) NOT NULL,
    "aspectJa" VARCHAR(300),
    "grade" VARCHAR(8) NOT NULL,

    CONSTRAINT "ProgramEvaluationGrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramEvaluationFinding" (
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "kind" "EvaluationFindingKind" NOT NULL,
    "textEn" TEXT NOT NULL,
    "textJa" TEXT,

    CONSTRAINT "ProgramEvaluationFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProgramEvaluation_code_key" ON "ProgramEvaluation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramEvaluationGrade_evaluationId_sortOrder_key" ON "ProgramEvaluationGrade"("evaluationId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramEvaluationFinding_evaluationId_sortOrder_key" ON "ProgramEvaluationFinding"("evaluationId", "sortOrder");

-- AddForeignKey
ALTER TABLE "ProgramEvaluationGrade" ADD CONSTRAINT "ProgramEvaluationGrade_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "ProgramEvaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramEvaluationFinding" ADD CONSTRAINT "ProgramEvaluationFinding_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "ProgramEvaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: the planned stay is a number of months.
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_plannedStay_range" CHECK ("plannedStayMonths" IS NULL OR "plannedStayMonths" BETWEEN 1 AND 120);
ALTER TABLE "Call" ADD CONSTRAINT "Call_youngTravellerStay_range" CHECK ("youngTravellerStayMonths" IS NULL OR "youngTravellerStayMonths" BETWEEN 1 AND 120);

-- Data: a call keeps only what differs from the program's table (program-rules.ts). A flag at its
-- old column default was never stated by anyone ("switches that default off"): it becomes the
-- program's too. Values equal to the table are dropped; anything else stays as the call's own.
UPDATE "Call" SET
  "indirectRatePercent" = NULLIF("indirectRatePercent", 30),
  "networkShareGuidelinePercent" = NULLIF("networkShareGuidelinePercent", 70),
  "youngResearcherYearsSinceDegree" = NULLIF("youngResearcherYearsSinceDegree", 15),
  "requiresYoungTraveller" = CASE WHEN "requiresYoungTraveller" THEN NULL ELSE false END,
  "requiresPartnerLetterOfIntent" = CASE
    WHEN "requiresPartnerLetterOfIntent" THEN NULL
    WHEN "kind" = 'JOINT' THEN NULL
    ELSE false END,
  "requiresResearchSecurity" = CASE
    WHEN NOT "requiresResearchSecurity" OR "fiscalYear" >= 2026 THEN NULL ELSE true END,
  "singleApplicationPerResearcher" = CASE
    WHEN NOT "singleApplicationPerResearcher" OR ("fiscalYear" = 2026 AND "kind" = 'SOLO') THEN NULL ELSE true END,
  "appliesOngoingProjectRules" = CASE
    WHEN NOT "appliesOngoingProjectRules" OR ("fiscalYear" = 2026 AND "kind" = 'SOLO') THEN NULL ELSE true END,
  "singleAdoptionPerResearcher" = CASE
    WHEN NOT "singleAdoptionPerResearcher" OR "fiscalYear" = 2026 THEN NULL ELSE true END,
  "maxDirectCostYen" = CASE
    WHEN "kind" = 'SOLO' AND "track" = 'TOP' AND "maxDirectCostYen" = 380000000 THEN NULL
    WHEN "kind" = 'SOLO' AND "track" = 'RISING' AND "maxDirectCostYen" = 69000000 THEN NULL
    ELSE "maxDirectCostYen" END,
  "maxTotalCostYen" = CASE
    WHEN "kind" = 'SOLO' AND "track" = 'TOP' AND "maxTotalCostYen" = 500000000 THEN NULL
    WHEN "kind" = 'SOLO' AND "track" = 'RISING' AND "maxTotalCostYen" = 90000000 THEN NULL
    WHEN "kind" = 'JOINT' AND "maxTotalCostYen" = 500000000 THEN NULL
    ELSE "maxTotalCostYen" END,
  "minPeriodMonths" = CASE
    WHEN "kind" = 'SOLO' AND "track" = 'TOP' AND "minPeriodMonths" = 60 THEN NULL
    WHEN "kind" = 'SOLO' AND "track" = 'RISING' AND "minPeriodMonths" = 36 THEN NULL
    WHEN "kind" = 'JOINT' AND "minPeriodMonths" = 36 THEN NULL
    ELSE "minPeriodMonths" END,
  "maxPeriodMonths" = CASE
    WHEN "kind" = 'SOLO' AND "track" = 'TOP' AND "maxPeriodMonths" = 60 THEN NULL
    WHEN "kind" = 'SOLO' AND "track" = 'RISING' AND "maxPeriodMonths" = 36 THEN NULL
    WHEN "kind" = 'JOINT' AND "maxPeriodMonths" = 60 THEN NULL
    ELSE "maxPeriodMonths" END;

-- The FY2024 Japan–UK joint call's own rules (seed 001 L410: each side includes outgoing
-- researchers; L475: the Japan side's young travellers stay about one year).
UPDATE "Call" SET "requiresOutgoingResearcherEachSide" = true, "youngTravellerStayMonths" = 12
WHERE "code" = 'FY2024-JOINT-UK-BIO';
