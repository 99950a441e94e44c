// The program's rules, the very functions the server enforces (src/domain), so a client can check
// a proposal before it sends it. Dates are Date objects and money is bigint yen, as on the server.
export * from '../../src/domain/proposal-rules.js';
export {
  budgetTotals,
  directCostByFiscalYear,
  indirectCost,
  NETWORK_AND_YOUTH_PURPOSES,
  type BudgetLineInput,
  type BudgetPurpose,
  type BudgetTotals,
} from '../../src/domain/budget.js';
export { callStatusAt, submissionDeadline, type CallStatus, type Milestone, type MilestoneKind } from '../../src/domain/call-status.js';
export { fiscalYearOf, fiscalYearRange, type FiscalYearRange } from '../../src/domain/fiscal-year.js';
