// The rows a write transaction holds (Writer.insert) and writes later, one statement per table:
// each held row is the row the database then holds, defaults included; a statement of the
// transaction sees every row held before it; a savepoint rolled back forgets the rows held after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAndReadRow, writeTransaction, type Actor, type Writer } from '../src/writes/transaction.js';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
const prisma = () => server.db.prisma;
let ref: { callId: string; fieldId: string; countryId: string; agencyId: string };

const staff: Actor = { tenant: { role: 'STAFF' }, keyId: null, name: 'inserts test', role: 'STAFF', agencyId: null, organizationId: null, requestId: null };
const write = <T>(work: (writer: Writer) => Promise<T>) => writeTransaction(server.db.writes, staff, work);

beforeAll(async () => {
  server = await createTestServer();
  const call = await prisma().call.findFirstOrThrow({ where: { kind: 'JOINT' }, include: { agencies: true } });
  const field = await prisma().researchField.findUniqueOrThrow({ where: { code: 'BIO' } });
  const country = await prisma().country.findUniqueOrThrow({ where: { code: 'GB' } });
  ref = { callId: call.id, fieldId: field.id, countryId: country.id, agencyId: call.agencies[0]!.agencyId };
}, 120_000);
afterAll(() => server?.close());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('rows held by a write transaction', () => {
  it('are, column for column, the rows the database holds once written, whatever order they were held in', async () => {
    const held = await write(async (writer) => {
      // Children are held before their parents' statements could run: the writes go parents first.
      const organization = writer.insert('Organization', { nameEn: 'Held University', kind: 'UNIVERSITY', countryId: ref.countryId });
      const researcher = writer.insert('Researcher', { nameEn: 'Held Researcher', careerStage: 'RESEARCHER', organizationId: organization.id });
      const proposal = writer.insert('Proposal', { callId: ref.callId, fieldId: ref.fieldId, leadOrganizationId: organization.id, titleEn: 'Held proposal' });
      const member = writer.insert('TeamMember', { proposalId: proposal.id, researcherId: researcher.id, organizationId: organization.id, role: 'UK_PROJECT_LEAD', side: 'PARTNER' });
      const project = writer.insert('Project', { proposalId: proposal.id, startsOn: day('2025-04-01'), endsOn: day('2028-03-31') });
      return {
        organization,
        researcher,
        proposal,
        member,
        partnerCountry: writer.insert('ProposalPartnerCountry', { proposalId: proposal.id, countryId: ref.countryId }),
        budgetLine: writer.insert('BudgetLine', { proposalId: proposal.id, fiscalYear: 2025, purpose: 'WORKSHOPS', directCostYen: 1_500_000n }),
        attestation: writer.insert('ResearchSecurityAttestation', { proposalId: proposal.id, organizationId: organization.id, attestedAt: new Date('2025-03-01T09:30:12.345Z'), attestedByName: 'Officer' }),
        decision: writer.insert('Decision', { proposalId: proposal.id, stage: 'FINAL', result: 'ADOPTED', decidedAt: new Date('2025-03-15T00:00:00Z') }),
        project,
        outcome: writer.insert('Outcome', { projectId: project.id, kind: 'CO_AUTHORED_PAPER', occurredOn: day('2026-01-10'), title: 'A paper' }),
        mobility: writer.insert('Mobility', { projectId: project.id, researcherId: researcher.id, direction: 'DISPATCHED', countryId: ref.countryId, startsOn: day('2026-02-01'), endsOn: day('2026-03-01'), purpose: 'Lab visit' }),
        evaluation: writer.insert('Evaluation', { projectId: project.id, kind: 'MID_TERM', grade: 'A', evaluatedOn: day('2026-10-01') }),
        externalId: writer.insert('ExternalId', { agencyId: ref.agencyId, entity: 'PROPOSAL', recordId: proposal.id, externalId: 'INSERTS-TEST-1' }),
      };
    });
    const read = {
      organization: await prisma().organization.findUnique({ where: { id: held.organization.id } }),
      researcher: await prisma().researcher.findUnique({ where: { id: held.researcher.id } }),
      proposal: await prisma().proposal.findUnique({ where: { id: held.proposal.id } }),
      member: await prisma().teamMember.findUnique({ where: { id: held.member.id } }),
      partnerCountry: await prisma().proposalPartnerCountry.findFirst({ where: { proposalId: held.proposal.id } }),
      budgetLine: await prisma().budgetLine.findFirst({ where: { proposalId: held.proposal.id } }),
      attestation: await prisma().researchSecurityAttestation.findFirst({ where: { proposalId: held.proposal.id } }),
      decision: await prisma().decision.findFirst({ where: { proposalId: held.proposal.id } }),
      project: await prisma().project.findUnique({ where: { id: held.project.id } }),
      outcome: await prisma().outcome.findUnique({ where: { id: held.outcome.id } }),
      mobility: await prisma().mobility.findUnique({ where: { id: held.mobility.id } }),
      evaluation: await prisma().evaluation.findUnique({ where: { id: held.evaluation.id } }),
      externalId: await prisma().externalId.findUnique({ where: { id: held.externalId.id } }),
    };
    expect(read).toEqual(held);
    expect(held.externalId).toMatchObject({ version: 1, updatedAt: held.externalId.createdAt });
    expect(held.externalId.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('are seen by the next statement of the transaction, and written once', async () => {
    const { seen } = await write(async (writer) => {
      const { id } = writer.insert('Organization', { nameEn: 'Seen at once', kind: 'COMPANY', countryId: ref.countryId });
      return { id, seen: await writer.tx.organization.count({ where: { id } }) };
    });
    expect(seen).toBe(1);
    expect(await prisma().organization.count({ where: { nameEn: 'Seen at once' } })).toBe(1);
  });

  it('go with a savepoint rolled back, written or not, while those held before it stay', async () => {
    const names = { before: 'Held before the savepoint', written: 'Written inside it', pending: 'Still held inside it' };
    await write(async (writer) => {
      writer.insert('Organization', { nameEn: names.before, kind: 'COMPANY', countryId: ref.countryId });
      await writer.savepoint('inserts_test');
      const mark = writer.mark();
      writer.insert('Organization', { nameEn: names.written, kind: 'COMPANY', countryId: ref.countryId });
      await writer.tx.organization.count();
      writer.insert('Organization', { nameEn: names.pending, kind: 'COMPANY', countryId: ref.countryId });
      await writer.rollbackToSavepoint('inserts_test', mark);
    });
    const found = await prisma().organization.findMany({ where: { nameEn: { in: Object.values(names) } }, select: { nameEn: true } });
    expect(found.map((o) => o.nameEn)).toEqual([names.before]);
  });
});

describe('rows a write transaction locks and reads in one statement', () => {
  it('are, column for column, the rows Prisma reads', async () => {
    const proposal = await prisma().proposal.findFirstOrThrow({ where: { submittedAt: { not: null } } });
    const project = await prisma().project.findFirstOrThrow();
    await write(async (writer) => {
      expect(await lockAndReadRow(writer.tx, 'Proposal', proposal.id)).toEqual(proposal);
      expect(await lockAndReadRow(writer.tx, 'Project', project.id)).toEqual(project);
      expect(await lockAndReadRow(writer.tx, 'Proposal', '00000000-0000-7000-8000-000000000000')).toBeNull();
    });
  });
});
