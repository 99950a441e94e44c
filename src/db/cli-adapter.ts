import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { databaseTargetFromEnv, openAdapter } from './adapter.js';

const IDLE_BEFORE_CLOSE_MS = 3_000;

/**
 * The driver adapter the Prisma CLI (migrate, diff, status) runs its schema engine through.
 *
 * On PGlite the CLI never exits on its own: nothing closes the embedded database, whose
 * Postgres keeps re-arming its statistics timer while the schema engine's own timer keeps
 * touching it. The CLI offers no hook at its end (it never disposes the adapter), so we close
 * the database once the CLI has sent nothing for a few idle seconds; the timer that checks is
 * unref'd, so it can only fire while something else keeps the process alive.
 */
export async function cliAdapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const target = databaseTargetFromEnv();
  const opened = await openAdapter(target);
  if (target.kind !== 'pglite') return wholeScripts(opened.factory, opened.pool!);

  let inFlight = 0;
  let lastActivity = Date.now();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight++;
    return work.finally(() => {
      inFlight--;
      lastActivity = Date.now();
    });
  };
  const watchdog = setInterval(() => {
    if (inFlight === 0 && Date.now() - lastActivity > IDLE_BEFORE_CLOSE_MS) {
      clearInterval(watchdog);
      void opened.close();
    }
  }, 500);
  watchdog.unref();

  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const result = value.apply(target, args);
          return result instanceof Promise ? track(result) : result;
        };
      },
    });
  return wrapped(opened.factory, wrap);
}

/** The factory, its adapters seen through `wrap`. */
function wrapped(factory: SqlMigrationAwareDriverAdapterFactory, wrap: (adapter: SqlDriverAdapter) => SqlDriverAdapter): SqlMigrationAwareDriverAdapterFactory {
  return {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}

/**
 * adapter-pg runs a migration by splitting it at every `;`, which cuts apart a function body
 * (`$$ … ; … $$`, as in pg-boss's queue schema). Sent whole, as one simple-protocol query, a script
 * runs as PGlite's adapter runs it (`exec`): every statement, in one implicit transaction.
 */
function wholeScripts(factory: SqlMigrationAwareDriverAdapterFactory, pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return wrapped(factory, (adapter) =>
    new Proxy(adapter, {
      get(target, property) {
        if (property === 'executeScript') return async (script: string) => void (await pool.query(script));
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }),
  );
}
