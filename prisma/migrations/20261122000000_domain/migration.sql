-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CallKind" AS ENUM ('SOLO', 'JOINT');

-- CreateEnum
CREATE TYPE "CallTrack" AS ENUM ('TOP', 'RISING');

-- CreateEnum
CREATE TYPE "CallAgencyRole" AS ENUM ('LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('CALL_OPENS', 'PRE_NOTIFICATION_DEADLINE', 'SUBMISSION_DEADLINE', 'DOCUMENT_REVIEW', 'INTERVIEWS', 'RESULTS_NOTIFIED', 'SUPPORT_STARTS');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('MINUTE', 'DAY', 'TEN_DAYS', 'MONTH');

-- CreateEnum
CREATE TYPE "TeamSide" AS ENUM ('JAPAN', 'PARTNER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('UNIVERSITY', 'RESEARCH_INSTITUTE', 'COMPANY', 'OTHER');

-- CreateEnum
CREATE TYPE "CareerStage" AS ENUM ('UNDERGRADUATE_STUDENT', 'MASTERS_STUDENT', 'DOCTORAL_STUDENT', 'RESEARCHER', 'TECHNICAL_STAFF', 'COORDINATION_STAFF');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'DOCUMENT_REVIEW', 'INTERVIEW', 'ADOPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "BudgetPurpose" AS ENUM ('WORKSHOPS', 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', 'INVITATIONS', 'COORDINATION_STAFF', 'RESEARCH_PERSONNEL', 'EQUIPMENT', 'CONSUMABLES', 'OTHER_TRAVEL', 'OTHER');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('PI', 'CO_PI', 'YOUNG_TRAVELLER', 'COORDINATOR', 'STUDENT', 'TECHNICIAN', 'PARTNER_PI', 'INVITED_RESEARCHER', 'UK_PROJECT_LEAD', 'UK_PROJECT_CO_LEAD', 'UK_RESEARCHER_CO_LEAD', 'UK_SPECIALIST', 'UK_TECHNICIAN', 'UK_VISITING_RESEARCHER', 'UK_RESEARCH_AND_INNOVATION_ASSOCIATE', 'UK_PROFESSIONAL_ENABLING_STAFF');

-- CreateEnum
CREATE TYPE "DecisionStage" AS ENUM ('DOCUMENT_REVIEW', 'INTERVIEW', 'FINAL');

-- CreateEnum
CREATE TYPE "DecisionResult" AS ENUM ('PASSED', 'FAILED', 'ADOPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'COMPLETED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "MobilityDirection" AS ENUM ('DISPATCHED', 'INVITED');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('CO_AUTHORED_PAPER', 'JOINT_PRESENTATION', 'WORKSHOP', 'SYMPOSIUM', 'SEMINAR', 'LECTURE_TOUR', 'NETWORKING_EVENT', 'PHD_AWARDED', 'CAREER_MOVE', 'STANDARDISATION', 'NEW_COLLABORATION', 'PUBLICATION', 'COLLABORATION_PARTNERSHIP', 'FURTHER_FUNDING', 'NEXT_DESTINATION', 'ENGAGEMENT_ACTIVITY', 'POLICY_INFLUENCE', 'RESEARCH_TOOL_METHOD', 'DATASET_MODEL', 'INTELLECTUAL_PROPERTY', 'ARTISTIC_CREATIVE_PRODUCT', 'SOFTWARE_TECHNICAL_PRODUCT', 'SPIN_OUT', 'AWARD_RECOGNITION', 'USE_OF_FACILITIES');

-- CreateEnum
CREATE TYPE "EvaluationKind" AS ENUM ('MID_TERM', 'FINAL');

-- CreateEnum
CREATE TYPE "SyncedEntity" AS ENUM ('CALL', 'ORGANIZATION', 'RESEARCHER', 'PROPOSAL', 'TEAM_MEMBER', 'DECISION', 'PROJECT', 'OUTCOME', 'MOBILITY');

-- CreateTable
CREATE TABLE "FundingAgency" (
    "id" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "nameJa" VARCHAR(300),
    "nameEn" VARCHAR(300) NOT NULL,
    "acronym" VARCHAR(32),
    "parentId" UUID,
    "countryId" UUID NOT NULL,
    "rorId" VARCHAR(9),
    "crossrefFunderId" VARCHAR(64),
    "website" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FundingAgency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "id" UUID NOT NULL,
    "code" CHAR(2) NOT NULL,
    "nameJa" VARCHAR(100) NOT NULL,
    "nameEn" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchField" (
    "id" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ResearchField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchFieldPhase" (
    "id" UUID NOT NULL,
    "fieldId" UUID NOT NULL,
    "phase" INTEGER NOT NULL,
    "fromFiscalYear" INTEGER NOT NULL,
    "toFiscalYear" INTEGER,
    "nameJa" VARCHAR(200) NOT NULL,
    "nameEn" VARCHAR(200) NOT NULL,
    "scopeJa" TEXT NOT NULL,
    "scopeEn" TEXT NOT NULL,
    "examplesJa" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "examplesEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ResearchFieldPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Call" (
    "id" UUID NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "titleJa" VARCHAR(300),
    "titleEn" VARCHAR(300) NOT NULL,
    "descriptionJa" TEXT,
    "descriptionEn" TEXT,
    "kind" "CallKind" NOT NULL,
    "track" "CallTrack",
    "fiscalYear" INTEGER NOT NULL,
    "maxDirectCostYen" BIGINT,
    "maxTotalCostYen" BIGINT,
    "indirectRatePercent" INTEGER NOT NULL DEFAULT 30,
    "partnerMaxAmount" BIGINT,
    "partnerCurrency" CHAR(3),
    "partnerFundingNoteEn" TEXT,
    "partnerFundingNoteJa" TEXT,
    "minPeriodMonths" INTEGER,
    "maxPeriodMonths" INTEGER,
    "supportStartsOn" DATE,
    "japanSideEndsOn" DATE,
    "partnerSideEndsOn" DATE,
    "mobilityExtensionEndsOn" DATE,
    "expectedAdoptions" INTEGER,
    "networkShareGuidelinePercent" INTEGER,
    "youngResearcherYearsSinceDegree" INTEGER DEFAULT 15,
    "requiresYoungTraveller" BOOLEAN NOT NULL DEFAULT true,
    "requiresPartnerLetterOfIntent" BOOLEAN NOT NULL DEFAULT true,
    "requiresResearchSecurity" BOOLEAN NOT NULL DEFAULT false,
    "singleApplicationPerResearcher" BOOLEAN NOT NULL DEFAULT false,
    "appliesOngoingProjectRules" BOOLEAN NOT NULL DEFAULT false,
    "publishedProposalCount" INTEGER,
    "publishedAdoptionCount" INTEGER,
    "statisticsAsOf" DATE,
    "statisticsSourceEn" TEXT,
    "noteJa" TEXT,
    "noteEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallAgency" (
    "callId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "role" "CallAgencyRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallAgency_pkey" PRIMARY KEY ("callId","agencyId")
);

-- CreateTable
CREATE TABLE "CallCountry" (
    "callId" UUID NOT NULL,
    "countryId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallCountry_pkey" PRIMARY KEY ("callId","countryId")
);

-- CreateTable
CREATE TABLE "CallField" (
    "callId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallField_pkey" PRIMARY KEY ("callId","fieldId")
);

-- CreateTable
CREATE TABLE "CallMilestone" (
    "id" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "side" "TeamSide",
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "precision" "DatePrecision" NOT NULL DEFAULT 'MINUTE',
    "timeZone" VARCHAR(64) NOT NULL,
    "noteJa" TEXT,
    "noteEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CallMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "nameJa" VARCHAR(300),
    "nameEn" VARCHAR(300) NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "countryId" UUID NOT NULL,
    "rorId" VARCHAR(9),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Researcher" (
    "id" UUID NOT NULL,
    "nameJa" VARCHAR(200),
    "nameEn" VARCHAR(200) NOT NULL,
    "orcid" CHAR(19),
    "eradNumber" CHAR(8),
    "careerStage" "CareerStage" NOT NULL,
    "degreeYear" INTEGER,
    "organizationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Researcher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,
    "leadOrganizationId" UUID NOT NULL,
    "titleEn" VARCHAR(500) NOT NULL,
    "titleJa" VARCHAR(500),
    "abstractEn" TEXT,
    "abstractJa" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "plannedPeriodMonths" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalPartnerCountry" (
    "proposalId" UUID NOT NULL,
    "countryId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalPartnerCountry_pkey" PRIMARY KEY ("proposalId","countryId")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "purpose" "BudgetPurpose" NOT NULL,
    "directCostYen" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchSecurityAttestation" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "attestedAt" TIMESTAMPTZ(3) NOT NULL,
    "attestedByName" VARCHAR(200) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ResearchSecurityAttestation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "researcherId" UUID NOT NULL,
    "side" "TeamSide" NOT NULL,
    "role" "TeamRole" NOT NULL,
    "organizationId" UUID NOT NULL,
    "travelsToPartner" BOOLEAN NOT NULL DEFAULT false,
    "letterOfIntentReceivedOn" DATE,
    "letterOfIntentProgram" VARCHAR(300),
    "letterOfIntentReference" VARCHAR(200),
    "joinedOn" DATE,
    "leftOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "stage" "DecisionStage" NOT NULL,
    "result" "DecisionResult" NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "grantNumber" VARCHAR(64),
    "grantDoi" VARCHAR(200),
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'ACTIVE',
    "reReviewRequired" BOOLEAN NOT NULL DEFAULT false,
    "reReviewReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mobility" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "researcherId" UUID NOT NULL,
    "direction" "MobilityDirection" NOT NULL,
    "countryId" UUID NOT NULL,
    "hostOrganizationId" UUID,
    "homeOrganizationId" UUID,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Mobility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "reportedBySide" "TeamSide" NOT NULL DEFAULT 'JAPAN',
    "occurredOn" DATE NOT NULL,
    "title" VARCHAR(1000) NOT NULL,
    "description" TEXT,
    "doi" VARCHAR(200),
    "url" VARCHAR(1000),
    "partnerContributors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "attendeeCount" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "grade" VARCHAR(8) NOT NULL,
    "evaluatedOn" DATE NOT NULL,
    "summaryJa" TEXT,
    "summaryEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "goalJa" TEXT NOT NULL,
    "goalEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "targetValue" INTEGER,
    "targetFiscalYear" INTEGER,
    "unitEn" VARCHAR(50),
    "unitJa" VARCHAR(50),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorActual" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "value" INTEGER,
    "qualitativeEn" TEXT,
    "qualitativeJa" TEXT,
    "scopeEn" TEXT NOT NULL,
    "scopeJa" TEXT,
    "reportedOn" DATE NOT NULL,
    "sourceEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "IndicatorActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalId" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "entity" "SyncedEntity" NOT NULL,
    "recordId" UUID NOT NULL,
    "externalId" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExternalId_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataLoad" (
    "name" VARCHAR(64) NOT NULL,
    "loadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" JSONB,

    CONSTRAINT "DataLoad_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "FundingAgency_code_key" ON "FundingAgency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "FundingAgency_rorId_key" ON "FundingAgency"("rorId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingAgency_crossrefFunderId_key" ON "FundingAgency"("crossrefFunderId");

-- CreateIndex
CREATE UNIQUE INDEX "Country_code_key" ON "Country"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ResearchField_code_key" ON "ResearchField"("code");

-- CreateIndex
CREATE INDEX "ResearchFieldPhase_fromFiscalYear_idx" ON "ResearchFieldPhase"("fromFiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "ResearchFieldPhase_fieldId_phase_key" ON "ResearchFieldPhase"("fieldId", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "Call_code_key" ON "Call"("code");

-- CreateIndex
CREATE INDEX "Call_fiscalYear_kind_track_idx" ON "Call"("fiscalYear", "kind", "track");

-- CreateIndex
CREATE INDEX "CallAgency_agencyId_idx" ON "CallAgency"("agencyId");

-- CreateIndex
CREATE INDEX "CallCountry_countryId_idx" ON "CallCountry"("countryId");

-- CreateIndex
CREATE INDEX "CallField_fieldId_idx" ON "CallField"("fieldId");

-- CreateIndex
CREATE INDEX "CallMilestone_callId_kind_idx" ON "CallMilestone"("callId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_rorId_key" ON "Organization"("rorId");

-- CreateIndex
CREATE INDEX "Organization_countryId_idx" ON "Organization"("countryId");

-- CreateIndex
CREATE INDEX "Organization_nameEn_idx" ON "Organization"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Researcher_orcid_key" ON "Researcher"("orcid");

-- CreateIndex
CREATE UNIQUE INDEX "Researcher_eradNumber_key" ON "Researcher"("eradNumber");

-- CreateIndex
CREATE INDEX "Researcher_organizationId_idx" ON "Researcher"("organizationId");

-- CreateIndex
CREATE INDEX "Researcher_nameEn_idx" ON "Researcher"("nameEn");

-- CreateIndex
CREATE INDEX "Proposal_callId_status_idx" ON "Proposal"("callId", "status");

-- CreateIndex
CREATE INDEX "Proposal_fieldId_idx" ON "Proposal"("fieldId");

-- CreateIndex
CREATE INDEX "Proposal_leadOrganizationId_idx" ON "Proposal"("leadOrganizationId");

-- CreateIndex
CREATE INDEX "Proposal_status_idx" ON "Proposal"("status");

-- CreateIndex
CREATE INDEX "ProposalPartnerCountry_countryId_idx" ON "ProposalPartnerCountry"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_proposalId_fiscalYear_purpose_key" ON "BudgetLine"("proposalId", "fiscalYear", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "ResearchSecurityAttestation_proposalId_organizationId_key" ON "ResearchSecurityAttestation"("proposalId", "organizationId");

-- CreateIndex
CREATE INDEX "TeamMember_researcherId_idx" ON "TeamMember"("researcherId");

-- CreateIndex
CREATE INDEX "TeamMember_organizationId_idx" ON "TeamMember"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_proposalId_researcherId_key" ON "TeamMember"("proposalId", "researcherId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_proposalId_stage_key" ON "Decision"("proposalId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "Project_proposalId_key" ON "Project"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_grantNumber_key" ON "Project"("grantNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Project_grantDoi_key" ON "Project"("grantDoi");

-- CreateIndex
CREATE INDEX "Project_status_idx" ON "Project"("status");

-- CreateIndex
CREATE INDEX "Mobility_projectId_startsOn_idx" ON "Mobility"("projectId", "startsOn");

-- CreateIndex
CREATE INDEX "Mobility_researcherId_idx" ON "Mobility"("researcherId");

-- CreateIndex
CREATE INDEX "Outcome_projectId_kind_idx" ON "Outcome"("projectId", "kind");

-- CreateIndex
CREATE INDEX "Outcome_kind_occurredOn_idx" ON "Outcome"("kind", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_projectId_kind_key" ON "Evaluation"("projectId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "IndicatorActual_indicatorId_reportedOn_idx" ON "IndicatorActual"("indicatorId", "reportedOn");

-- CreateIndex
CREATE INDEX "ExternalId_entity_recordId_idx" ON "ExternalId"("entity", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalId_agencyId_entity_externalId_key" ON "ExternalId"("agencyId", "entity", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalId_agencyId_entity_recordId_key" ON "ExternalId"("agencyId", "entity", "recordId");

-- AddForeignKey
ALTER TABLE "FundingAgency" ADD CONSTRAINT "FundingAgency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "FundingAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAgency" ADD CONSTRAINT "FundingAgency_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchFieldPhase" ADD CONSTRAINT "ResearchFieldPhase_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ResearchField"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallAgency" ADD CONSTRAINT "CallAgency_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallAgency" ADD CONSTRAINT "CallAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "FundingAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallCountry" ADD CONSTRAINT "CallCountry_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallCountry" ADD CONSTRAINT "CallCountry_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallField" ADD CONSTRAINT "CallField_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallField" ADD CONSTRAINT "CallField_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ResearchField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallMilestone" ADD CONSTRAINT "CallMilestone_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Researcher" ADD CONSTRAINT "Researcher_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ResearchField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_leadOrganizationId_fkey" FOREIGN KEY ("leadOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalPartnerCountry" ADD CONSTRAINT "ProposalPartnerCountry_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalPartnerCountry" ADD CONSTRAINT "ProposalPartnerCountry_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchSecurityAttestation" ADD CONSTRAINT "ResearchSecurityAttestation_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchSecurityAttestation" ADD CONSTRAINT "ResearchSecurityAttestation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mobility" ADD CONSTRAINT "Mobility_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mobility" ADD CONSTRAINT "Mobility_researcherId_fkey" FOREIGN KEY ("researcherId") REFERENCES "Researcher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mobility" ADD CONSTRAINT "Mobility_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mobility" ADD CONSTRAINT "Mobility_hostOrganizationId_fkey" FOREIGN KEY ("hostOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mobility" ADD CONSTRAINT "Mobility_homeOrganizationId_fkey" FOREIGN KEY ("homeOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorActual" ADD CONSTRAINT "IndicatorActual_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalId" ADD CONSTRAINT "ExternalId_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "FundingAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───────────── constraints Prisma cannot express ─────────────
-- Written by hand: keep in step with the rules in src/domain.

-- Calls: solo calls have a track, joint calls none, money and periods are sane.
ALTER TABLE "Call" ADD CONSTRAINT "Call_track_by_kind" CHECK (("kind" = 'SOLO') = ("track" IS NOT NULL));
ALTER TABLE "Call" ADD CONSTRAINT "Call_fiscalYear_range" CHECK ("fiscalYear" BETWEEN 2000 AND 2100);
ALTER TABLE "Call" ADD CONSTRAINT "Call_caps_nonnegative" CHECK (coalesce("maxDirectCostYen", 0) >= 0 AND coalesce("maxTotalCostYen", 0) >= 0 AND coalesce("partnerMaxAmount", 0) >= 0);
ALTER TABLE "Call" ADD CONSTRAINT "Call_total_covers_direct" CHECK ("maxTotalCostYen" IS NULL OR "maxDirectCostYen" IS NULL OR "maxTotalCostYen" >= "maxDirectCostYen");
ALTER TABLE "Call" ADD CONSTRAINT "Call_indirectRate_range" CHECK ("indirectRatePercent" BETWEEN 0 AND 100);
ALTER TABLE "Call" ADD CONSTRAINT "Call_networkShare_range" CHECK ("networkShareGuidelinePercent" IS NULL OR "networkShareGuidelinePercent" BETWEEN 0 AND 100);
ALTER TABLE "Call" ADD CONSTRAINT "Call_period_order" CHECK ("minPeriodMonths" IS NULL OR "maxPeriodMonths" IS NULL OR ("minPeriodMonths" > 0 AND "minPeriodMonths" <= "maxPeriodMonths"));
ALTER TABLE "Call" ADD CONSTRAINT "Call_published_counts" CHECK (coalesce("publishedProposalCount", 0) >= 0 AND coalesce("publishedAdoptionCount", 0) >= 0 AND ("publishedProposalCount" IS NULL OR "publishedAdoptionCount" IS NULL OR "publishedAdoptionCount" <= "publishedProposalCount"));
ALTER TABLE "Call" ADD CONSTRAINT "Call_support_dates_order" CHECK ("supportStartsOn" IS NULL OR (coalesce("japanSideEndsOn", "supportStartsOn") >= "supportStartsOn" AND coalesce("partnerSideEndsOn", "supportStartsOn") >= "supportStartsOn"));
ALTER TABLE "Call" ADD CONSTRAINT "Call_partner_currency" CHECK (("partnerMaxAmount" IS NULL) OR ("partnerCurrency" ~ '^[A-Z]{3}$'));

ALTER TABLE "CallMilestone" ADD CONSTRAINT "CallMilestone_order" CHECK ("endsAt" IS NULL OR "endsAt" >= "startsAt");

ALTER TABLE "ResearchFieldPhase" ADD CONSTRAINT "ResearchFieldPhase_years" CHECK ("phase" > 0 AND ("toFiscalYear" IS NULL OR "toFiscalYear" >= "fromFiscalYear"));

-- Identifiers in their published shapes.
ALTER TABLE "Country" ADD CONSTRAINT "Country_code_shape" CHECK ("code" ~ '^[A-Z]{2}$');
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_ror_shape" CHECK ("rorId" IS NULL OR "rorId" ~ '^0[a-z0-9]{6}[0-9]{2}$');
ALTER TABLE "FundingAgency" ADD CONSTRAINT "FundingAgency_ror_shape" CHECK ("rorId" IS NULL OR "rorId" ~ '^0[a-z0-9]{6}[0-9]{2}$');
ALTER TABLE "Researcher" ADD CONSTRAINT "Researcher_orcid_shape" CHECK ("orcid" IS NULL OR "orcid" ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$');
ALTER TABLE "Researcher" ADD CONSTRAINT "Researcher_erad_shape" CHECK ("eradNumber" IS NULL OR "eradNumber" ~ '^[0-9]{8}$');
ALTER TABLE "Researcher" ADD CONSTRAINT "Researcher_degreeYear_range" CHECK ("degreeYear" IS NULL OR "degreeYear" BETWEEN 1900 AND 2100);

-- Proposals: submitted ones carry their submission time.
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_submittedAt_by_status" CHECK (("status" = 'DRAFT') OR ("submittedAt" IS NOT NULL) OR ("status" = 'WITHDRAWN'));
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_plannedPeriod_positive" CHECK ("plannedPeriodMonths" IS NULL OR "plannedPeriodMonths" > 0);
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_amount_nonnegative" CHECK ("directCostYen" >= 0);
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_fiscalYear_range" CHECK ("fiscalYear" BETWEEN 2000 AND 2100);

-- Teams: a role belongs to one side, and a proposal has at most one PI.
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_role_side" CHECK (
  ("side" = 'JAPAN') = ("role" IN ('PI', 'CO_PI', 'YOUNG_TRAVELLER', 'COORDINATOR', 'STUDENT', 'TECHNICIAN'))
);
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_membership_dates" CHECK ("leftOn" IS NULL OR "joinedOn" IS NULL OR "leftOn" >= "joinedOn");
CREATE UNIQUE INDEX "TeamMember_one_PI_per_proposal" ON "TeamMember" ("proposalId") WHERE "role" = 'PI';

-- Projects and their activity: dates in order, counts non-negative.
ALTER TABLE "Project" ADD CONSTRAINT "Project_period_order" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Mobility" ADD CONSTRAINT "Mobility_period_order" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_attendees_nonnegative" CHECK ("attendeeCount" IS NULL OR "attendeeCount" >= 0);
ALTER TABLE "IndicatorActual" ADD CONSTRAINT "IndicatorActual_value_or_text" CHECK ("value" IS NOT NULL OR "qualitativeEn" IS NOT NULL);

-- Case-insensitive researcher search by name (ja or en) uses these.
CREATE INDEX "Researcher_nameEn_lower" ON "Researcher" (lower("nameEn"));
CREATE INDEX "Researcher_nameJa_lower" ON "Researcher" (lower("nameJa"));
