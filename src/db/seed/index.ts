import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { demoId, loadDemoData } from './demo.js';
import { loadSandbox } from './demo-sandbox.js';
import { loadMidTermEvaluation, loadReferenceData } from './reference.js';
import { recordLoadedRows } from '../../writes/baseline.js';

type Load = (tx: Prisma.TransactionClient) => Promise<Record<string, number>>;

const LOADS: Record<'reference' | 'mid-term-evaluation' | 'demo' | 'sandbox' | 'change-log', Load> = {
  reference: loadReferenceData,
  'mid-term-evaluation': loadMidTermEvaluation,
  demo: loadDemoData,
  // Dated from the day it is loaded (an open call), so kept apart from the fixed demo dataset.
  sandbox: (tx) => loadSandbox(tx, demoId),
  // Databases loaded before changes were recorded get their rows' CREATE events once.
  'change-log': async (tx) => ({ ChangeEvent: await recordLoadedRows(tx, 'change-log') }),
};

/**
 * Loads reference data, then (optionally) the fictional demo data, each once in the database's
 * life: a DataLoad row marks a load done, so a restart neither duplicates rows nor overwrites
 * what an administrator has since edited. Each load is one transaction.
 */
export async function seedDatabase(
  prisma: PrismaClient,
  options: { demo: boolean; sandbox?: boolean },
): Promise<{ loaded: string[] }> {
  const sandbox = options.sandbox ?? options.demo;
  const wanted = (['reference', 'mid-term-evaluation', 'demo', 'sandbox', 'change-log'] as const).filter(
    (name) => (name !== 'demo' || options.demo) && (name !== 'sandbox' || sandbox),
  );
  const done = new Set(
    (await prisma.dataLoad.findMany({ where: { name: { in: [...wanted] } } })).map((load) => load.name),
  );
  const loaded: string[] = [];
  for (const name of wanted) {
    if (done.has(name)) continue;
    await prisma.$transaction(
      async (tx) => {
        // The marker goes in first: a concurrent second start fails on its primary key and rolls back.
        await tx.dataLoad.create({ data: { name } });
        const summary = await LOADS[name](tx);
        summary.ChangeEvent = await recordLoadedRows(tx, name);
        await tx.dataLoad.update({ where: { name }, data: { summary } });
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
    loaded.push(name);
  }
  return { loaded };
}
