// The team of an adopted project is the team of its proposal, which changes over the project:
// members leave (e.g. a Co-PI adopted as PI elsewhere) and join.

export interface TeamMembership {
  role: string;
  /** Null while the member is on the team. */
  leftOn: Date | null;
}

/**
 * The project's PI (exactly one at a time): the PI who has not left, else the one who left last
 * (a project whose team has been closed still names its PI).
 */
export function currentPi<M extends TeamMembership>(team: readonly M[]): M | undefined {
  // Someone still on the team counts as leaving at the end of time.
  const until = (member: M) => member.leftOn?.getTime() ?? Number.POSITIVE_INFINITY;
  return team
    .filter((member) => member.role === 'PI')
    .reduce<M | undefined>((latest, pi) => (!latest || until(pi) > until(latest) ? pi : latest), undefined);
}
