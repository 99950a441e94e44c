// GraphiQL in a real browser (Debian's chromium, headless) with the network cut off: every request
// that is not to the server itself is blocked and recorded, and none may be needed.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/database.js';
import { startHttpServer } from './support/http.js';
import type { Database } from '../src/db/client.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let db: Database;
let server: Awaited<ReturnType<typeof startHttpServer>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  db = await createTestDatabase();
  server = await startHttpServer(db);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe('GraphiQL', () => {
  it('loads offline, opens with the example query and the header hint, and runs it', async () => {
    const origin = new URL(server.url).origin;
    const page = await browser.newPage();
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));

    await page.goto(server.url, { waitUntil: 'load' });
    expect(await page.title()).toBe('ASPIRE API');
    // The editors render spaces as no-break spaces.
    const text = (selector: string) => page.locator(selector).innerText().then((t) => t.replace(/\u00a0/g, ' '));
    await expect.poll(() => text('.graphiql-query-editor'), { timeout: 60_000 }).toContain('query OpenCalls {');
    expect(await text('.graphiql-query-editor')).toContain('{"Authorization": "Bearer <key>"}');

    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => text('.graphiql-response'), { timeout: 60_000 }).toContain('"totalCount"');
    const shown = await text('.graphiql-response');
    const direct = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ calls(first: 5) { totalCount nodes { code } } }' }),
    }).then((r) => r.json() as Promise<{ data: { calls: { totalCount: number; nodes: { code: string }[] } } }>);
    expect(shown).toContain(`"totalCount": ${direct.data.calls.totalCount}`);
    expect(shown).toContain(direct.data.calls.nodes[0]!.code);

    expect(blocked).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  }, 180_000);
});
