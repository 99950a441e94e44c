// The life of a proposal and of a project as state machines (DOMAIN.md: document review, then
// interviews for those who pass, then results). Plain functions: the server applies them and the
// SDK ships them, so a client can tell which actions a record allows before it asks.

export type ProposalStatusName = 'DRAFT' | 'SUBMITTED' | 'DOCUMENT_REVIEW' | 'INTERVIEW' | 'ADOPTED' | 'REJECTED' | 'WITHDRAWN';
export type DecisionStageName = 'DOCUMENT_REVIEW' | 'INTERVIEW' | 'FINAL';
export type DecisionResultName = 'PASSED' | 'FAILED' | 'ADOPTED' | 'REJECTED';
export type ProjectStatusName = 'ACTIVE' | 'SUSPENDED' | 'COMPLETED' | 'TERMINATED';

export type ProposalAction =
  | { type: 'SUBMIT' }
  | { type: 'WITHDRAW' }
  | { type: 'BEGIN_DOCUMENT_REVIEW' }
  | { type: 'DECIDE'; stage: DecisionStageName; result: DecisionResultName };

export type Transition<S> =
  | { ok: true; status: S; /** A final decision recorded with this one (a failed review ends the proposal). */ closesWith?: DecisionResultName }
  | { ok: false; message: string };

const RESULTS: Record<DecisionStageName, readonly DecisionResultName[]> = {
  DOCUMENT_REVIEW: ['PASSED', 'FAILED'],
  INTERVIEW: ['PASSED', 'FAILED'],
  FINAL: ['ADOPTED', 'REJECTED'],
};

const OPEN: ReadonlySet<ProposalStatusName> = new Set(['DRAFT', 'SUBMITTED', 'DOCUMENT_REVIEW', 'INTERVIEW']);

/** Only a draft may be edited by its applicants; after submission the proposal is what was sent. */
export const isEditableProposal = (status: ProposalStatusName) => status === 'DRAFT';

/**
 * The status a proposal moves to on `action`, or why it may not. `decided` are the stages
 * already decided: each stage is decided once, and the final decision needs a passed interview.
 */
export function proposalTransition(
  status: ProposalStatusName,
  action: ProposalAction,
  decided: readonly { stage: DecisionStageName; result: DecisionResultName }[] = [],
): Transition<ProposalStatusName> {
  const refuse = (message: string): Transition<ProposalStatusName> => ({ ok: false, message });
  switch (action.type) {
    case 'SUBMIT':
      return status === 'DRAFT' ? { ok: true, status: 'SUBMITTED' } : refuse(`Only a draft can be submitted; this proposal is ${status}.`);
    case 'WITHDRAW':
      return OPEN.has(status) ? { ok: true, status: 'WITHDRAWN' } : refuse(`A ${status} proposal can no longer be withdrawn.`);
    case 'BEGIN_DOCUMENT_REVIEW':
      return status === 'SUBMITTED'
        ? { ok: true, status: 'DOCUMENT_REVIEW' }
        : refuse(`Document review begins for submitted proposals; this one is ${status}.`);
    case 'DECIDE': {
      const { stage, result } = action;
      if (!RESULTS[stage].includes(result)) return refuse(`A ${stage} decision is ${RESULTS[stage].join(' or ')}, not ${result}.`);
      if (decided.some((d) => d.stage === stage)) return refuse(`The ${stage} decision has already been made.`);
      if (stage === 'DOCUMENT_REVIEW') {
        if (status !== 'SUBMITTED' && status !== 'DOCUMENT_REVIEW') return refuse(`Document review decides submitted proposals; this one is ${status}.`);
        return result === 'PASSED' ? { ok: true, status: 'INTERVIEW' } : { ok: true, status: 'REJECTED', closesWith: 'REJECTED' };
      }
      if (status !== 'INTERVIEW') return refuse(`The ${stage} decision comes after document review is passed; this proposal is ${status}.`);
      if (stage === 'INTERVIEW') {
        return result === 'PASSED' ? { ok: true, status: 'INTERVIEW' } : { ok: true, status: 'REJECTED', closesWith: 'REJECTED' };
      }
      if (!decided.some((d) => d.stage === 'INTERVIEW' && d.result === 'PASSED')) {
        return refuse('The final decision needs a passed interview first.');
      }
      return { ok: true, status: result === 'ADOPTED' ? 'ADOPTED' : 'REJECTED' };
    }
  }
}

const PROJECT_MOVES: Record<ProjectStatusName, readonly ProjectStatusName[]> = {
  ACTIVE: ['SUSPENDED', 'COMPLETED', 'TERMINATED'],
  SUSPENDED: ['ACTIVE', 'TERMINATED'],
  COMPLETED: [],
  TERMINATED: [],
};

/** A project runs, may be suspended and resumed, and ends completed or terminated, for good. */
export function projectTransition(from: ProjectStatusName, to: ProjectStatusName): Transition<ProjectStatusName> {
  if (from === to || PROJECT_MOVES[from].includes(to)) return { ok: true, status: to };
  return { ok: false, message: `A ${from} project cannot become ${to}.` };
}

/** Which fiscal years the "adopted in at most one project" rule counts together (FY2026 on). */
export interface Adoption {
  researcherId: string;
  callFiscalYear: number;
}

/**
 * Across all ASPIRE calls of a fiscal year with the rule (JST and AMED), a researcher can be
 * adopted as PI or Co-PI in at most one project: the researchers of `applicants` already adopted.
 */
export function alreadyAdopted(applicantIds: readonly string[], fiscalYear: number, adoptions: readonly Adoption[]): string[] {
  return applicantIds.filter((id) => adoptions.some((a) => a.researcherId === id && a.callFiscalYear === fiscalYear));
}

/** A Co-PI's place on an ongoing project's team. */
export interface OngoingMembership {
  memberId: string;
  researcherId: string;
  role: string;
  projectStatus: ProjectStatusName;
}

/**
 * A Co-PI of an ongoing project who is adopted as PI or Co-PI of a new one leaves the ongoing
 * project, which is then re-reviewed (budget and team): the memberships that end on adoption.
 */
export function membershipsEndedByAdoption(adoptedApplicantIds: readonly string[], memberships: readonly OngoingMembership[]): OngoingMembership[] {
  return memberships.filter(
    (m) => m.role === 'CO_PI' && adoptedApplicantIds.includes(m.researcherId) && (m.projectStatus === 'ACTIVE' || m.projectStatus === 'SUSPENDED'),
  );
}
