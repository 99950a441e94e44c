// Loads the fictional demo dataset (./demo-data.ts) on top of the reference data: organisations,
// researchers, proposals with teams, budgets, attestations and decisions, and projects with
// outcomes, mobility and evaluations. Deterministic: ids are hashes of stable names, so every
// run writes the same rows. One createMany per table keeps it to about twenty round trips.
import type { CallRules } from '../../domain/program-rules.js';
import { CALL_RULE_COLUMNS, rulesOf } from '../../modules/calls/call-rules.js';
import { createHash } from 'node:crypto';
import type {
  BudgetPurpose,
  CareerStage,
  DecisionResult,
  DecisionStage,
  OutcomeKind,
  Prisma,
  ProposalStatus,
  TeamRole,
  TeamSide,
} from '../../generated/prisma/client.js';
import {
  BUDGET_PROFILES,
  CALLS,
  DEMO_CUTOFF,
  ORGANIZATIONS,
  PAPER_ANGLES,
  PROPOSALS,
  RESEARCHERS,
  VENUES,
  type BudgetProfile,
  type CallTimeline,
  type OrgKey,
  type ProposalSeed,
  type ResearcherKey,
  type Stage,
} from './demo-data.js';

export async function loadDemoData(tx: Prisma.TransactionClient): Promise<{ [table: string]: number }> {
  const ref = await loadReference(tx);
  const rows = buildRows(ref);
  // Parents before children; each call is one INSERT.
  return {
    Organization: (await tx.organization.createMany({ data: rows.organizations })).count,
    Researcher: (await tx.researcher.createMany({ data: rows.researchers })).count,
    Proposal: (await tx.proposal.createMany({ data: rows.proposals })).count,
    ProposalPartnerCountry: (await tx.proposalPartnerCountry.createMany({ data: rows.partnerCountries })).count,
    TeamMember: (await tx.teamMember.createMany({ data: rows.teamMembers })).count,
    BudgetLine: (await tx.budgetLine.createMany({ data: rows.budgetLines })).count,
    ResearchSecurityAttestation: (await tx.researchSecurityAttestation.createMany({ data: rows.attestations })).count,
    Decision: (await tx.decision.createMany({ data: rows.decisions })).count,
    Project: (await tx.project.createMany({ data: rows.projects })).count,
    Outcome: (await tx.outcome.createMany({ data: rows.outcomes })).count,
    Mobility: (await tx.mobility.createMany({ data: rows.mobilities })).count,
    Evaluation: (await tx.evaluation.createMany({ data: rows.evaluations })).count,
    ExternalId: (await tx.externalId.createMany({ data: rows.externalIds })).count,
  };
}

// ───────────────────────────── reference lookups ─────────────────────────────

/** A demo call: its effective rules (the program's table, or its own) and the data the demo reads. */
interface CallRef extends CallRules {
  id: string;
  kind: 'SOLO' | 'JOINT';
  supportStartsOn: Date | null;
  japanSideEndsOn: Date | null;
  /** A partner agency co-running the call keeps its own ids for proposals and projects. */
  partnerAgency: { id: string; code: string } | null;
  countryIds: Set<string>;
  fieldIds: Set<string>;
  /** Japan-side submission deadline, when the reference data has one. */
  deadline: Date | null;
}

interface Reference {
  countries: Map<string, { id: string; nameEn: string; nameJa: string }>;
  fields: Map<string, string>;
  calls: Map<string, CallRef>;
}

async function loadReference(tx: Prisma.TransactionClient): Promise<Reference> {
  const callCodes = Object.keys(CALLS);
  const countries = await tx.country.findMany({ select: { id: true, code: true, nameEn: true, nameJa: true } });
  const fields = await tx.researchField.findMany({ select: { id: true, code: true } });
  const calls = await tx.call.findMany({
    where: { code: { in: callCodes } },
    select: {
      ...CALL_RULE_COLUMNS, id: true, code: true, supportStartsOn: true, japanSideEndsOn: true,
      agencies: { where: { role: 'PARTNER' }, select: { agency: { select: { id: true, code: true } } } },
      countries: { select: { countryId: true } },
      fields: { select: { fieldId: true } },
      milestones: {
        where: { kind: 'SUBMISSION_DEADLINE', OR: [{ side: null }, { side: 'JAPAN' }] },
        select: { startsAt: true },
        orderBy: { startsAt: 'asc' },
      },
    },
  });
  const ref: Reference = {
    countries: new Map(countries.map((c) => [c.code, c])),
    fields: new Map(fields.map((f) => [f.code, f.id])),
    calls: new Map(
      calls.map((c) => [
        c.code,
        {
          ...c,
          ...rulesOf(c).rules,
          countryIds: new Set(c.countries.map((x) => x.countryId)),
          fieldIds: new Set(c.fields.map((x) => x.fieldId)),
          partnerAgency: c.agencies[0]?.agency ?? null,
          deadline: c.milestones[0]?.startsAt ?? null,
        },
      ]),
    ),
  };
  const neededCountries = ['JP', ...Object.values(ORGANIZATIONS).map((o) => o.country)];
  const neededFields = PROPOSALS.map((p) => p.field);
  const missing = [
    ...neededCountries.filter((c) => !ref.countries.has(c)).map((c) => `country ${c}`),
    ...neededFields.filter((f) => !ref.fields.has(f)).map((f) => `research field ${f}`),
    ...callCodes.filter((c) => !ref.calls.has(c)).map((c) => `call ${c}`),
  ];
  if (missing.length) {
    throw new Error(`Demo data needs the reference data first; missing: ${[...new Set(missing)].join(', ')}`);
  }
  return ref;
}

// ───────────────────────────── building rows ─────────────────────────────

interface Rows {
  organizations: Prisma.OrganizationCreateManyInput[];
  researchers: Prisma.ResearcherCreateManyInput[];
  proposals: Prisma.ProposalCreateManyInput[];
  partnerCountries: Prisma.ProposalPartnerCountryCreateManyInput[];
  teamMembers: Prisma.TeamMemberCreateManyInput[];
  budgetLines: Prisma.BudgetLineCreateManyInput[];
  attestations: Prisma.ResearchSecurityAttestationCreateManyInput[];
  decisions: Prisma.DecisionCreateManyInput[];
  projects: Prisma.ProjectCreateManyInput[];
  outcomes: Prisma.OutcomeCreateManyInput[];
  mobilities: Prisma.MobilityCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  externalIds: Prisma.ExternalIdCreateManyInput[];
}

const JAPAN_ROLES: ReadonlySet<TeamRole> = new Set<TeamRole>(['PI', 'CO_PI', 'YOUNG_TRAVELLER', 'COORDINATOR', 'STUDENT', 'TECHNICIAN']);
const LEAD_PARTNER_ROLES: ReadonlySet<TeamRole> = new Set<TeamRole>(['PARTNER_PI', 'UK_PROJECT_LEAD']);
const NETWORK_PURPOSES: ReadonlySet<BudgetPurpose> = new Set<BudgetPurpose>(['WORKSHOPS', 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', 'INVITATIONS', 'COORDINATION_STAFF']);
const STUDENT_STAGES: ReadonlySet<CareerStage> = new Set<CareerStage>(['MASTERS_STUDENT', 'DOCTORAL_STUDENT']);
/** The year the young-researcher rule is judged against (degree within ~15 years). */
const DEMO_YEAR = 2026;

const STAGES: Record<Stage, { status: ProposalStatus; decisions: [DecisionStage, DecisionResult][] }> = {
  DRAFT: { status: 'DRAFT', decisions: [] },
  SUBMITTED: { status: 'SUBMITTED', decisions: [] },
  DOCUMENT_REVIEW: { status: 'DOCUMENT_REVIEW', decisions: [] },
  INTERVIEW: { status: 'INTERVIEW', decisions: [['DOCUMENT_REVIEW', 'PASSED']] },
  WITHDRAWN: { status: 'WITHDRAWN', decisions: [] },
  ADOPTED: { status: 'ADOPTED', decisions: [['DOCUMENT_REVIEW', 'PASSED'], ['INTERVIEW', 'PASSED'], ['FINAL', 'ADOPTED']] },
  FAILED_DOCUMENT_REVIEW: { status: 'REJECTED', decisions: [['DOCUMENT_REVIEW', 'FAILED'], ['FINAL', 'REJECTED']] },
  FAILED_INTERVIEW: { status: 'REJECTED', decisions: [['DOCUMENT_REVIEW', 'PASSED'], ['INTERVIEW', 'FAILED'], ['FINAL', 'REJECTED']] },
  REJECTED_FINAL: { status: 'REJECTED', decisions: [['DOCUMENT_REVIEW', 'PASSED'], ['INTERVIEW', 'PASSED'], ['FINAL', 'REJECTED']] },
};

type BudgetPlan = { share: number; profile: BudgetProfile; breaksGuideline?: boolean };

interface Member {
  key: ResearcherKey;
  role: TeamRole;
  side: TeamSide;
  org: OrgKey;
  travels: boolean;
}

/** What the outcome and mobility generators need to know about one project. */
interface ProjectContext {
  index: number;
  no: string;
  projectId: string;
  seed: ProposalSeed;
  startsOn: Date;
  endsOn: Date;
  members: Member[];
  partnerOrgs: OrgKey[];
  /** A partner agency co-runs the call and reports outcomes too (Gateway to Research kinds). */
  partnerReports: boolean;
}

function buildRows(ref: Reference): Rows {
  const rows: Rows = {
    organizations: [], researchers: [], proposals: [], partnerCountries: [], teamMembers: [], budgetLines: [],
    attestations: [], decisions: [], projects: [], outcomes: [], mobilities: [], evaluations: [], externalIds: [],
  };
  const problems: string[] = [];
  const countryId = (code: string) => ref.countries.get(code)?.id ?? '';

  for (const [key, org] of entries(ORGANIZATIONS)) {
    rows.organizations.push({ id: orgId(key), nameEn: org.nameEn, nameJa: org.nameJa, kind: org.kind, countryId: countryId(org.country), rorId: null });
  }

  let orcids = 0;
  let erads = 0;
  for (const [key, person] of entries(RESEARCHERS)) {
    const japanBased = ORGANIZATIONS[person.org].country === 'JP';
    if (person.ids.includes('e') && !japanBased) problems.push(`${key}: e-Rad numbers are for Japan-based researchers`);
    rows.researchers.push({
      id: researcherId(key),
      nameEn: person.nameEn,
      nameJa: person.nameJa,
      careerStage: person.stage,
      degreeYear: person.degreeYear,
      organizationId: orgId(person.org),
      orcid: person.ids.includes('o') ? demoOrcid(++orcids) : null,
      eradNumber: person.ids.includes('e') ? `9000${pad(++erads, 4)}` : null,
    });
  }

  // FY2026 solo rule: a researcher is PI or Co-PI on one proposal only.
  const singleApplication = new Map<ResearcherKey, string>();
  let grants = 0;

  PROPOSALS.forEach((seed, index) => {
    const no = pad(index + 1, 2);
    const where = `proposal ${no} (${seed.call})`;
    const timeline: CallTimeline = CALLS[seed.call];
    const call = ref.calls.get(seed.call);
    if (!call) return; // loadReference has already refused to go on without it
    const { status, decisions } = STAGES[seed.stage];
    const proposalId = demoId(`proposal/${no}`);
    const deadline = call.deadline ?? jst(timeline.deadline);
    const submitted = status !== 'DRAFT' && !seed.neverSubmitted;
    // Spread submissions over the last days before the deadline.
    const submittedAt = submitted ? addHours(deadline, -(20 + ((index * 37) % 240))) : null;
    const maxMonths = call.maxPeriodMonths ?? timeline.maxPeriodMonths;
    const months = seed.months ?? maxMonths;
    const startsOn = call.supportStartsOn ?? day(timeline.supportStartsOn);
    const fieldId = ref.fields.get(seed.field) ?? '';
    const members = teamOf(seed);
    const partnerOrgs = unique(members.filter((m) => m.side === 'PARTNER').map((m) => m.org));
    const partnerCountries = unique(partnerOrgs.map((o) => ORGANIZATIONS[o].country));

    if (months > maxMonths || months < (call.minPeriodMonths ?? 1)) problems.push(`${where}: ${months} months outside the call's period`);
    if (call.fieldIds.size && !call.fieldIds.has(fieldId)) problems.push(`${where}: field ${seed.field} not in the call`);
    for (const c of partnerCountries) {
      if (call.countryIds.size && !call.countryIds.has(countryId(c))) problems.push(`${where}: partner country ${c} not eligible`);
    }
    if (partnerCountries.length < 1 || partnerCountries.length > 2) problems.push(`${where}: needs 1–2 partner countries`);
    problems.push(...teamProblems(where, members, call.youngResearcherYearsSinceDegree ?? 15));
    if (call.singleApplicationPerResearcher || timeline.singleApplicationPerResearcher) {
      for (const m of members.filter((x) => x.role === 'PI' || x.role === 'CO_PI')) {
        const other = singleApplication.get(m.key);
        if (other) problems.push(`${where}: ${m.key} is already PI/Co-PI on ${other}`);
        singleApplication.set(m.key, where);
      }
    }

    // A document-review failure is also the final answer, recorded just after it.
    const stepDates: Record<DecisionStage, Date> = {
      DOCUMENT_REVIEW: jst(timeline.documentReviewOn),
      INTERVIEW: jst(timeline.interviewOn),
      FINAL: seed.stage === 'FAILED_DOCUMENT_REVIEW' ? addHours(jst(timeline.documentReviewOn), 1) : jst(timeline.resultsOn),
    };
    const timelineInOrder = [deadline, jst(timeline.documentReviewOn), jst(timeline.interviewOn), jst(timeline.resultsOn), startsOn]
      .every((d, i, all) => i === 0 || (all[i - 1] ?? d) < d);
    if (!timelineInOrder) problems.push(`${where}: deadline, review dates and support start out of order`);
    const finalDecision = decisions.find(([stage]) => stage === 'FINAL');

    const countryNames = partnerCountries.map((c) => ref.countries.get(c));
    rows.proposals.push({
      id: proposalId,
      callId: call.id,
      fieldId,
      leadOrganizationId: orgId(memberOrg(seed.pi)),
      titleEn: `[Demo] ${seed.title[0]}`,
      titleJa: `【デモ】${seed.title[1]}`,
      abstractEn:
        `Fictional demo proposal. A team from Japan and ${countryNames.map((c) => c?.nameEn).join(' and ')} works on ` +
        `${seed.topic}; young researchers spend long stays at the partner institutions.`,
      abstractJa:
        `【デモ】架空の研究提案です。日本と${countryNames.map((c) => c?.nameJa).join('・')}のチームが` +
        `「${seed.title[1]}」に取り組み、若手研究者が相手側機関に長期滞在します。`,
      status,
      submittedAt,
      decidedAt: finalDecision ? stepDates.FINAL : null,
      plannedPeriodMonths: months,
    });
    for (const c of partnerCountries) rows.partnerCountries.push({ proposalId, countryId: countryId(c) });

    const letterDate = addDays(toDay(submittedAt ?? deadline), -21);
    const partnerSide = members.filter((m) => m.side === 'PARTNER');
    members.forEach((m) => {
      const left = seed.leftOn?.[m.key];
      const letter = m.role === 'PARTNER_PI' && call.requiresPartnerLetterOfIntent;
      rows.teamMembers.push({
        id: demoId(`proposal/${no}/member/${m.key}`),
        proposalId,
        researcherId: researcherId(m.key),
        side: m.side,
        role: m.role,
        organizationId: orgId(m.org),
        travelsToPartner: m.travels,
        letterOfIntentReceivedOn: letter ? letterDate : null,
        letterOfIntentProgram: letter
          ? call.kind === 'JOINT'
            ? `Partner-side application to the joint call ${seed.call} (demo)`
            : `Demo: ${ref.countries.get(ORGANIZATIONS[m.org].country)?.nameEn} frontier research programme (fictional)`
          : null,
        letterOfIntentReference: letter ? `DEMO-LOI-${no}-${partnerSide.indexOf(m) + 1}` : null,
        joinedOn: left ? startsOn : null,
        leftOn: left ? day(left) : null,
      });
    });

    if (seed.budget !== 'none') {
      const plan: BudgetPlan = seed.budget ?? { share: 0.72 + ((index * 7) % 25) / 100, profile: 'network' };
      const cap = call.maxDirectCostYen ?? timeline.planningCapYen;
      const total = (BigInt(Math.floor(plan.share * 1000)) * cap) / 1000n / 1_000_000n * 1_000_000n;
      const lines = budgetLines(total, startsOn, months, BUDGET_PROFILES[plan.profile]);
      const sum = lines.reduce((s, l) => s + l.amount, 0n);
      const network = lines.filter((l) => NETWORK_PURPOSES.has(l.purpose)).reduce((s, l) => s + l.amount, 0n);
      if (sum > cap) problems.push(`${where}: budget ${sum} exceeds the cap ${cap}`);
      const guideline = call.networkShareGuidelinePercent ?? timeline.networkShareGuidelinePercent;
      if (guideline != null && (network * 100n < sum * BigInt(guideline)) !== !!plan.breaksGuideline) {
        problems.push(`${where}: network share ${(Number(network) / Number(sum)) * 100}% vs guideline ${guideline}%`);
      }
      for (const l of lines) {
        rows.budgetLines.push({
          id: demoId(`proposal/${no}/budget/${l.fiscalYear}/${l.purpose}`),
          proposalId,
          fiscalYear: l.fiscalYear,
          purpose: l.purpose,
          directCostYen: l.amount,
        });
      }
    }

    if (call.requiresResearchSecurity || timeline.requiresResearchSecurity) {
      const orgs = unique(members.filter((m) => m.role === 'PI' || m.role === 'CO_PI').map((m) => m.org));
      for (const org of orgs.filter((o) => o !== seed.missingAttestation)) {
        rows.attestations.push({
          id: demoId(`proposal/${no}/attestation/${org}`),
          proposalId,
          organizationId: orgId(org),
          attestedAt: addHours(submittedAt ?? deadline, -(72 + index)),
          attestedByName: `Research Security Office (demo), ${ORGANIZATIONS[org].nameEn.replace('Demo: ', '')}`,
          note: 'Fictional attestation: risk management following the Cabinet Office procedures.',
        });
      }
    }

    for (const [stage, result] of decisions) {
      rows.decisions.push({
        id: demoId(`proposal/${no}/decision/${stage}`),
        proposalId,
        stage,
        result,
        decidedAt: stepDates[stage],
        note: 'Demo decision (fictional review).',
      });
    }

    const agency = call.partnerAgency;
    if (agency && submitted) {
      rows.externalIds.push({ id: demoId(`proposal/${no}/external`), agencyId: agency.id, entity: 'PROPOSAL', recordId: proposalId, externalId: `DEMO-${agency.code}-${seed.call.slice(2, 6)}-${no}` });
    }

    if (status !== 'ADOPTED') return;
    const grant = ++grants;
    const projectId = demoId(`project/${no}`);
    const fixedEnd = call.japanSideEndsOn ?? (timeline.japanSideEndsOn ? day(timeline.japanSideEndsOn) : null);
    const endsOn = fixedEnd ?? addDays(addMonths(startsOn, months), -1);
    const reason = seed.project?.reReviewReason;
    rows.projects.push({
      id: projectId,
      proposalId,
      grantNumber: `DEMO-${pad(grant, 4)}`,
      startsOn,
      endsOn,
      status: seed.project?.status ?? 'ACTIVE',
      reReviewRequired: !!reason,
      reReviewReason: reason ?? null,
    });
    if (agency) {
      rows.externalIds.push({ id: demoId(`project/${no}/external`), agencyId: agency.id, entity: 'PROJECT', recordId: projectId, externalId: `DEMO-${agency.code}-GRANT-${pad(grant, 4)}` });
    }
    const ctx: ProjectContext = { index, no, projectId, seed, startsOn, endsOn, members, partnerOrgs, partnerReports: !!agency };
    const outcomes = [...notableOutcomes(ctx), ...generatedOutcomes(ctx, ref)];
    const mobilities = generatedMobility(ctx, countryId);
    const last = minDate(endsOn, day(DEMO_CUTOFF));
    for (const o of outcomes) {
      if (o.occurredOn < startsOn || o.occurredOn > last) problems.push(`${where}: outcome "${o.title}" outside the project`);
    }
    for (const m of mobilities) {
      if (m.startsOn < startsOn || m.endsOn > endsOn) problems.push(`${where}: mobility outside the project`);
    }
    rows.outcomes.push(...outcomes);
    rows.mobilities.push(...mobilities);
    if (seed.evaluation) {
      const e = seed.evaluation;
      rows.evaluations.push({ id: demoId(`project/${no}/evaluation/MID_TERM`), projectId, kind: 'MID_TERM', grade: e.grade, evaluatedOn: day(e.on), summaryEn: e.summaryEn, summaryJa: e.summaryJa });
    }
  });

  if (problems.length) throw new Error(`Demo data does not fit the reference data:\n- ${problems.join('\n- ')}`);
  return rows;
}

function teamOf(seed: ProposalSeed): Member[] {
  const member = (key: ResearcherKey, role: TeamRole, travels = false): Member => ({
    key,
    role,
    side: JAPAN_ROLES.has(role) ? 'JAPAN' : 'PARTNER',
    org: memberOrg(key),
    travels,
  });
  return [
    member(seed.pi, 'PI', !!seed.piTravels),
    ...(seed.coPis ?? []).map((k) => member(k, 'CO_PI')),
    ...(seed.young ?? []).map((k) => member(k, 'YOUNG_TRAVELLER', true)),
    ...definedEntries(seed.support ?? {}).map(([k, role]) => member(k, role)),
    ...definedEntries(seed.partner).map(([k, role]) => member(k, role)),
  ];
}

function teamProblems(where: string, members: Member[], youngYears: number): string[] {
  const problems: string[] = [];
  const keys = members.map((m) => m.key);
  if (new Set(keys).size !== keys.length) problems.push(`${where}: a researcher appears twice`);
  for (const m of members) {
    const inJapan = ORGANIZATIONS[m.org].country === 'JP';
    if (inJapan !== (m.side === 'JAPAN')) problems.push(`${where}: ${m.key} (${m.role}) is affiliated on the wrong side`);
  }
  if (!members.some((m) => LEAD_PARTNER_ROLES.has(m.role))) problems.push(`${where}: no partner PI or UK project lead`);
  const qualifies = (m: Member) => {
    const p = RESEARCHERS[m.key];
    return STUDENT_STAGES.has(p.stage) || (p.degreeYear != null && p.degreeYear >= DEMO_YEAR - youngYears);
  };
  const travellers = members.filter((m) => m.travels);
  if (!travellers.some(qualifies)) problems.push(`${where}: no young researcher travels`);
  for (const m of travellers.filter((t) => !qualifies(t))) problems.push(`${where}: traveller ${m.key} is not a young researcher`);
  return problems;
}

// ───────────────────────────── budgets ─────────────────────────────

/** Splits a direct-cost total over the fiscal years the period touches (by months) and purposes. */
function budgetLines(
  total: bigint,
  startsOn: Date,
  months: number,
  profile: Partial<Record<BudgetPurpose, number>>,
): { fiscalYear: number; purpose: BudgetPurpose; amount: bigint }[] {
  const monthsPerYear = new Map<number, number>();
  for (let m = 0; m < months; m++) {
    const fy = fiscalYearOf(addMonths(startsOn, m));
    monthsPerYear.set(fy, (monthsPerYear.get(fy) ?? 0) + 1);
  }
  const lines: { fiscalYear: number; purpose: BudgetPurpose; amount: bigint }[] = [];
  for (const [fiscalYear, n] of monthsPerYear) {
    for (const [purpose, percent] of definedEntries(profile)) {
      // Rounded down to thousands of yen, so the lines never add up to more than the total.
      const amount = ((total * BigInt(percent) * BigInt(n)) / BigInt(100 * months) / 1000n) * 1000n;
      if (amount > 0n) lines.push({ fiscalYear, purpose, amount });
    }
  }
  return lines;
}

// ───────────────────────────── outcomes ─────────────────────────────

const OUTCOME_CYCLE: OutcomeKind[] = [
  'JOINT_PRESENTATION', 'CO_AUTHORED_PAPER', 'WORKSHOP', 'SEMINAR', 'CO_AUTHORED_PAPER', 'JOINT_PRESENTATION',
  'SYMPOSIUM', 'NEW_COLLABORATION', 'CO_AUTHORED_PAPER', 'LECTURE_TOUR', 'NETWORKING_EVENT',
];
/** Gateway to Research categories the UK side reports through Researchfish. */
const PARTNER_CYCLE: OutcomeKind[] = ['PUBLICATION', 'COLLABORATION_PARTNERSHIP', 'ENGAGEMENT_ACTIVITY', 'DATASET_MODEL'];

function notableOutcomes(ctx: ProjectContext): Prisma.OutcomeCreateManyInput[] {
  return (ctx.seed.outcomes ?? []).map((o, n) => ({
    id: demoId(`project/${ctx.no}/notable/${n}`),
    projectId: ctx.projectId,
    kind: o.kind,
    reportedBySide: o.side ?? 'JAPAN',
    occurredOn: day(o.on),
    title: o.title,
    description: o.description ?? 'Fictional outcome (demo data).',
    partnerContributors: (o.contributors ?? []).map((k) => RESEARCHERS[k].nameEn),
    attendeeCount: o.attendees ?? null,
  }));
}

/** About one outcome every four months of the project so far, cycling through the kinds. */
function generatedOutcomes(ctx: ProjectContext, ref: Reference): Prisma.OutcomeCreateManyInput[] {
  const last = minDate(ctx.endsOn, day(DEMO_CUTOFF));
  const partners = ctx.members.filter((m) => m.side === 'PARTNER').map((m) => RESEARCHERS[m.key].nameEn);
  const lead = partners[0] ?? 'the partner team';
  const country = ref.countries.get(ORGANIZATIONS[ctx.partnerOrgs[0] ?? 'ravensholm'].country)?.nameEn ?? '';
  const topic = ctx.seed.topic;
  const rows: Prisma.OutcomeCreateManyInput[] = [];
  for (let n = 0; ; n++) {
    const occurredOn = addDays(ctx.startsOn, 75 + n * 120);
    if (occurredOn > last) break;
    const byPartner = ctx.partnerReports && n % 3 === 2;
    const kind = byPartner ? at(PARTNER_CYCLE, Math.floor(n / 3) + ctx.index) : at(OUTCOME_CYCLE, n + ctx.index);
    const seq = `${ctx.no}.${pad(n + 1, 2)}`;
    const size = (base: number, span: number) => base + (hashInt(`${ctx.no}/${n}`) % span);
    const paper = { doi: `10.5555/demo.${seq}`, partnerContributors: partners.slice(0, 2) };
    const text: Partial<Prisma.OutcomeCreateManyInput> & { title: string } = (() => {
      switch (kind) {
        case 'CO_AUTHORED_PAPER':
        case 'PUBLICATION':
          return { title: `[Demo] ${capitalise(topic)}: ${at(PAPER_ANGLES, n + ctx.index)}`, ...paper };
        case 'JOINT_PRESENTATION':
          return { title: `[Demo] Joint talk on ${topic} at the ${at(VENUES, n + ctx.index)}`, partnerContributors: partners.slice(0, 1) };
        case 'WORKSHOP':
          return { title: `[Demo] ${country}–Japan workshop on ${topic}`, partnerContributors: partners, attendeeCount: size(25, 50) };
        case 'SYMPOSIUM':
          return { title: `[Demo] International symposium on ${topic}`, partnerContributors: partners, attendeeCount: size(80, 120) };
        case 'SEMINAR':
          return { title: `[Demo] Seminar by ${lead} on ${topic}`, partnerContributors: [lead], attendeeCount: size(15, 30) };
        case 'LECTURE_TOUR':
          return { title: `[Demo] Lecture tour of three Japanese campuses by ${lead}`, partnerContributors: [lead], attendeeCount: size(60, 90) };
        case 'NETWORKING_EVENT':
          return { title: `[Demo] Young researchers' networking evening on ${topic}`, attendeeCount: size(30, 40) };
        case 'NEW_COLLABORATION':
          return { title: `[Demo] New collaboration on ${topic} with a third (fictional) laboratory` };
        case 'COLLABORATION_PARTNERSHIP':
          return { title: `[Demo] Partnership agreement between the teams on ${topic}`, partnerContributors: partners.slice(0, 1) };
        case 'ENGAGEMENT_ACTIVITY':
          return { title: `[Demo] School outreach day on ${topic}`, attendeeCount: size(40, 100) };
        case 'DATASET_MODEL':
          return { title: `[Demo] Shared dataset on ${topic} (fictional)` };
        default:
          return { title: `[Demo] ${kind} on ${topic}` };
      }
    })();
    rows.push({
      id: demoId(`project/${ctx.no}/outcome/${n}`),
      projectId: ctx.projectId,
      kind,
      reportedBySide: byPartner ? 'PARTNER' : 'JAPAN',
      occurredOn,
      description: 'Fictional outcome (demo data).',
      ...text,
    });
  }
  return rows;
}

// ───────────────────────────── mobility ─────────────────────────────

/** Japan-side travellers go out (young ones for about a year), partner-side members are invited. */
function generatedMobility(ctx: ProjectContext, countryId: (code: string) => string): Prisma.MobilityCreateManyInput[] {
  const cutoff = day(DEMO_CUTOFF);
  const home = memberOrg(ctx.seed.pi);
  const topic = ctx.seed.topic;
  const rows: Prisma.MobilityCreateManyInput[] = [];
  ctx.members
    .filter((m) => m.side === 'JAPAN' && m.travels)
    .forEach((m, i) => {
      const startsOn = addDays(ctx.startsOn, 45 + 70 * i);
      if (startsOn > cutoff) return;
      const long = m.role === 'YOUNG_TRAVELLER';
      const host = at(ctx.partnerOrgs, i);
      const name = ORGANIZATIONS[host].nameEn;
      rows.push({
        id: demoId(`project/${ctx.no}/mobility/out/${m.key}`),
        projectId: ctx.projectId,
        researcherId: researcherId(m.key),
        direction: 'DISPATCHED',
        countryId: countryId(ORGANIZATIONS[host].country),
        hostOrganizationId: orgId(host),
        homeOrganizationId: orgId(m.org),
        startsOn,
        endsOn: minDate(long ? addDays(addMonths(startsOn, 12), -1) : addDays(startsOn, 20), ctx.endsOn),
        purpose: long
          ? `Long stay (about one year) at ${name}: joint experiments on ${topic}.`
          : `Visit to ${name} to plan joint work on ${topic} and co-supervise students.`,
      });
    });
  ctx.members
    .filter((m) => m.side === 'PARTNER')
    .forEach((m, j) => {
      const startsOn = addDays(ctx.startsOn, 150 + 90 * j);
      if (startsOn > cutoff) return;
      const long = m.role !== 'PARTNER_PI' && m.role !== 'UK_PROJECT_LEAD';
      const name = ORGANIZATIONS[home].nameEn;
      rows.push({
        id: demoId(`project/${ctx.no}/mobility/in/${m.key}`),
        projectId: ctx.projectId,
        researcherId: researcherId(m.key),
        direction: 'INVITED',
        countryId: countryId(ORGANIZATIONS[m.org].country),
        hostOrganizationId: orgId(home),
        homeOrganizationId: orgId(m.org),
        startsOn,
        endsOn: minDate(long ? addDays(addMonths(startsOn, 3), -1) : addDays(startsOn, 13), ctx.endsOn),
        purpose: long
          ? `Invited research stay at ${name} (three months) on ${topic}.`
          : `Invited visit to ${name}: seminar and joint workshop on ${topic}.`,
      });
    });
  return rows;
}

// ───────────────────────────── small helpers ─────────────────────────────

/** Team affiliation: where the person was when the proposals were written. */
function memberOrg(key: ResearcherKey): OrgKey {
  const person = RESEARCHERS[key];
  return person.proposalOrg ?? person.org;
}

const orgId = (key: OrgKey) => demoId(`organization/${key}`);
const researcherId = (key: ResearcherKey) => demoId(`researcher/${key}`);

// Every demo id carries the same UUIDv7 timestamp; the remaining bits hash a stable name.
const DEMO_ID_TIME = Date.UTC(2026, 10, 1);

/** A deterministic UUIDv7-shaped id for a demo row. */
export function demoId(name: string): string {
  const hash = createHash('sha256').update(`aspire-demo:${name}`).digest();
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(DEMO_ID_TIME, 0, 6);
  hash.copy(bytes, 6, 0, 10);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x70, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function hashInt(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0);
}

/**
 * An ORCID-shaped iD, 0009-0000-0000-NNNC. The 0009 block is ORCID's live range, so the check
 * character is deliberately wrong: no demo iD can ever be a real person's.
 */
function demoOrcid(n: number): string {
  const digits = `000900000000${pad(n, 3)}`;
  let total = 0;
  for (const ch of digits) total = (total + Number(ch)) * 2;
  const check = (12 - (total % 11)) % 11;
  const wrong = (check + 1) % 11;
  return `0009-0000-0000-${pad(n, 3)}${wrong === 10 ? 'X' : wrong}`;
}

const DAY_MS = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A JST instant; a bare date means 17:00 that day (when review results go out). */
const jst = (local: string) => new Date(`${local.length === 10 ? `${local}T17:00` : local}:00+09:00`);
const toDay = (d: Date) => day(d.toISOString().slice(0, 10));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const addHours = (d: Date, n: number) => new Date(d.getTime() + n * 3_600_000);
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
const minDate = (a: Date, b: Date) => (a < b ? a : b);
/** Japanese fiscal year: April to March. */
const fiscalYearOf = (d: Date) => (d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const unique = <T>(xs: T[]) => [...new Set(xs)];

function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error('empty list');
  return x;
}

function entries<K extends string, V>(o: Record<K, V>): [K, V][] {
  return Object.entries(o) as [K, V][];
}

function definedEntries<K extends string, V>(o: Partial<Record<K, V>>): [K, V][] {
  return (Object.entries(o) as [K, V | undefined][]).filter((e): e is [K, V] => e[1] !== undefined);
}
