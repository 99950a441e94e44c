// Keeping a partner agency's copy of a joint call in step over plain GraphQL, as BBSRC.
// Run against a fresh `npm start`:
//   ASPIRE_KEY=<an AGENCY key of BBSRC> node examples/sync.mjs
import { randomUUID } from 'node:crypto';
import { graphql } from './graphql.mjs';

// 1. The joint call we co-run, and the Japan-side lead organisation of the proposal we will send.
const { call, lead } = await graphql(`{
  call(code: "FY2024-JOINT-UK-BIO") { id titleEn externalId }
  lead: organizations(filter: { name: "Asagiri University" }, first: 1) { nodes { id nameEn } }
}`);
console.log(`${call.titleEn}: our id ${call.externalId ?? 'not yet given'}`);

// 2. Name what exists: the call was made by JST, so we give it our own id and find it by that id.
const linked = await graphql(
  `mutation($input: LinkExternalIdsInput!) { linkExternalIds(input: $input) { linked { links { externalId } } userErrors { code message } } }`,
  { input: { links: [{ recordId: call.id, externalId: 'BBSRC-ISPF-2024-EB' }] } },
);
if (linked.linkExternalIds.userErrors.length) throw new Error(JSON.stringify(linked.linkExternalIds.userErrors));
const { byExternalId } = await graphql(`{ byExternalId(type: CALL, externalId: "BBSRC-ISPF-2024-EB") { id } }`);
console.log(`BBSRC-ISPF-2024-EB is ${byExternalId.id === call.id ? 'the joint call' : 'something else'}`);

// 3. Push: a proposal and its UK project lead (created on first mention), keyed by our own ids,
//    the team member naming the proposal sent just before it in the same batch.
const SYNC = `mutation($input: SyncRecordsInput!) {
  syncRecords(input: $input) {
    batch { replayed created updated unchanged rejected results { externalId type status version userErrors { field code message } } }
    userErrors { field code message }
  }
}`;
const proposal = {
  externalId: 'BBSRC-2024-EB-101',
  titleEn: '[Demo] Engineered microbes that report soil health',
  fieldCode: 'BIO',
  partnerCountryCodes: ['GB'],
  leadOrganization: { id: lead.nodes[0].id },
};
const batch = {
  idempotencyKey: randomUUID(),
  callId: call.id,
  records: [
    { proposal },
    {
      teamMember: {
        externalId: 'BBSRC-2024-EB-101-PL',
        proposalExternalId: 'BBSRC-2024-EB-101',
        role: 'UK_PROJECT_LEAD',
        researcher: {
          externalId: 'BBSRC-R-881',
          nameEn: 'Demo: Alex Sandbox',
          careerStage: 'RESEARCHER',
          organization: { externalId: 'BBSRC-O-12', nameEn: 'Demo: Sandbox Institute of Biology', countryCode: 'GB', kind: 'RESEARCH_INSTITUTE' },
        },
        letterOfIntent: { receivedOn: '2024-04-01', program: 'BBSRC responsive mode' },
      },
    },
  ],
};
const pushed = (await graphql(SYNC, { input: batch })).syncRecords;
if (pushed.userErrors.length) throw new Error(JSON.stringify(pushed.userErrors));
for (const r of pushed.batch.results) console.log(`${r.type} ${r.externalId}: ${r.status}`, r.userErrors);

// 4. Retry safely: the same key and body (as after a lost answer) gets the first answer, writing nothing.
const retried = (await graphql(SYNC, { input: batch })).syncRecords.batch;
console.log(`retry: replayed ${retried.replayed}, created ${retried.created}`);

// 5. Pull: every change of our calls' records since the start, page by page, in commit order.
//    Store each page's cursor with your copy, and poll later from the last one.
const pull = async (since) =>
  (await graphql(`query($since: String) { changes(since: $since, first: 500) { cursor hasMore events { action recordType externalId version } } }`, { since }))
    .changes;
const ours = (events) => events.filter((e) => e.externalId?.startsWith('BBSRC-2024-EB-101')).map((e) => `${e.action} ${e.recordType} ${e.externalId} v${e.version}`);
let cursor = null;
let pulled = 0;
for (let hasMore = true; hasMore; ) {
  const page = await pull(cursor);
  pulled += page.events.length;
  for (const change of ours(page.events)) console.log(`change: ${change}`);
  ({ cursor, hasMore } = page);
}
console.log(`pulled ${pulled} changes`);

// 6. Two writers: an update sends the version it read. Once the record has moved on (here by our
//    own update), the older version is refused with VERSION_CONFLICT: read again and reapply.
const read = pushed.batch.results[0].version;
const renamed = { ...proposal, titleEn: '[Demo] Engineered microbes that report soil health, in the field' };
const update = async (version) =>
  (await graphql(SYNC, { input: { idempotencyKey: randomUUID(), callId: call.id, records: [{ proposal: { ...renamed, version } }] } }))
    .syncRecords.batch.results[0];
const first = await update(read);
console.log(`update with version ${read}: ${first.status}, now version ${first.version}`);
const stale = await update(read);
console.log(`update with version ${read} again: ${stale.status}`, stale.userErrors.map((e) => e.code));

// The next poll, from the cursor we stored, brings just the update that went through.
console.log('next poll:', ours((await pull(cursor)).events));
