import { CALL_RULE_COLUMNS, rulesOf, type CallRuleRow } from '../calls/call-rules.js';
import { visible, visibleById } from '../../auth/visibility.js';
import { budgetTotals, directCostByFiscalYear, NETWORK_AND_YOUTH_PURPOSES } from '../../domain/budget.js';
import { builder } from '../../schema/builder.js';
import { BudgetPurposeEnum } from './enums.js';

export const BudgetLineRef = builder.prismaNode('BudgetLine', {
  description:
    'Japan-side direct cost of a proposal for one fiscal year and purpose. Indirect cost is not entered: ' +
    'it is derived from the call’s rate (see `ProposalBudget`).',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.budgetLine),
  select: { id: true },
  fields: (t) => ({
    // Nullable like every `proposal` field, so fragments on several types can select it together.
    proposal: t.relation('proposal', { nullable: true }),
    fiscalYear: t.expose('fiscalYear', { type: 'FiscalYear' }),
    purpose: t.expose('purpose', { type: BudgetPurposeEnum }),
    countsTowardsNetworkAndYouth: t.boolean({
      description:
        'Whether this purpose builds international networks and develops young researchers, and so counts ' +
        'towards the guideline share of about 70% or more of direct cost.',
      select: { purpose: true },
      resolve: (line) => NETWORK_AND_YOUTH_PURPOSES.has(line.purpose),
    }),
    directCostYen: t.expose('directCostYen', { type: 'Yen' }),
  }),
});

const FiscalYearCostRef = builder
  .objectRef<{ fiscalYear: number; directCostYen: bigint }>('FiscalYearDirectCost')
  .implement({
    description: 'Japan-side direct cost planned for one fiscal year.',
    fields: (t) => ({
      fiscalYear: t.expose('fiscalYear', { type: 'FiscalYear' }),
      directCostYen: t.expose('directCostYen', { type: 'Yen' }),
    }),
  });

// One query shape for the lines, whether listed or only summed, so both share the proposal's load.
const linesQuery = { orderBy: [{ fiscalYear: 'asc' as const }, { purpose: 'asc' as const }, { id: 'asc' as const }] };
const totalsSelection = {
  budgetLines: { ...linesQuery, select: { fiscalYear: true, purpose: true, directCostYen: true } },
  call: { select: CALL_RULE_COLUMNS },
} as const;

const rateOf = (call: CallRuleRow) => rulesOf(call).rules.indirectRatePercent;

export const ProposalBudgetRef = builder.prismaObject('Proposal', {
  variant: 'ProposalBudget',
  description:
    'The Japan-side budget of a proposal: its lines and the totals derived from them, with indirect cost at the ' +
    'call’s rate (30% of direct cost in every ASPIRE call so far). Amounts are in yen.',
  select: {},
  fields: (t) => {
    const totals = (
      key: 'directCostYen' | 'indirectCostYen' | 'totalCostYen' | 'networkAndYouthCostYen',
      description: string,
    ) =>
      t.field({
        type: 'Yen',
        description,
        select: totalsSelection,
        resolve: (proposal) => budgetTotals(proposal.budgetLines, rateOf(proposal.call))[key],
      });
    return {
      lines: t.relation('budgetLines', {
        description: 'Direct cost per fiscal year and purpose, by fiscal year.',
        query: linesQuery,
      }),
      byFiscalYear: t.field({
        type: [FiscalYearCostRef],
        description: 'Direct cost per fiscal year, in year order.',
        select: totalsSelection,
        resolve: (proposal) => directCostByFiscalYear(proposal.budgetLines),
      }),
      directCostYen: totals('directCostYen', 'Direct cost over all lines.'),
      indirectCostYen: totals('indirectCostYen', 'Indirect cost: the call’s rate of direct cost, rounded down to the yen.'),
      totalCostYen: totals('totalCostYen', 'Direct plus indirect cost: what the call’s cap including indirect cost limits.'),
      networkAndYouthCostYen: totals(
        'networkAndYouthCostYen',
        'Direct cost for building international networks and developing young researchers: workshops, young ' +
          'researchers’ travel and stay, invitations and coordination staff.',
      ),
      networkAndYouthShare: t.float({
        nullable: true,
        description:
          'Share of direct cost for networks and young researchers, 0–1, rounded down to four decimals; compare with ' +
          'the call’s guideline (about 70% or more). Null without any direct cost.',
        select: totalsSelection,
        resolve: (proposal) =>
          budgetTotals(proposal.budgetLines, rateOf(proposal.call)).networkAndYouthShare,
      }),
    };
  },
});
