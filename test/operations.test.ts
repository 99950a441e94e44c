// What an operator watches: the request id on every answer, in the log and in the change log;
// Prometheus metrics at /metrics; OpenTelemetry spans sent to a collector over OTLP/HTTP.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.js';
import type { Database } from '../src/db/client.js';
import { createServer } from '../src/server.js';
import { useTracing } from '../src/ops/tracing.js';
import { createTestDatabase } from './support/database.js';
import { rowId } from './support/writes.js';

/** A collector's OTLP/HTTP trace receiver on loopback: it keeps what it is sent (JSON encoding). */
async function startCollector() {
  const spans: { name: string; traceId: string; attributes: Record<string, unknown> }[] = [];
  const http: Server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces' && req.method === 'POST') {
        type Attribute = { key: string; value: Record<string, unknown> };
        type Payload = { resourceSpans: { scopeSpans: { spans: { name: string; traceId: string; attributes: Attribute[] }[] }[] }[] };
        for (const resource of (JSON.parse(body) as Payload).resourceSpans) {
          for (const scope of resource.scopeSpans) {
            for (const span of scope.spans) {
              spans.push({
                name: span.name,
                traceId: span.traceId,
                attributes: Object.fromEntries(span.attributes.map((a) => [a.key, Object.values(a.value)[0]])),
              });
            }
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { spans, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, close: () => new Promise((r) => http.close(r)) };
}

let db: Database;
let collector: Awaited<ReturnType<typeof startCollector>>;
let yoga: ReturnType<typeof createServer>;
const logLines: Record<string, unknown>[] = [];
let admin: string;

beforeAll(async () => {
  db = await createTestDatabase();
  collector = await startCollector();
  // The exporter reads the standard variables when useTracing builds it.
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.url;
  process.env.OTEL_BSP_SCHEDULE_DELAY = '100';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  yoga = createServer({ db, logger: pino({ level: 'info' }, sink), tracing: await useTracing() });
  admin = `Bearer ${(await createApiKey(db.prisma, { name: 'ops admin', role: 'ADMIN' })).key}`;
});
afterAll(async () => {
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  await yoga.dispose();
  await collector.close();
  await db.close();
});

async function post(body: object, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, json: (await response.json()) as { data?: Record<string, any>; errors?: unknown[]; extensions?: Record<string, any> } };
}

describe('request ids', () => {
  it('answers every response with one, in the header and in extensions, and keeps a sane incoming one', async () => {
    const fresh = await post({ query: '{ countries(first: 1) { totalCount } }' });
    const id = fresh.response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.json.extensions!.requestId).toBe(id);

    const given = await post({ query: '{ countries(first: 1) { totalCount } }' }, { 'x-request-id': 'trace-42.a' });
    expect(given.response.headers.get('x-request-id')).toBe('trace-42.a');
    expect(given.json.extensions!.requestId).toBe('trace-42.a');

    // Too long, or with characters that could forge log lines or headers: replaced.
    for (const bad of ['x'.repeat(200), 'a b', 'a"b']) {
      const answer = await post({ query: '{ countries(first: 1) { totalCount } }' }, { 'x-request-id': bad });
      expect(answer.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }

    // Refusals carry it too: a bad key (401), a document that does not validate.
    const refused = await post({ query: '{ viewer { role } }' }, { authorization: 'Bearer nope', 'x-request-id': 'refused-1' });
    expect(refused.response.status).toBe(401);
    expect(refused.response.headers.get('x-request-id')).toBe('refused-1');
    expect(refused.json.extensions!.requestId).toBe('refused-1');
    const invalid = await post({ query: '{ nope }' }, { 'x-request-id': 'invalid-1' });
    expect(invalid.json.extensions!.requestId).toBe('invalid-1');
  });

  it('is the id the server log and the change log record', async () => {
    const japan = await post({ query: '{ countries(first: 30) { nodes { id code } } }' });
    const countryId = japan.json.data!.countries.nodes.find((c: { code: string }) => c.code === 'JP').id;
    const created = await post(
      {
        query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { code } } }',
        variables: { input: { nameEn: 'Request Id Institute (fictional)', kind: 'UNIVERSITY', countryId } },
      },
      { authorization: admin },
    );
    const requestId = created.response.headers.get('x-request-id')!;
    const organizationId = rowId(created.json.data!.createOrganization.organization.id);
    const event = await db.prisma.changeEvent.findFirstOrThrow({ where: { recordId: organizationId } });
    expect(event.requestId).toBe(requestId);
    expect(logLines.find((line) => line.msg === 'request' && line.requestId === requestId)).toMatchObject({ status: 200, path: '/graphql' });
  });
});

describe('/metrics', () => {
  it('reports requests, latency by operation, errors by code and the database pool, in Prometheus format', async () => {
    await post({ query: 'query ListCountries { countries(first: 2) { totalCount } }' });
    await post({ query: 'query WhoAmI { viewer { role } }' }, { authorization: 'Bearer nope' });
    const response = await yoga.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^graphql_yoga_http_duration_count\{[^}]*operationName="ListCountries"[^}]*\} [1-9]/m);
    expect(text).toMatch(/^graphql_envelop_request_duration_bucket\{[^}]*operationName="ListCountries"/m);
    expect(text).toMatch(/^graphql_envelop_request\{[^}]*operationName="ListCountries"[^}]*\} [1-9]/m);
    expect(text).toMatch(/^graphql_envelop_error_result\{[^}]*code="UNAUTHENTICATED"[^}]*\} [1-9]/m);
    expect(text).toMatch(/^aspire_db_pool_connections\{state="total"\} [1-9]/m);
    expect(text).toMatch(/^aspire_db_pool_connections\{state="waiting"\} 0/m);
    expect(text).toMatch(/^aspire_db_pool_size [1-9]/m);
    // The query plans: the countries' list was read through a kept or a new plan.
    expect(text).toMatch(/^aspire_query_plan_reads_total\{plan="compiled"\} [1-9]/m);
    expect(text).toMatch(/^aspire_query_plan_reads_total\{plan="reused"\} \d/m);
    expect(text).toMatch(/^aspire_query_plans_dropped_total \d/m);
  });

  it('counts reads given a kept query plan', async () => {
    const reused = async () => Number(/^aspire_query_plan_reads_total\{plan="reused"\} (\d+)/m.exec(await (await yoga.fetch('http://localhost/metrics')).text())?.[1]);
    const before = await reused();
    await post({ query: 'query ListCountries { countries(first: 2) { totalCount } }' });
    expect(await reused()).toBeGreaterThan(before);
  });
});

describe('OpenTelemetry', () => {
  it('sends a span per operation, with its request id, to the configured OTLP/HTTP endpoint', async () => {
    const { json } = await post({ query: 'query TracedCalls { calls(first: 1) { totalCount } }' }, { 'x-request-id': 'traced-1' });
    expect(json.extensions!.traceId).toMatch(/^[0-9a-f]{32}$/);
    await expect
      .poll(() => collector.spans.find((s) => s.attributes['aspire.request_id'] === 'traced-1'), { timeout: 20_000 })
      .toMatchObject({ name: 'query.TracedCalls', traceId: json.extensions!.traceId, attributes: { 'graphql.execute.operationName': 'TracedCalls' } });
  });
});
