// Writing organisations and researchers. Any API key adds them (applicants add their own people
// and their partner researchers); who changes them is decided here. No GraphQL here.
import type { Organization, Prisma, RecordType, Researcher } from '../../generated/prisma/client.js';
import { checkVersion, lockRow, type Tx, type Writer } from '../../writes/transaction.js';
import { notFound, refuse } from '../../writes/user-errors.js';
import { checkExisting, checkFree, checkShape, Problems, recordChange } from '../reference/write-checks.js';

type Columns<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export type OrganizationContent = Columns<Organization>;
export type ResearcherContent = Columns<Researcher>;

/**
 * Whether the writer made the record: the key that created it acted for the same agency or
 * organisation as the writer's (any of its keys), as the record's CREATE event says.
 */
async function createdByWriter(writer: Writer, recordType: RecordType, recordId: string): Promise<boolean> {
  const { tenant } = writer.actor;
  if (tenant.role !== 'AGENCY' && tenant.role !== 'INSTITUTION') return false;
  const created = await writer.tx.changeEvent.findFirst({
    where: { recordType, recordId, action: 'CREATE' },
    select: { actorAgencyId: true, actorOrganizationId: true },
  });
  return tenant.role === 'AGENCY' ? created?.actorAgencyId === tenant.agencyId : created?.actorOrganizationId === tenant.organizationId;
}

/**
 * May the writer change this record? Staff any; an institution its own organisation and the
 * researchers affiliated with it; anyone what it created. A record the writer may not see is
 * answered as missing (NOT_FOUND), one it sees but may not change as NOT_PERMITTED.
 */
async function assertMayChange(
  writer: Writer,
  recordType: 'ORGANIZATION' | 'RESEARCHER',
  record: { id: string },
  ownOrganizationId: string | null,
  isVisible: () => Promise<boolean>,
): Promise<void> {
  const { tenant } = writer.actor;
  if (tenant.role === 'STAFF') return;
  if (tenant.role === 'INSTITUTION' && ownOrganizationId === tenant.organizationId) return;
  if (await createdByWriter(writer, recordType, record.id)) return;
  const what = recordType === 'ORGANIZATION' ? 'organisation' : 'researcher';
  if (!(await isVisible())) notFound(what, ['id']);
  refuse('NOT_PERMITTED', `Only JST staff, the ${what}’s own institution and whoever added it change it.`, ['id']);
}

const countryExists = (tx: Tx) => (ids: string[]) => tx.country.findMany({ where: { id: { in: ids } }, select: { id: true } });

async function checkOrganization(tx: Tx, input: Partial<OrganizationContent>, selfId?: string): Promise<void> {
  const problems = new Problems();
  checkShape(problems, 'ror', input.rorId, ['rorId']);
  if (input.rorId != null) checkFree(problems, await tx.organization.findUnique({ where: { rorId: input.rorId }, select: { id: true } }), selfId, 'ROR id', ['rorId']);
  await checkExisting(problems, 'country', [{ id: input.countryId, field: ['countryId'] }], countryExists(tx));
  problems.throwIfAny();
}

export async function createOrganization(writer: Writer, input: Partial<OrganizationContent> & Pick<OrganizationContent, 'nameEn' | 'kind' | 'countryId'>): Promise<Organization> {
  await checkOrganization(writer.tx, input);
  const organization = writer.insert('Organization', input);
  recordChange(writer, 'ORGANIZATION', null, organization);
  return organization;
}

/** `visible`: the organisations the writer may see (the read API's rule). */
export async function updateOrganization(
  writer: Writer,
  { id, version, ...input }: Partial<OrganizationContent> & { id: string; version: number },
  visible: Prisma.OrganizationWhereInput,
): Promise<Organization> {
  const { tx } = writer;
  await lockRow(tx, 'Organization', id);
  const before = await tx.organization.findUnique({ where: { id } });
  if (!before) notFound('organisation', ['id']);
  await assertMayChange(writer, 'ORGANIZATION', before, before.id, async () => (await tx.organization.count({ where: { AND: [{ id }, visible] } })) > 0);
  checkVersion(before, version);
  await checkOrganization(tx, input, id);
  const after = await tx.organization.update({ where: { id }, data: { ...input, version: { increment: 1 } } });
  recordChange(writer, 'ORGANIZATION', before, after);
  return after;
}

async function checkResearcher(writer: Writer, input: Partial<ResearcherContent>, selfId?: string): Promise<void> {
  const { tx } = writer;
  const problems = new Problems();
  const holder = (where: { orcid: string } | { eradNumber: string }) => tx.researcher.findUnique({ where, select: { id: true } });
  checkShape(problems, 'orcid', input.orcid, ['orcid']);
  checkShape(problems, 'erad', input.eradNumber, ['eradNumber']);
  if (input.orcid != null) checkFree(problems, await holder({ orcid: input.orcid }), selfId, 'ORCID iD', ['orcid']);
  if (input.eradNumber != null) checkFree(problems, await holder({ eradNumber: input.eradNumber }), selfId, 'e-Rad number', ['eradNumber']);
  if (input.degreeYear != null && input.degreeYear > writer.now.getUTCFullYear()) {
    problems.add('INVALID_VALUE', 'The degree year is in the future.', ['degreeYear']);
  }
  // Any organisation on record will do, seen or not: applicants name their partners' ones.
  await checkExisting(problems, 'organisation', [{ id: input.organizationId, field: ['organizationId'] }], (ids) =>
    tx.organization.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  );
  problems.throwIfAny();
}

export async function createResearcher(writer: Writer, input: Partial<ResearcherContent> & Pick<ResearcherContent, 'nameEn' | 'careerStage'>): Promise<Researcher> {
  await checkResearcher(writer, input);
  const researcher = writer.insert('Researcher', input);
  recordChange(writer, 'RESEARCHER', null, researcher);
  return researcher;
}

/** `visible`: the researchers the writer may see (the read API's rule). */
export async function updateResearcher(
  writer: Writer,
  { id, version, ...input }: Partial<ResearcherContent> & { id: string; version: number },
  visible: Prisma.ResearcherWhereInput,
): Promise<Researcher> {
  const { tx } = writer;
  await lockRow(tx, 'Researcher', id);
  const before = await tx.researcher.findUnique({ where: { id } });
  if (!before) notFound('researcher', ['id']);
  await assertMayChange(writer, 'RESEARCHER', before, before.organizationId, async () => (await tx.researcher.count({ where: { AND: [{ id }, visible] } })) > 0);
  checkVersion(before, version);
  await checkResearcher(writer, input, id);
  const after = await tx.researcher.update({ where: { id }, data: { ...input, version: { increment: 1 } } });
  recordChange(writer, 'RESEARCHER', before, after);
  return after;
}
