import type { Prisma, RecordType } from '../generated/prisma/client.js';
import { lockFeed } from './transaction.js';

/**
 * Each recorded type: its table and how to reach the call a row belongs to. Parents come before
 * children, so a feed reader meets a proposal before its team.
 */
const TABLES: readonly { type: RecordType; table: string; callId: string; join?: string }[] = [
  { type: 'COUNTRY', table: 'Country', callId: 'NULL::uuid' },
  { type: 'FUNDING_AGENCY', table: 'FundingAgency', callId: 'NULL::uuid' },
  { type: 'RESEARCH_FIELD', table: 'ResearchField', callId: 'NULL::uuid' },
  { type: 'INDICATOR', table: 'Indicator', callId: 'NULL::uuid' },
  { type: 'ORGANIZATION', table: 'Organization', callId: 'NULL::uuid' },
  { type: 'RESEARCHER', table: 'Researcher', callId: 'NULL::uuid' },
  { type: 'CALL', table: 'Call', callId: 'r.id' },
  { type: 'PROPOSAL', table: 'Proposal', callId: 'r."callId"' },
  { type: 'TEAM_MEMBER', table: 'TeamMember', callId: 'p."callId"', join: 'JOIN "Proposal" p ON p.id = r."proposalId"' },
  { type: 'DECISION', table: 'Decision', callId: 'p."callId"', join: 'JOIN "Proposal" p ON p.id = r."proposalId"' },
  { type: 'PROJECT', table: 'Project', callId: 'p."callId"', join: 'JOIN "Proposal" p ON p.id = r."proposalId"' },
  ...(['Outcome', 'Mobility', 'Evaluation'] as const).map((table) => ({
    type: table.toUpperCase() as RecordType,
    table,
    callId: 'p."callId"',
    join: 'JOIN "Project" j ON j.id = r."projectId" JOIN "Proposal" p ON p.id = j."proposalId"',
  })),
];

/**
 * Records a CREATE for every row that has no recorded change yet: rows written by a data load
 * (reference and demo data) rather than through the API. Without it a partner reading the change
 * feed from the beginning would never learn of them.
 */
export async function recordLoadedRows(tx: Prisma.TransactionClient, loadName: string): Promise<number> {
  let recorded = 0;
  // Sequences in commit order, as for any write (see lockFeed).
  await lockFeed(tx);
  for (const { type, table, callId, join = '' } of TABLES) {
    recorded += await tx.$executeRawUnsafe(
      `INSERT INTO "ChangeEvent" ("recordType", "recordId", "action", "version", "callId", "changes", "actorName")
       SELECT '${type}', r.id, 'CREATE', r.version, ${callId}, '{}'::jsonb, $1
       FROM "${table}" r ${join}
       WHERE NOT EXISTS (SELECT 1 FROM "ChangeEvent" e WHERE e."recordType" = '${type}' AND e."recordId" = r.id)
       ORDER BY r.id`,
      `data load: ${loadName}`,
    );
  }
  return recorded;
}
