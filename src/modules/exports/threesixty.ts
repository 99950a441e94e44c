// Adopted projects as grants in the 360Giving Data Standard (1.4): a JSON package and its
// flattened CSV. Mapping: https://standard.threesixtygiving.org/en/latest/technical/reference/
import { encodeGlobalID } from '@pothos/plugin-relay';
import { visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { periodMonths } from '../../domain/periods.js';
import { projectWhere } from '../projects/project.js';
import { projectRows, type ProjectRow } from './datasets.js';

export interface ThreeSixtySettings {
  /** The publisher's registered 360Giving prefix (360G-…), which makes grant and organisation ids unique worldwide. */
  prefix: string;
  /** Funding agencies' organisation identifiers (org-id.guide) by agency code, where the operator knows them. */
  funderIds: ReadonlyMap<string, string>;
}

/** A placeholder that says what it is: 360Giving registers prefixes, and JST has none on record here. */
export const PLACEHOLDER_PREFIX = '360G-UNREGISTERED-ASPIRE';

export function threeSixtySettings(env: NodeJS.ProcessEnv = process.env): ThreeSixtySettings {
  const prefix = env.ASPIRE_360G_PREFIX || PLACEHOLDER_PREFIX;
  if (!/^360G-[A-Za-z0-9-]+$/.test(prefix)) throw new Error(`ASPIRE_360G_PREFIX must look like 360G-<letters, digits, hyphens>, got "${prefix}"`);
  const funderIds = new Map<string, string>();
  for (const entry of (env.ASPIRE_360G_FUNDER_IDS ?? '').split(',').filter(Boolean)) {
    const [code, id] = entry.split('=').map((part) => part.trim());
    if (!code || !id) throw new Error(`ASPIRE_360G_FUNDER_IDS must be CODE=org-id pairs separated by commas, got "${entry}"`);
    funderIds.set(code.toUpperCase(), id);
  }
  return { prefix, funderIds };
}

/** org-id.guide's list code for ROR ids. */
const ROR_LIST = 'XI-ROR';

type Agency = ProjectRow['proposal']['call']['agencies'][number]['agency'];

/**
 * The funding organisation's identifier: the operator's setting, else its ROR id, else an internal
 * identifier under the publisher's prefix (what 360Giving asks for when there is no registered one).
 */
function funderIdentifier(agency: Agency, settings: ThreeSixtySettings): string {
  const configured = settings.funderIds.get(agency.code);
  if (configured) return configured;
  return agency.rorId ? `${ROR_LIST}-${agency.rorId}` : `${settings.prefix}-agency-${agency.code}`;
}

const day = (value: Date) => value.toISOString().slice(0, 10);

/** What the standard has no field for, in one additional object per grant (as the DEI extension adds `deiDetails`). */
export interface AspireDetails {
  projectId: string;
  grantNumber: string | null;
  grantDoi: string | null;
  partnerCountries: string[];
  callKind: string;
  callTrack: string | null;
  callFiscalYear: number;
  researchField: string;
  directCostYen: number;
  indirectCostYen: number;
  funderCrossrefId: string | null;
}

export interface Grant {
  id: string;
  title: string;
  description: string;
  currency: 'JPY';
  amountAwarded: number;
  awardDate: string;
  fromOpenCall: 'Yes';
  plannedDates: { startDate: string; endDate: string; duration: number }[];
  recipientOrganization: { id: string; name: string; addressCountry: string }[];
  fundingOrganization: { id: string; name: string }[];
  grantProgramme: { code: string; title: string }[];
  classifications: { vocabulary: string; code: string }[];
  dateModified: string;
  aspireDetails: AspireDetails;
}

export function grantOf(project: ProjectRow & { budget: NonNullable<ProjectRow['budget']> }, settings: ThreeSixtySettings): Grant {
  const { proposal, budget } = project;
  const lead = proposal.call.agencies.find((a) => a.role === 'LEAD')?.agency ?? proposal.call.agencies[0]!.agency;
  const org = proposal.leadOrganization;
  return {
    // The project's id never changes, so neither does the grant's.
    id: `${settings.prefix}-${project.id}`,
    title: proposal.titleEn,
    description: proposal.abstractEn ?? proposal.abstractJa ?? proposal.titleEn,
    currency: 'JPY',
    // Yen amounts of the program (at most ¥500,000,000 a project) are exact as JSON numbers.
    amountAwarded: Number(budget.totalCostYen),
    // The adoption decision; a project made before decisions were recorded falls back to its creation.
    awardDate: day(proposal.decidedAt ?? project.createdAt),
    // Every ASPIRE call is a public call for proposals (公募); invitation-type calls belong to LOTUS.
    fromOpenCall: 'Yes',
    plannedDates: [{ startDate: day(project.startsOn), endDate: day(project.endsOn), duration: periodMonths(project.startsOn, project.endsOn) }],
    recipientOrganization: [
      { id: org.rorId ? `${ROR_LIST}-${org.rorId}` : `${settings.prefix}-org-${org.id}`, name: org.nameEn, addressCountry: org.country.code },
    ],
    fundingOrganization: [{ id: funderIdentifier(lead, settings), name: lead.nameEn }],
    grantProgramme: [{ code: proposal.call.code, title: proposal.call.titleEn }],
    classifications: [{ vocabulary: 'ASPIRE research field', code: proposal.field.code }],
    dateModified: project.updatedAt.toISOString(),
    aspireDetails: {
      projectId: encodeGlobalID('Project', project.id),
      grantNumber: project.grantNumber,
      grantDoi: project.grantDoi,
      partnerCountries: proposal.partnerCountries.map((c) => c.country.code),
      callKind: proposal.call.kind,
      callTrack: proposal.call.track,
      callFiscalYear: proposal.call.fiscalYear,
      researchField: proposal.field.code,
      directCostYen: Number(budget.directCostYen),
      indirectCostYen: Number(budget.indirectCostYen),
      funderCrossrefId: lead.crossrefFunderId,
    },
  };
}

/**
 * The grants a caller may publish: adopted projects whose proposal it sees in full, since the
 * awarded amount and the award date are the proposal's budget and decision (not public in this API).
 */
export async function grantChunk(ctx: Context, settings: ThreeSixtySettings, after: string | undefined, take: number) {
  const where = { AND: [projectWhere(ctx, undefined), { proposal: visible.proposal(ctx) }] };
  const rows = await projectRows(ctx, where, after, take);
  return rows.map((row) => ({ id: row.id, grant: grantOf({ ...row, budget: row.budget! }, settings) }));
}

export function packageHead(modified: Date | null): Record<string, unknown> {
  return {
    version: '1.4',
    title: 'ASPIRE adopted projects (JST)',
    description:
      'Projects adopted under JST’s ASPIRE program, as grants. Amounts are Japan-side direct plus indirect cost in yen. ' +
      'Fields outside the 360Giving Data Standard are under aspireDetails.',
    ...(modified ? { modified: modified.toISOString() } : {}),
  };
}

/**
 * The flattened CSV's columns: 360Giving's column titles (the standard's schema titles joined by
 * ":"; test/exports-360giving.test.ts checks them against the vendored schema), then ours.
 */
export const GRANT_CSV: readonly { title: string; path: readonly (string | number)[] }[] = [
  { title: 'Identifier', path: ['id'] },
  { title: 'Title', path: ['title'] },
  { title: 'Description', path: ['description'] },
  { title: 'Currency', path: ['currency'] },
  { title: 'Amount Awarded', path: ['amountAwarded'] },
  { title: 'Award Date', path: ['awardDate'] },
  { title: 'From An Open Call?', path: ['fromOpenCall'] },
  { title: 'Planned Dates:Start Date', path: ['plannedDates', 0, 'startDate'] },
  { title: 'Planned Dates:End Date', path: ['plannedDates', 0, 'endDate'] },
  { title: 'Planned Dates:Duration (months)', path: ['plannedDates', 0, 'duration'] },
  { title: 'Recipient Org:Identifier', path: ['recipientOrganization', 0, 'id'] },
  { title: 'Recipient Org:Name', path: ['recipientOrganization', 0, 'name'] },
  { title: 'Recipient Org:Country', path: ['recipientOrganization', 0, 'addressCountry'] },
  { title: 'Funding Org:Identifier', path: ['fundingOrganization', 0, 'id'] },
  { title: 'Funding Org:Name', path: ['fundingOrganization', 0, 'name'] },
  { title: 'Grant Programme:Code', path: ['grantProgramme', 0, 'code'] },
  { title: 'Grant Programme:Title', path: ['grantProgramme', 0, 'title'] },
  { title: 'Last Modified', path: ['dateModified'] },
  { title: 'ASPIRE Details:Project ID', path: ['aspireDetails', 'projectId'] },
  { title: 'ASPIRE Details:Grant Number', path: ['aspireDetails', 'grantNumber'] },
  { title: 'ASPIRE Details:Grant DOI', path: ['aspireDetails', 'grantDoi'] },
  { title: 'ASPIRE Details:Partner Countries', path: ['aspireDetails', 'partnerCountries'] },
  { title: 'ASPIRE Details:Call Kind', path: ['aspireDetails', 'callKind'] },
  { title: 'ASPIRE Details:Call Track', path: ['aspireDetails', 'callTrack'] },
  { title: 'ASPIRE Details:Call Fiscal Year', path: ['aspireDetails', 'callFiscalYear'] },
  { title: 'ASPIRE Details:Research Field', path: ['aspireDetails', 'researchField'] },
  { title: 'ASPIRE Details:Direct Cost (JPY)', path: ['aspireDetails', 'directCostYen'] },
  { title: 'ASPIRE Details:Indirect Cost (JPY)', path: ['aspireDetails', 'indirectCostYen'] },
  { title: 'ASPIRE Details:Funder Crossref ID', path: ['aspireDetails', 'funderCrossrefId'] },
];

export function grantCsvValues(grant: Grant): unknown[] {
  return GRANT_CSV.map(({ path }) => path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null)?.[key] ?? null, grant));
}
