-- Indexes on the order columns of nested connections (#14): a page per parent (LATERAL … LIMIT,
-- or Prisma's per-parent reads) walks the index in order instead of sorting every child.

-- Call.proposals: by id within a call.
CREATE INDEX "Proposal_callId_id_idx" ON "Proposal"("callId", "id");

-- Proposal.team: by role, then id.
CREATE INDEX "TeamMember_proposalId_role_id_idx" ON "TeamMember"("proposalId", "role", "id");

-- Project.outcomes: newest first, ties by id.
CREATE INDEX "Outcome_projectId_occurredOn_id_idx" ON "Outcome"("projectId", "occurredOn", "id");

-- Organization.proposals and Researcher.memberships: newest first, ties by id.
CREATE INDEX "Proposal_leadOrganizationId_createdAt_id_idx" ON "Proposal"("leadOrganizationId", "createdAt", "id");
CREATE INDEX "TeamMember_researcherId_createdAt_id_idx" ON "TeamMember"("researcherId", "createdAt", "id");
