-- CreateEnum
CREATE TYPE "RecordType" AS ENUM ('CALL', 'COUNTRY', 'FUNDING_AGENCY', 'RESEARCH_FIELD', 'ORGANIZATION', 'RESEARCHER', 'PROPOSAL', 'TEAM_MEMBER', 'DECISION', 'PROJECT', 'OUTCOME', 'MOBILITY', 'EVALUATION', 'INDICATOR');

-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "singleAdoptionPerResearcher" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "sequence" BIGSERIAL NOT NULL,
    "recordType" "RecordType" NOT NULL,
    "recordId" UUID NOT NULL,
    "action" "ChangeAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "callId" UUID,
    "changes" JSONB NOT NULL,
    "actorKeyId" UUID,
    "actorName" VARCHAR(200) NOT NULL,
    "actorRole" "Role",
    "actorAgencyId" UUID,
    "actorOrganizationId" UUID,
    "requestId" VARCHAR(200),
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "IdempotentRequest" (
    "id" UUID NOT NULL,
    "scope" VARCHAR(80) NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "requestHash" CHAR(64) NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeEvent_recordType_recordId_sequence_idx" ON "ChangeEvent"("recordType", "recordId", "sequence");

-- CreateIndex
CREATE INDEX "ChangeEvent_callId_sequence_idx" ON "ChangeEvent"("callId", "sequence");

-- CreateIndex
CREATE INDEX "ChangeEvent_actorKeyId_sequence_idx" ON "ChangeEvent"("actorKeyId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotentRequest_scope_key_key" ON "IdempotentRequest"("scope", "key");


-- FY2026 calls already loaded take the adoption rule their guidelines state (DOMAIN.md, duplicate-application rules)
UPDATE "Call" SET "singleAdoptionPerResearcher" = true WHERE "appliesOngoingProjectRules";
