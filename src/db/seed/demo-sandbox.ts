// The demo's sandbox: a clearly fictional call that is open on the day the demo data is loaded,
// and fictional people on no other proposal, so that a newcomer can draft and submit a proposal
// (the README's "Writing: a walkthrough") on a fresh start; the walkthrough adds the partner. The call copies the rules, caps and
// eligible fields and countries of the latest real solo Top call, so whatever the program's rules
// say of such calls holds for it too; only its schedule and names are made up.
import type { Prisma } from '../../generated/prisma/client.js';
import { fiscalYearOf } from '../../domain/fiscal-year.js';

export const SANDBOX_CALL_CODE = 'DEMO-SANDBOX-TOP';

const DAY = 86_400_000;

/** Rows of the sandbox, with ids from `demoId` so that every load writes the same ones. */
export async function loadSandbox(tx: Prisma.TransactionClient, demoId: (name: string) => string, today = new Date()) {
  const template = await tx.call.findFirst({
    where: { kind: 'SOLO', track: 'TOP' },
    orderBy: { fiscalYear: 'desc' },
    include: { agencies: true, fields: true, countries: true },
  });
  if (!template) throw new Error('The sandbox call copies a solo Top call of the reference data, and there is none.');
  const japan = await tx.country.findUniqueOrThrow({ where: { code: 'JP' } });
  const {
    id: _id, code: _code, titleEn: _titleEn, titleJa: _titleJa, descriptionEn: _de, descriptionJa: _dj, fiscalYear: _fy,
    supportStartsOn: _s, japanSideEndsOn: _j, partnerSideEndsOn: _p, mobilityExtensionEndsOn: _m, expectedAdoptions: _e,
    publishedProposalCount: _pc, publishedAdoptionCount: _ac, statisticsAsOf: _sa, statisticsSourceEn: _ss, noteEn: _ne, noteJa: _nj,
    createdAt: _c, updatedAt: _u, version: _v, agencies, fields, countries, ...rules
  } = template;

  // Open since yesterday, submissions until noon (Tokyo) 90 days from the load.
  const callId = demoId('sandbox/call');
  const deadline = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + 90 * DAY + 3 * 3_600_000);
  await tx.call.create({
    data: {
      ...rules,
      id: callId,
      code: SANDBOX_CALL_CODE,
      titleEn: '[Demo] Sandbox call for trying the API (fictional)',
      titleJa: '【デモ】API体験用の架空公募',
      descriptionEn: 'Not a real call: demo data, open from the day the demo data was loaded, for trying drafts and submission.',
      descriptionJa: '実在しない公募です（デモデータ）。デモデータを読み込んだ日から応募の練習ができます。',
      fiscalYear: fiscalYearOf(today),
      noteEn: 'Fictional (demo data).',
      noteJa: '架空（デモデータ）。',
      agencies: { create: agencies.map(({ agencyId, role }) => ({ agencyId, role })) },
      fields: { create: fields.map(({ fieldId }) => ({ fieldId })) },
      countries: { create: countries.map(({ countryId }) => ({ countryId })) },
      milestones: {
        create: [
          { kind: 'CALL_OPENS', startsAt: new Date(today.getTime() - DAY), timeZone: 'Asia/Tokyo', precision: 'DAY' },
          { kind: 'SUBMISSION_DEADLINE', startsAt: deadline, timeZone: 'Asia/Tokyo' },
        ],
      },
    },
  });

  const university = demoId('sandbox/organization/university');
  await tx.organization.create({
    data: { id: university, nameEn: 'Demo: Sandbox University', nameJa: '【デモ】サンドボックス大学', kind: 'UNIVERSITY', countryId: japan.id },
  });
  const year = today.getUTCFullYear();
  await tx.researcher.createMany({
    data: [
      { id: demoId('sandbox/researcher/pi'), nameEn: 'Demo: Aoi Sandbox', nameJa: '【デモ】砂場 葵', careerStage: 'RESEARCHER', degreeYear: year - 12, organizationId: university },
      { id: demoId('sandbox/researcher/student'), nameEn: 'Demo: Ren Sandbox', nameJa: '【デモ】砂場 蓮', careerStage: 'DOCTORAL_STUDENT', organizationId: university },
    ],
  });
  return { Call: 1, Organization: 1, Researcher: 2 };
}
