// The 360Giving export validates against the standard's own JSON Schema (vendored with its licence
// in test/fixtures/360giving/, see SOURCE.md there).
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRANT_CSV, PLACEHOLDER_PREFIX } from '../src/modules/exports/threesixty.js';
import { createTestServer, type TestServer } from './support/server.js';

type Schema = { $id: string; $schema?: string; title?: string; properties?: Record<string, Schema>; items?: Schema; $ref?: string; $defs?: Record<string, Schema> };
const fixture = (name: string): Schema => JSON.parse(readFileSync(new URL(`fixtures/360giving/${name}`, import.meta.url), 'utf8'));
const grantSchema = fixture('360-giving-schema.json');
const packageSchema = fixture('360-giving-package-schema.json');

function validator() {
  // The schemas carry annotations ajv does not know (codelist, rollUp), and state `required` and
  // `format` in oneOf branches apart from their properties and types: valid JSON Schema that
  // ajv's strict mode would refuse as likely mistakes, so those two checks are off.
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    keywords: ['codelist', 'openCodelist', 'rollUp'],
  });
  addFormats.default(ajv);
  // Upstream names the 2020-12 meta-schema with http:, which ajv knows as https: (the same draft).
  const draft = (schema: Schema) => ({ ...schema, $schema: schema.$schema!.replace(/^http:/, 'https:') });
  ajv.addSchema(draft(grantSchema));
  // The package refers to the grant schema by its 1.4.2 URL (see SOURCE.md).
  ajv.addSchema(draft({ ...grantSchema, $id: grantSchema.$id.replace('1.4.3', '1.4.2') }));
  return ajv.compile(draft(packageSchema));
}

let server: TestServer;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await createTestServer({ as: 'ANONYMOUS' });
  staff = await server.headersFor({ role: 'STAFF' });
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string>) => server.yoga.fetch(`http://localhost${path}`, { headers });

describe('360Giving', () => {
  it('is a package of every adopted project that validates against the standard', async () => {
    const response = await get('/exports/360giving.json', staff);
    expect(response.status).toBe(200);
    const pkg = await response.json();
    const validate = validator();
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const projects = await server.db.prisma.project.count();
    expect(pkg.grants).toHaveLength(projects);
    const grant = pkg.grants[0];
    expect(grant.id).toMatch(new RegExp(`^${PLACEHOLDER_PREFIX}-[0-9a-f-]{36}$`));
    expect(grant.currency).toBe('JPY');
    expect(grant.fundingOrganization[0]).toEqual({ id: `${PLACEHOLDER_PREFIX}-agency-JST`, name: 'Japan Science and Technology Agency' });
    expect(grant.aspireDetails.funderCrossrefId).toBe('10.13039/501100002241');
    expect(grant.amountAwarded).toBe(grant.aspireDetails.directCostYen + grant.aspireDetails.indirectCostYen);
    expect(grant.aspireDetails.partnerCountries.length).toBeGreaterThan(0);
    // Stable: the same grant ids on a second download.
    const again = await (await get('/exports/360giving.json', staff)).json();
    expect(again.grants.map((g: { id: string }) => g.id)).toEqual(pkg.grants.map((g: { id: string }) => g.id));
  });

  it('breaks validation when a required field is missing (the check can fail)', async () => {
    const pkg = await (await get('/exports/360giving.json', staff)).json();
    delete pkg.grants[0].amountAwarded;
    expect(validator()(pkg)).toBe(false);
  });

  it("the flattened CSV uses the standard's column titles and carries the package's values", async () => {
    // A title is the schema's titles along the path, joined by ":" (array items rolled up).
    const titleOf = (path: readonly (string | number)[]) => {
      const titles: string[] = [];
      let node: Schema | undefined = grantSchema;
      for (const key of path) {
        if (typeof key === 'number') continue;
        const property: Schema | undefined = node?.properties?.[key];
        const definition = (ref: string | undefined) => (ref ? grantSchema.$defs![ref.split('/').at(-1)!] : undefined);
        titles.push(property?.title ?? definition(property?.$ref)?.title ?? '');
        // Into an array's items, or a referenced definition, for the next key.
        node = definition(property?.items?.$ref) ?? definition(property?.$ref) ?? property;
      }
      return titles.join(':');
    };
    for (const column of GRANT_CSV.filter((c) => c.path[0] !== 'aspireDetails')) expect(column.title).toBe(titleOf(column.path));
    const [csv, pkg] = await Promise.all([
      get('/exports/360giving.csv', staff).then((r) => r.text()),
      get('/exports/360giving.json', staff).then((r) => r.json()),
    ]);
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(pkg.grants.length);
    expect(rows[0]!['Identifier']).toBe(pkg.grants[0].id);
    expect(Number(rows[0]!['Amount Awarded'])).toBe(pkg.grants[0].amountAwarded);
    expect(rows[0]!['Recipient Org:Identifier']).toBe(pkg.grants[0].recipientOrganization[0].id);
    expect(rows[0]!['ASPIRE Details:Partner Countries']).toBe(pkg.grants[0].aspireDetails.partnerCountries.join(';'));
  });

  it('needs a key (awarded amounts are not public), and an agency gets only the grants of its calls', async () => {
    const anonymous = await get('/exports/360giving.json', {});
    expect(anonymous.status).toBe(403);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    const bbsrc = await server.db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
    const agency = await (await get('/exports/360giving.json', await server.headersFor({ role: 'AGENCY', agencyId: bbsrc.id }))).json();
    const theirs = await server.db.prisma.project.count({ where: { proposal: { call: { agencies: { some: { agencyId: bbsrc.id } } } } } });
    expect(theirs).toBeGreaterThan(0);
    expect(agency.grants).toHaveLength(theirs);
    expect(new Set(agency.grants.map((g: { grantProgramme: { code: string }[] }) => g.grantProgramme[0]!.code))).toEqual(new Set(['FY2024-JOINT-UK-BIO']));
    expect(validator()(agency)).toBe(true);
  });
});
