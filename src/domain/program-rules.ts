// The program's rules by fiscal year, call kind and track: the one source of every call's
// effective rules. A call stores only what differs from this table (joint calls set their own
// terms with the partner agency; the UK joint call adds rules of its own), so a call created with
// only its kind, track and fiscal year enforces everything the program says of them.
// Sources: ../shared/DOMAIN.md and the seeds beside it (000 = FY2026 solo-call briefing, 001 =
// FY2024 Japan–UK joint call, 002 = mid-term evaluation, 004 = English outline); "L" = line.

export type CallKind = 'SOLO' | 'JOINT';
export type CallTrack = 'TOP' | 'RISING';

/** Which calls a rule depends on: everything else a call holds is its own data. */
export interface CallKey {
  fiscalYear: number;
  kind: CallKind;
  track: CallTrack | null;
}

export interface CallRules {
  /** Japan-side cap on direct cost over the whole period; null: no cap. */
  maxDirectCostYen: bigint | null;
  /** Japan-side cap including indirect cost; null: no cap. */
  maxTotalCostYen: bigint | null;
  indirectRatePercent: number;
  minPeriodMonths: number | null;
  maxPeriodMonths: number | null;
  /** Guideline share (目安, percent) of direct cost for networks and young researchers. */
  networkShareGuidelinePercent: number | null;
  youngResearcherYearsSinceDegree: number | null;
  requiresYoungTraveller: boolean;
  /** Young travellers stay about this many months on the partner side, in principle (a warning). */
  youngTravellerStayMonths: number | null;
  /** Each side includes at least one outgoing researcher (travelling to the other side). */
  requiresOutgoingResearcherEachSide: boolean;
  requiresPartnerLetterOfIntent: boolean;
  requiresResearchSecurity: boolean;
  /** One proposal per researcher, as PI or Co-PI, to the fiscal year's solo calls. */
  singleApplicationPerResearcher: boolean;
  /** No one applies as PI to two of the fiscal year's ASPIRE calls (JST's and AMED's). */
  singlePiApplicationPerFiscalYear: boolean;
  appliesOngoingProjectRules: boolean;
  singleAdoptionPerResearcher: boolean;
}

export type CallRuleName = keyof CallRules;

/** What a call states itself; null or absent: the program's table. */
export type CallRuleOverrides = { [K in CallRuleName]?: CallRules[K] | null };

export type RuleSourceKind = 'PROGRAM' | 'CALL';

export interface EffectiveRule {
  rule: CallRuleName;
  source: RuleSourceKind;
  /** Where the value comes from: the document line for the program's, the call's own record for a call's. */
  reference: string;
}

export interface EffectiveCallRules {
  rules: CallRules;
  sources: EffectiveRule[];
}

/** Nothing applies until a fact of the program says so. */
const NONE: CallRules = {
  maxDirectCostYen: null,
  maxTotalCostYen: null,
  indirectRatePercent: 0,
  minPeriodMonths: null,
  maxPeriodMonths: null,
  networkShareGuidelinePercent: null,
  youngResearcherYearsSinceDegree: null,
  requiresYoungTraveller: false,
  youngTravellerStayMonths: null,
  requiresOutgoingResearcherEachSide: false,
  requiresPartnerLetterOfIntent: false,
  requiresResearchSecurity: false,
  singleApplicationPerResearcher: false,
  singlePiApplicationPerFiscalYear: false,
  appliesOngoingProjectRules: false,
  singleAdoptionPerResearcher: false,
};

interface Fact {
  kind?: CallKind;
  track?: CallTrack;
  fromFiscalYear?: number;
  toFiscalYear?: number;
  rules: Partial<CallRules>;
  source: string;
}

/** The table. Later facts refine earlier ones; each names the line it is taken from. */
export const PROGRAM_FACTS: readonly Fact[] = [
  {
    rules: { indirectRatePercent: 30 },
    source: 'DOMAIN.md Calls: "Indirect cost is 30% of direct cost everywhere above"; seed 000 L84, seed 004 L28',
  },
  {
    rules: { networkShareGuidelinePercent: 70 },
    source: 'DOMAIN.md Budget rules: "About 70% or more of total direct cost (目安)"; seed 000 L91, seed 001 L496, seed 002 L127',
  },
  {
    rules: { requiresYoungTraveller: true, youngResearcherYearsSinceDegree: 15 },
    source: 'DOMAIN.md Teams: "at least one young researcher who travels … within about 15 years of their degree"; seed 000 L244–246, seed 001 L473–489',
  },
  {
    kind: 'SOLO',
    rules: { requiresPartnerLetterOfIntent: true },
    source: 'DOMAIN.md Teams/Calls: the partner PI needs a Letter of Intent (the partner is funded by its own country in a solo call); seed 000 L258',
  },
  {
    kind: 'SOLO',
    track: 'TOP',
    rules: { maxDirectCostYen: 380_000_000n, maxTotalCostYen: 500_000_000n, minPeriodMonths: 60, maxPeriodMonths: 60 },
    source: 'DOMAIN.md Calls (solo, Top): ¥380,000,000 direct, ¥500,000,000 incl. 30% indirect, 5 years; seed 000 L84–85, seed 004 L28–29',
  },
  {
    kind: 'SOLO',
    track: 'RISING',
    rules: { maxDirectCostYen: 69_000_000n, maxTotalCostYen: 90_000_000n, minPeriodMonths: 36, maxPeriodMonths: 36 },
    source: 'DOMAIN.md Calls (solo, Rising): ¥69,000,000 direct, ¥90,000,000 incl. 30% indirect, 3 years; seed 000 L84–85, seed 004 L28–29',
  },
  {
    kind: 'JOINT',
    rules: { maxTotalCostYen: 500_000_000n, minPeriodMonths: 36, maxPeriodMonths: 60 },
    source: 'DOMAIN.md Calls (joint): "up to ¥500,000,000 incl. indirect, 3–5 years", set per call with the partner agency; seed 004 L28–29',
  },
  {
    fromFiscalYear: 2024,
    toFiscalYear: 2024,
    rules: { singlePiApplicationPerFiscalYear: true },
    source: 'seed 001 L223: no duplicate application as PI within the FY2024 ASPIRE calls (JST solo and joint, AMED)',
  },
  {
    fromFiscalYear: 2026,
    rules: { requiresResearchSecurity: true },
    source: 'DOMAIN.md Research security (from FY2026): the PI\u2019s and every Co-PI\u2019s organisation; seed 000 L185–187',
  },
  {
    fromFiscalYear: 2026,
    toFiscalYear: 2026,
    kind: 'SOLO',
    rules: { singleApplicationPerResearcher: true, appliesOngoingProjectRules: true },
    source: 'DOMAIN.md Duplicate-application rules (FY2026): one proposal to the solo call; the ongoing-project table; seed 000 L162, L171–178',
  },
  {
    fromFiscalYear: 2026,
    toFiscalYear: 2026,
    rules: { singleAdoptionPerResearcher: true },
    source: 'DOMAIN.md Duplicate-application rules (FY2026): adopted as PI or Co-PI in at most one project across FY2026 ASPIRE calls; seed 000 L163',
  },
];

const applies = (fact: Fact, key: CallKey) =>
  (fact.kind === undefined || fact.kind === key.kind) &&
  (fact.track === undefined || fact.track === key.track) &&
  (fact.fromFiscalYear === undefined || key.fiscalYear >= fact.fromFiscalYear) &&
  (fact.toFiscalYear === undefined || key.fiscalYear <= fact.toFiscalYear);

const RULE_NAMES = Object.keys(NONE) as CallRuleName[];

/** The program's rules for a call of this fiscal year, kind and track, with the line each comes from. */
export function programRules(key: CallKey): EffectiveCallRules {
  const rules: CallRules = { ...NONE };
  const reference = new Map<CallRuleName, string>();
  for (const fact of PROGRAM_FACTS) {
    if (!applies(fact, key)) continue;
    Object.assign(rules, fact.rules);
    for (const rule of Object.keys(fact.rules) as CallRuleName[]) reference.set(rule, fact.source);
  }
  return {
    rules,
    sources: RULE_NAMES.map((rule) => ({ rule, source: 'PROGRAM', reference: reference.get(rule) ?? 'DOMAIN.md states no such rule for this fiscal year, kind and track' })),
  };
}

/**
 * A call's effective rules: what it states itself where it does, the program's table elsewhere.
 * Pure, so that a batch of calls is computed in memory.
 */
export function effectiveCallRules(overrides: CallRuleOverrides, key: CallKey): EffectiveCallRules {
  const program = programRules(key);
  const rules = { ...program.rules } as Record<CallRuleName, unknown>;
  const sources = program.sources.map((entry) => {
    const own = overrides[entry.rule];
    if (own === null || own === undefined) return entry;
    rules[entry.rule] = own;
    return { rule: entry.rule, source: 'CALL' as const, reference: 'stated by the call' };
  });
  return { rules: rules as unknown as CallRules, sources };
}

/**
 * Rules a joint call sets with its partner agency within the program's bounds (DOMAIN.md: "set per
 * call … up to ¥500,000,000 incl. indirect, 3–5 years"): a value inside them agrees with the table.
 */
function withinJointTerms(rule: CallRuleName, value: unknown, program: CallRules): boolean {
  const cap = program.maxTotalCostYen;
  switch (rule) {
    case 'maxDirectCostYen':
    case 'maxTotalCostYen':
      return cap === null || (typeof value === 'bigint' && value <= cap);
    case 'minPeriodMonths':
    case 'maxPeriodMonths':
      return typeof value === 'number' && (program.minPeriodMonths === null || value >= program.minPeriodMonths) && (program.maxPeriodMonths === null || value <= program.maxPeriodMonths);
    // The seeds show single joint calls adding rules of their own (seed 001 L410, L475).
    case 'requiresOutgoingResearcherEachSide':
    case 'youngTravellerStayMonths':
      return true;
    default:
      return false;
  }
}

/** Rules a call adds of its own where the seeds show one doing so: never a contradiction. */
const ADDED_BY_CALLS: ReadonlySet<CallRuleName> = new Set(['requiresOutgoingResearcherEachSide', 'youngTravellerStayMonths']);

export interface RuleContradiction {
  rule: CallRuleName;
  message: string;
}

/** The call's own values that contradict the program's table (staff are warned, not refused). */
export function contradictions(overrides: CallRuleOverrides, key: CallKey): RuleContradiction[] {
  const program = programRules(key).rules;
  const found: RuleContradiction[] = [];
  for (const rule of RULE_NAMES) {
    const own = overrides[rule];
    if (own === null || own === undefined || own === program[rule]) continue;
    if (ADDED_BY_CALLS.has(rule) && own !== false) continue;
    if (key.kind === 'JOINT' && withinJointTerms(rule, own, program)) continue;
    found.push({
      rule,
      message: `${rule} is ${String(own)} here, but the program sets ${String(program[rule])} for FY${key.fiscalYear} ${key.kind === 'SOLO' ? `${key.track ?? ''} solo` : 'joint'} calls.`,
    });
  }
  return found;
}

/** Only what differs from the table: the call stores nothing the program already says. */
export function overridesToStore(wanted: CallRuleOverrides, key: CallKey): CallRuleOverrides {
  const program = programRules(key).rules;
  const stored: CallRuleOverrides = {};
  for (const rule of Object.keys(wanted) as CallRuleName[]) {
    const value = wanted[rule];
    if (value === undefined) continue;
    (stored as Record<string, unknown>)[rule] = value === program[rule] ? null : value;
  }
  return stored;
}

export const CALL_RULE_NAMES: readonly CallRuleName[] = RULE_NAMES;
