-- CreateEnum
CREATE TYPE "WebhookState" AS ENUM ('ACTIVE', 'PAUSED', 'FAILING');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "WebhookSubscription" (
    "id" UUID NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500),
    "ownerRole" "Role" NOT NULL,
    "agencyId" UUID,
    "recordTypes" TEXT[],
    "callIds" TEXT[],
    "secret" VARCHAR(100) NOT NULL,
    "previousSecret" VARCHAR(100),
    "previousSecretExpiresAt" TIMESTAMPTZ(3),
    "state" "WebhookState" NOT NULL DEFAULT 'ACTIVE',
    "lastError" VARCHAR(1000),
    "lastErrorAt" TIMESTAMPTZ(3),
    "createdByKeyId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "WebhookSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subscriptionId" UUID NOT NULL,
    "sequence" BIGINT NOT NULL,
    "recordType" "RecordType" NOT NULL,
    "recordId" UUID NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastStatusCode" INTEGER,
    "lastError" VARCHAR(1000),
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "statusCode" INTEGER,
    "latencyMs" INTEGER NOT NULL,
    "error" VARCHAR(1000),

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookSubscription_agencyId_idx" ON "WebhookSubscription"("agencyId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_runAt_idx" ON "WebhookDelivery"("status", "runAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_subscriptionId_recordId_sequence_idx" ON "WebhookDelivery"("subscriptionId", "recordId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_subscriptionId_sequence_key" ON "WebhookDelivery"("subscriptionId", "sequence");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_startedAt_idx" ON "WebhookAttempt"("deliveryId", "startedAt");

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "WebhookSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- constraints Prisma cannot express
-- A subscription of an agency names it, one of staff names none.
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_owner_check" CHECK ((("ownerRole" = 'AGENCY') = ("agencyId" IS NOT NULL)) AND "ownerRole" <> 'INSTITUTION');
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "FundingAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A delivery is of a committed change, the queue is written in the transaction of the change.
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_sequence_fkey" FOREIGN KEY ("sequence") REFERENCES "ChangeEvent"("sequence") ON DELETE CASCADE ON UPDATE CASCADE;
