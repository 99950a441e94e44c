// A deterministic dataset of any size for the read bench and the read tests, on an empty migrated
// database: its own countries, fields, agency, calls, organisations, researchers, proposals with
// teams, projects and outcomes. Ids and times derive from counters, so every run writes the same
// rows and the same query gives the same answer.
import type { PrismaClient } from '../../src/generated/prisma/client.js';

export interface Volume {
  calls: number;
  proposals: number;
  /** Team sizes cycle through this range (inclusive). */
  teamSize: [number, number];
  /** The first `projects` proposals are adopted. */
  projects: number;
  outcomesPerProject: number;
  organizations: number;
  researchers: number;
}

/** The volume (#14): 50 calls, 5,000 proposals with teams of 3–6, 1,000 projects with 5 outcomes each. */
export const BENCH_VOLUME: Volume = {
  calls: 50,
  proposals: 5000,
  teamSize: [3, 6],
  projects: 1000,
  outcomesPerProject: 5,
  organizations: 200,
  researchers: 3000,
};

const KINDS = {
  country: 1,
  field: 2,
  phase: 3,
  agency: 4,
  call: 5,
  organization: 6,
  researcher: 7,
  proposal: 8,
  member: 9,
  project: 10,
  outcome: 11,
} as const;

/** A UUID (v7-shaped) from a kind and a counter: ids sort as the counter does. */
export function volumeId(kind: keyof typeof KINDS, n: number): string {
  return `${KINDS[kind].toString(16).padStart(8, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

const PARTNERS = [
  ['GB', 'United Kingdom', '英国'],
  ['DE', 'Germany', 'ドイツ'],
  ['FR', 'France', 'フランス'],
  ['US', 'United States', '米国'],
  ['SE', 'Sweden', 'スウェーデン'],
  ['KR', 'South Korea', '韓国'],
  ['CA', 'Canada', 'カナダ'],
  ['AU', 'Australia', 'オーストラリア'],
] as const;
const FIELDS = ['AI', 'BIO', 'ENERGY', 'MATERIALS', 'QUANTUM', 'SEMICONDUCTORS', 'NETWORK'];
const OUTCOME_KINDS = ['CO_AUTHORED_PAPER', 'JOINT_PRESENTATION', 'WORKSHOP', 'SYMPOSIUM', 'PHD_AWARDED'] as const;
const JAPAN_ROLES = ['PI', 'CO_PI', 'YOUNG_TRAVELLER', 'STUDENT'] as const;

const T0 = Date.UTC(2024, 0, 1);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const day = (days: number) => new Date(T0 + days * 86_400_000);

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = 2000) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Writes the volume; returns the ids the read shapes start from. */
export async function loadVolume(prisma: PrismaClient, volume: Volume): Promise<{ projectIds: string[] }> {
  const japan = volumeId('country', 0);
  await prisma.country.createMany({
    data: [
      { id: japan, code: 'JP', nameEn: 'Japan', nameJa: '日本' },
      ...PARTNERS.map(([code, nameEn, nameJa], i) => ({ id: volumeId('country', i + 1), code, nameEn, nameJa })),
    ],
  });
  const partnerId = (n: number) => volumeId('country', (n % PARTNERS.length) + 1);
  await prisma.researchField.createMany({
    data: FIELDS.map((code, i) => ({ id: volumeId('field', i), code, sortOrder: i })),
  });
  await prisma.researchFieldPhase.createMany({
    data: FIELDS.map((code, i) => ({
      id: volumeId('phase', i),
      fieldId: volumeId('field', i),
      phase: 1,
      fromFiscalYear: 2020,
      nameEn: `${code} field`,
      nameJa: `${code} 分野`,
      scopeEn: `Scope of ${code}`,
      scopeJa: `${code} の領域`,
    })),
  });
  const jst = volumeId('agency', 0);
  await prisma.fundingAgency.create({ data: { id: jst, code: 'JST', nameEn: 'Japan Science and Technology Agency', countryId: japan } });

  const calls = Array.from({ length: volume.calls }, (_, i) => ({
    id: volumeId('call', i),
    code: `FY${2020 + (i % 7)}-BENCH-${String(i).padStart(3, '0')}`,
    titleEn: `Bench call ${i}`,
    titleJa: `ベンチ公募 ${i}`,
    descriptionEn: `A generated call for the read bench, number ${i}.`,
    kind: 'SOLO' as const,
    track: i % 2 ? ('RISING' as const) : ('TOP' as const),
    fiscalYear: 2020 + (i % 7),
    maxDirectCostYen: 300_000_000n,
    minPeriodMonths: 12,
    maxPeriodMonths: 60,
    createdAt: at(i),
    updatedAt: at(i),
  }));
  await prisma.call.createMany({ data: calls });
  await prisma.callAgency.createMany({ data: calls.map((c) => ({ callId: c.id, agencyId: jst, role: 'LEAD' as const })) });
  await prisma.callCountry.createMany({
    data: calls.flatMap((c, i) => [0, 1, 2, 3, 4].map((k) => ({ callId: c.id, countryId: partnerId(i + k) }))),
  });
  await prisma.callField.createMany({
    data: calls.flatMap((c, i) => [0, 3].map((k) => ({ callId: c.id, fieldId: volumeId('field', (i + k) % FIELDS.length) }))),
  });
  await prisma.callMilestone.createMany({
    data: calls.map((c, i) => ({
      id: volumeId('call', 100_000 + i),
      callId: c.id,
      kind: 'SUBMISSION_DEADLINE' as const,
      startsAt: at(i * 1000),
      timeZone: 'Asia/Tokyo',
    })),
  });

  await prisma.organization.createMany({
    data: Array.from({ length: volume.organizations }, (_, i) => ({
      id: volumeId('organization', i),
      nameEn: `Organisation ${i}`,
      nameJa: i % 3 ? null : `機関 ${i}`,
      kind: 'UNIVERSITY' as const,
      countryId: i % 4 ? japan : partnerId(i),
      createdAt: at(i),
      updatedAt: at(i),
    })),
  });
  const organizationOf = (r: number) => volumeId('organization', r % volume.organizations);
  await inChunks(
    Array.from({ length: volume.researchers }, (_, i) => ({
      id: volumeId('researcher', i),
      nameEn: `Researcher ${i}`,
      nameJa: i % 2 ? null : `研究者 ${i}`,
      orcid: `0000-0001-${String(Math.floor(i / 1000)).padStart(4, '0')}-${String(i % 1000).padStart(4, '0')}`,
      careerStage: 'RESEARCHER' as const,
      degreeYear: 2000 + (i % 20),
      organizationId: organizationOf(i),
      createdAt: at(i),
      updatedAt: at(i),
    })),
    (data) => prisma.researcher.createMany({ data }),
  );

  const proposals = Array.from({ length: volume.proposals }, (_, i) => {
    const adopted = i < volume.projects;
    return {
      id: volumeId('proposal', i),
      callId: volumeId('call', i % volume.calls),
      fieldId: volumeId('field', i % FIELDS.length),
      leadOrganizationId: organizationOf(i),
      titleEn: `Proposal ${i}`,
      titleJa: i % 2 ? null : `提案 ${i}`,
      abstractEn: `Abstract of proposal ${i}.`,
      status: adopted ? ('ADOPTED' as const) : i % 3 ? ('SUBMITTED' as const) : ('REJECTED' as const),
      submittedAt: at(10 * i),
      decidedAt: adopted ? at(10 * i + 5) : null,
      plannedPeriodMonths: 36,
      createdAt: at(10 * i),
      updatedAt: at(10 * i),
    };
  });
  await inChunks(proposals, (data) => prisma.proposal.createMany({ data }));
  await inChunks(
    proposals.map((p, i) => ({ proposalId: p.id, countryId: partnerId(i) })),
    (data) => prisma.proposalPartnerCountry.createMany({ data }),
  );

  const [smallest, largest] = volume.teamSize;
  let member = 0;
  const members = proposals.flatMap((p, i) => {
    const size = smallest + (i % (largest - smallest + 1));
    return Array.from({ length: size }, (_, k) => {
      const partner = k === size - 1 && size > 1;
      const researcher = (i * 7 + k * 131) % volume.researchers;
      const n = member++;
      return {
        id: volumeId('member', n),
        proposalId: p.id,
        researcherId: volumeId('researcher', researcher),
        side: partner ? ('PARTNER' as const) : ('JAPAN' as const),
        role: partner ? ('PARTNER_PI' as const) : JAPAN_ROLES[k === 0 ? 0 : 1 + (k % 3)]!,
        organizationId: organizationOf(researcher),
        createdAt: at(n),
        updatedAt: at(n),
      };
    });
  });
  await inChunks(members, (data) => prisma.teamMember.createMany({ data }));

  const projectIds = proposals.slice(0, volume.projects).map((_, i) => volumeId('project', i));
  await inChunks(
    projectIds.map((id, i) => ({
      id,
      proposalId: volumeId('proposal', i),
      grantNumber: `JPMJAP${String(i).padStart(5, '0')}`,
      startsOn: day(i % 365),
      endsOn: day((i % 365) + 3 * 365),
      status: 'ACTIVE' as const,
      createdAt: at(i),
      updatedAt: at(i),
    })),
    (data) => prisma.project.createMany({ data }),
  );
  await inChunks(
    projectIds.flatMap((projectId, i) =>
      Array.from({ length: volume.outcomesPerProject }, (_, k) => {
        const n = i * volume.outcomesPerProject + k;
        return {
          id: volumeId('outcome', n),
          projectId,
          kind: OUTCOME_KINDS[k % OUTCOME_KINDS.length]!,
          occurredOn: day(400 + ((i + 17 * k) % 700)),
          title: `Outcome ${k} of project ${i}`,
          doi: k === 0 ? `10.1234/bench.${n}` : null,
          partnerContributors: k % 2 ? ['A. Partner'] : [],
          createdAt: at(n),
          updatedAt: at(n),
        };
      }),
    ),
    (data) => prisma.outcome.createMany({ data }),
  );
  return { projectIds };
}
