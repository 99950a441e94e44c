/**
 * Options for a field only those who see a proposal in full may read (its review details, a
 * team's travel plans and letters of intent). Declared on the field; for everyone else it reads
 * as null, like a value that is not there, so it reveals nothing.
 */
export function proposalDetail<Parent>(proposalIdOf: (parent: Parent) => string) {
  return {
    nullable: true,
    authScopes: (parent: Parent) => ({ seesProposal: proposalIdOf(parent) }),
    unauthorizedResolver: () => null,
  } as const;
}

export const PROPOSAL_DETAIL_NOTE = 'Null unless you see the proposal in full.';
