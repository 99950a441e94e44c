// The demo dataset as small tables: every organisation, person, proposal and date here is
// FICTIONAL. Organisations are prefixed "Demo:" / 【デモ】, titles "[Demo]" / 【デモ】.
// Builders in ./demo.ts turn these tables into rows; the program's own facts (caps, fields,
// eligible countries) come from the reference data already in the database.
import type {
  CareerStage,
  OrganizationKind,
  OutcomeKind,
  ProjectStatus,
  TeamRole,
  TeamSide,
} from '../../generated/prisma/client.js';

/** Outcomes and activities are dated no later than this: the demo's "today". */
export const DEMO_CUTOFF = '2026-11-01';

// ───────────────────────────── calls ─────────────────────────────

export interface CallTimeline {
  /** Japan-side submission deadline (JST), used when the reference data has no milestone. */
  deadline: string;
  /** When the demo records the review steps (JST dates). */
  documentReviewOn: string;
  interviewOn: string;
  resultsOn: string;
  /** Fallbacks where the call row leaves them null. */
  supportStartsOn: string;
  japanSideEndsOn?: string;
  maxPeriodMonths: number;
  /** The call's direct-cost cap; for joint calls that publish none, a demo planning figure. */
  planningCapYen: bigint;
  requiresResearchSecurity?: boolean;
  singleApplicationPerResearcher?: boolean;
  networkShareGuidelinePercent?: number;
}

const solo2023 = { deadline: '2023-09-12T12:00', documentReviewOn: '2023-11-10', interviewOn: '2023-12-15', resultsOn: '2024-01-12', supportStartsOn: '2024-02-01' };
const solo2024 = { deadline: '2024-06-04T12:00', documentReviewOn: '2024-08-09', interviewOn: '2024-09-20', resultsOn: '2024-10-18', supportStartsOn: '2024-12-01' };
const solo2025 = { deadline: '2025-05-20T12:00', documentReviewOn: '2025-08-08', interviewOn: '2025-09-19', resultsOn: '2025-10-17', supportStartsOn: '2025-12-01' };
const uk2025 = { deadline: '2025-06-10T18:00', documentReviewOn: '2025-09-05', interviewOn: '2025-10-24', resultsOn: '2025-11-28', supportStartsOn: '2026-01-01', maxPeriodMonths: 36, planningCapYen: 150_000_000n };
// FY2026 dates follow the published schedule (deadline 2026-05-19 12:00 JST, start in December).
const solo2026 = { deadline: '2026-05-19T12:00', documentReviewOn: '2026-08-07', interviewOn: '2026-09-25', resultsOn: '2026-10-23', supportStartsOn: '2026-12-01', requiresResearchSecurity: true, singleApplicationPerResearcher: true, networkShareGuidelinePercent: 70 };
const top = { maxPeriodMonths: 60, planningCapYen: 380_000_000n };
const rising = { maxPeriodMonths: 36, planningCapYen: 69_000_000n };

export const CALLS = {
  'FY2023-SOLO-TOP': { ...solo2023, ...top },
  'FY2023-SOLO-RISING': { ...solo2023, ...rising },
  'FY2024-SOLO-TOP': { ...solo2024, ...top },
  'FY2024-SOLO-RISING': { ...solo2024, ...rising },
  'FY2024-JOINT-UK-BIO': {
    deadline: '2024-04-16T18:00', documentReviewOn: '2024-07-26', interviewOn: '2024-08-08', resultsOn: '2024-09-27',
    supportStartsOn: '2024-12-01', japanSideEndsOn: '2028-03-31', maxPeriodMonths: 36, planningCapYen: 180_000_000n,
  },
  'FY2024-JOINT-US-BIO': {
    deadline: '2024-05-21T12:00', documentReviewOn: '2024-07-26', interviewOn: '2024-08-30', resultsOn: '2024-09-27',
    supportStartsOn: '2024-11-01', maxPeriodMonths: 36, planningCapYen: 150_000_000n,
  },
  'FY2024-JOINT-DE-QUANTUM': {
    deadline: '2024-07-09T12:00', documentReviewOn: '2024-09-27', interviewOn: '2024-11-15', resultsOn: '2024-12-20',
    supportStartsOn: '2025-02-01', maxPeriodMonths: 36, planningCapYen: 150_000_000n,
  },
  'FY2025-SOLO-TOP': { ...solo2025, ...top },
  'FY2025-SOLO-RISING': { ...solo2025, ...rising },
  'FY2025-JOINT-UK-QUANTUM': uk2025,
  'FY2025-JOINT-UK-AI': uk2025,
  'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM': {
    deadline: '2025-10-07T12:00', documentReviewOn: '2026-01-23', interviewOn: '2026-03-13', resultsOn: '2026-04-24',
    supportStartsOn: '2026-06-01', maxPeriodMonths: 36, planningCapYen: 150_000_000n,
  },
  'FY2026-SOLO-TOP': { ...solo2026, ...top },
  'FY2026-SOLO-RISING': { ...solo2026, ...rising },
} satisfies Record<string, CallTimeline>;
export type CallCode = keyof typeof CALLS;

export type FieldCode = 'AI' | 'BIO' | 'ENERGY' | 'MATERIALS' | 'QUANTUM' | 'SEMICONDUCTORS' | 'NETWORK';

// ───────────────────────────── organisations and people ─────────────────────────────

export interface OrganizationSeed {
  nameEn: string;
  nameJa: string;
  kind: OrganizationKind;
  country: string;
}

export const ORGANIZATIONS = {
  hoshizora: { nameEn: 'Demo: Hoshizora University', nameJa: '【デモ】星空大学', kind: 'UNIVERSITY', country: 'JP' },
  kawasemi: { nameEn: 'Demo: Kawasemi Institute of Technology', nameJa: '【デモ】翡翠工業大学', kind: 'UNIVERSITY', country: 'JP' },
  minato: { nameEn: 'Demo: Minato City University', nameJa: '【デモ】湊市立大学', kind: 'UNIVERSITY', country: 'JP' },
  yamabiko: { nameEn: 'Demo: Yamabiko National University', nameJa: '【デモ】山彦国立大学', kind: 'UNIVERSITY', country: 'JP' },
  tsukuyomi: { nameEn: 'Demo: Tsukuyomi Research Institute', nameJa: '【デモ】月読研究所', kind: 'RESEARCH_INSTITUTE', country: 'JP' },
  shiosai: { nameEn: 'Demo: Shiosai Institute for Marine and Life Sciences', nameJa: '【デモ】潮騒海洋生命科学研究所', kind: 'RESEARCH_INSTITUTE', country: 'JP' },
  kohaku: { nameEn: 'Demo: Kohaku Quantum Devices Co., Ltd.', nameJa: '【デモ】琥珀量子デバイス株式会社', kind: 'COMPANY', country: 'JP' },
  asagiri: { nameEn: 'Demo: Asagiri University of Agriculture', nameJa: '【デモ】朝霧農業大学', kind: 'UNIVERSITY', country: 'JP' },
  ravensholm: { nameEn: 'Demo: University of Ravensholm', nameJa: '【デモ】レイブンズホルム大学', kind: 'UNIVERSITY', country: 'GB' },
  cedarridge: { nameEn: 'Demo: Cedar Ridge National Laboratory', nameJa: '【デモ】シーダーリッジ国立研究所', kind: 'RESEARCH_INSTITUTE', country: 'US' },
  lindenfeld: { nameEn: 'Demo: Lindenfeld University', nameJa: '【デモ】リンデンフェルト大学', kind: 'UNIVERSITY', country: 'DE' },
  valombre: { nameEn: 'Demo: Institut Valombre', nameJa: '【デモ】ヴァロンブル研究所', kind: 'RESEARCH_INSTITUTE', country: 'FR' },
  polderwijk: { nameEn: 'Demo: Polderwijk University of Technology', nameJa: '【デモ】ポルダーウェイク工科大学', kind: 'UNIVERSITY', country: 'NL' },
  wattle: { nameEn: 'Demo: Southern Wattle University', nameJa: '【デモ】サザンワトル大学', kind: 'UNIVERSITY', country: 'AU' },
  hanbit: { nameEn: 'Demo: Hanbit Photonics Co.', nameJa: '【デモ】ハンビット・フォトニクス社', kind: 'COMPANY', country: 'KR' },
} satisfies Record<string, OrganizationSeed>;
export type OrgKey = keyof typeof ORGANIZATIONS;

export interface ResearcherSeed {
  nameEn: string;
  nameJa: string | null;
  stage: CareerStage;
  degreeYear: number | null;
  org: OrgKey;
  /** Made-up identifiers to attach: o = ORCID-shaped, e = e-Rad-shaped (Japan-based only). */
  ids: '' | 'o' | 'e' | 'oe';
  /** Affiliation on the demo proposals, where the person has moved since. */
  proposalOrg?: OrgKey;
}

const person = (
  nameEn: string,
  nameJa: string | null,
  stage: CareerStage,
  degreeYear: number | null,
  org: OrgKey,
  ids: ResearcherSeed['ids'] = '',
): ResearcherSeed => ({ nameEn, nameJa, stage, degreeYear, org, ids });
const R = 'RESEARCHER', D = 'DOCTORAL_STUDENT', M = 'MASTERS_STUDENT', U = 'UNDERGRADUATE_STUDENT';
const T = 'TECHNICAL_STAFF', C = 'COORDINATION_STAFF';

export const RESEARCHERS = {
  // Japan-based
  hoshino: person('Aoi Hoshino', '星野 葵', R, 1996, 'hoshizora', 'oe'),
  tsukimori: person('Ren Tsukimori', '月森 蓮', R, 2014, 'hoshizora', 'oe'),
  takanoha: person('Kaede Takanoha', '鷹羽 楓', R, 2005, 'hoshizora', 'e'),
  // Finished the PhD on a demo project, then moved to the German partner (see its outcomes).
  kiriyama: { ...person('Sora Kiriyama', '霧山 空', R, 2025, 'lindenfeld', 'o'), proposalOrg: 'hoshizora' },
  amane: person('Hikari Amane', '天音 光', M, null, 'hoshizora'),
  nagisa: person('Mio Nagisa', '渚 澪', C, null, 'hoshizora'),
  sakuragi: person('Haruto Sakuragi', '桜木 陽翔', R, 1993, 'kawasemi', 'oe'),
  mizuhara: person('Yui Mizuhara', '水原 結衣', R, 2016, 'kawasemi', 'oe'),
  hibiki: person('Rin Hibiki', '響 凛', R, 2019, 'kawasemi', 'oe'),
  sugimura: person('Rei Sugimura', '杉村 玲', R, 2011, 'kawasemi', 'e'),
  tokiwa: person('Sho Tokiwa', '常盤 翔', D, null, 'kawasemi', 'o'),
  ishikura: person('Daichi Ishikura', '石蔵 大地', T, null, 'kawasemi', 'e'),
  minagawa: person('Emi Minagawa', '皆川 恵美', R, 1998, 'minato', 'oe'),
  ushio: person('Kaito Ushio', '潮 海斗', R, 2013, 'minato', 'oe'),
  kirishima: person('Shion Kirishima', '霧島 紫苑', R, 2010, 'minato', 'e'),
  tsuzuki: person('Sayaka Tsuzuki', '都築 紗也加', R, 2004, 'minato', 'oe'),
  funaoka: person('Itsuki Funaoka', '舟岡 樹', D, null, 'minato', 'o'),
  urashima: person('Nanami Urashima', '浦島 七海', M, null, 'minato'),
  yamase: person('Takumi Yamase', '山瀬 匠', R, 1990, 'yamabiko', 'oe'),
  kodama: person('Saki Kodama', '木霊 咲', R, 2012, 'yamabiko', 'oe'),
  minegishi: person('Kanon Minegishi', '峰岸 花音', R, 2020, 'yamabiko', 'oe'),
  takamine: person('Gen Takamine', '高嶺 玄', R, 1988, 'yamabiko', 'e'),
  tanigawa: person('Yuto Tanigawa', '谷川 悠斗', D, null, 'yamabiko', 'o'),
  hanemura: person('Riku Hanemura', '羽村 陸', U, null, 'yamabiko'),
  kagami: person('Makoto Kagami', '鏡 誠', R, 1995, 'tsukuyomi', 'oe'),
  yozora: person('Akari Yozora', '夜空 明里', R, 2015, 'tsukuyomi', 'oe'),
  shinonome: person('Kei Shinonome', '東雲 慧', R, 2018, 'tsukuyomi', 'oe'),
  aizawa: person('Nozomi Aizawa', '藍沢 望', R, 2008, 'tsukuyomi', 'e'),
  hoshikawa: person('Noa Hoshikawa', '星川 乃亜', D, null, 'tsukuyomi'),
  kurosaki: person('Jun Kurosaki', '黒崎 純', T, null, 'tsukuyomi'),
  isobe: person('Natsuki Isobe', '磯部 夏希', R, 1997, 'shiosai', 'oe'),
  shirahama: person('Minato Shirahama', '白浜 湊', R, 2017, 'shiosai', 'oe'),
  kanzaki: person('Mayu Kanzaki', '神崎 真由', R, 2012, 'shiosai', 'e'),
  amagi: person('Ryo Amagi', '天城 涼', R, 2015, 'shiosai', 'oe'),
  umino: person('Hana Umino', '海野 花', D, null, 'shiosai', 'o'),
  namiki: person('Taiga Namiki', '波木 大河', M, null, 'shiosai'),
  kotobuki: person('Tsubasa Kotobuki', '寿 翼', R, 2001, 'kohaku', 'e'),
  shiratori: person('Ayane Shiratori', '白鳥 彩音', R, 2016, 'kohaku', 'oe'),
  higurashi: person('Wataru Higurashi', '日暮 渉', R, 2009, 'kohaku', 'e'),
  tetsuka: person('Koji Tetsuka', '手塚 浩二', T, null, 'kohaku'),
  asakura: person('Midori Asakura', '朝倉 緑', R, 1994, 'asagiri', 'oe'),
  kusunoki: person('Hinata Kusunoki', '楠 陽向', R, 2014, 'asagiri', 'oe'),
  hatakeyama: person('Yuma Hatakeyama', '畠山 悠真', R, 2021, 'asagiri', 'e'),
  morisaki: person('Kou Morisaki', '森崎 洸', R, 1999, 'asagiri', 'oe'),
  sendo: person('Aki Sendo', '仙道 亜希', R, 2006, 'asagiri', 'e'),
  kirino: person('Haru Kirino', '桐野 陽', R, 2013, 'asagiri', 'e'),
  inaba: person('Sosuke Inaba', '稲葉 颯介', D, null, 'asagiri', 'o'),
  tahara: person('Momoka Tahara', '田原 桃花', M, null, 'asagiri'),
  okabe: person('Chiharu Okabe', '岡部 千春', C, null, 'asagiri'),
  // partner side
  whitcombe: person('Eleanor Whitcombe', null, R, 1999, 'ravensholm', 'o'),
  ashdown: person('Thomas Ashdown', null, R, 2008, 'ravensholm', 'o'),
  ramsbottom: person('Priya Ramsbottom', null, R, 2016, 'ravensholm', 'o'),
  fairweather: person('Callum Fairweather', null, T, null, 'ravensholm'),
  larkspur: person('Imogen Larkspur', null, D, null, 'ravensholm'),
  brackenridge: person('Oliver Brackenridge', null, R, 2002, 'ravensholm', 'o'),
  hartigan: person('Fiona Hartigan', null, R, 2010, 'ravensholm'),
  holloway: person('Marcus Holloway', null, R, 1997, 'cedarridge', 'o'),
  okafor: person('Dana Okafor-Reyes', null, R, 2012, 'cedarridge', 'o'),
  thistlewood: person('Samuel Thistlewood', null, R, 2005, 'cedarridge'),
  vogelsang: person('Katharina Vogelsang', null, R, 1998, 'lindenfeld', 'o'),
  brunnhuber: person('Jonas Brunnhuber', null, R, 2014, 'lindenfeld', 'o'),
  sonnenfeld: person('Lea Sonnenfeld', null, D, null, 'lindenfeld'),
  roussel: person('Camille Roussel', null, R, 2003, 'valombre', 'o'),
  marchetti: person('Théo Marchetti', null, R, 2017, 'valombre'),
  vandijkhuis: person('Sanne van Dijkhuis', null, R, 2000, 'polderwijk', 'o'),
  oosterveld: person('Bram Oosterveld', null, R, 2013, 'polderwijk'),
  quandong: person('Harriet Quandong', null, R, 2006, 'wattle', 'o'),
  nam: person('Ji-ho Nam', null, R, 2011, 'hanbit'),
} satisfies Record<string, ResearcherSeed>;
export type ResearcherKey = keyof typeof RESEARCHERS;

// ───────────────────────────── proposals ─────────────────────────────

/** Where a proposal stands; the rejected ones say at which step (decisions follow from it). */
export type Stage =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'DOCUMENT_REVIEW'
  | 'INTERVIEW'
  | 'WITHDRAWN'
  | 'ADOPTED'
  | 'FAILED_DOCUMENT_REVIEW'
  | 'FAILED_INTERVIEW'
  | 'REJECTED_FINAL';

export type SupportRole = Extract<TeamRole, 'COORDINATOR' | 'STUDENT' | 'TECHNICIAN'>;
export type PartnerRole = Exclude<TeamRole, 'PI' | 'CO_PI' | 'YOUNG_TRAVELLER' | SupportRole>;

/** Shares of direct cost by purpose, in percent (sum 100). */
export const BUDGET_PROFILES = {
  // 78% to networks and young researchers
  network: { WORKSHOPS: 12, YOUNG_RESEARCHER_TRAVEL_AND_STAY: 42, INVITATIONS: 16, COORDINATION_STAFF: 8, RESEARCH_PERSONNEL: 10, EQUIPMENT: 6, CONSUMABLES: 4, OTHER_TRAVEL: 2 },
  // 72%: just above the guideline
  balanced: { WORKSHOPS: 10, YOUNG_RESEARCHER_TRAVEL_AND_STAY: 38, INVITATIONS: 14, COORDINATION_STAFF: 10, RESEARCH_PERSONNEL: 14, EQUIPMENT: 8, CONSUMABLES: 4, OTHER: 2 },
  // 45%: a research-heavy plan that misses the guideline
  research: { WORKSHOPS: 5, YOUNG_RESEARCHER_TRAVEL_AND_STAY: 25, INVITATIONS: 10, COORDINATION_STAFF: 5, RESEARCH_PERSONNEL: 25, EQUIPMENT: 25, CONSUMABLES: 5 },
} as const;
export type BudgetProfile = keyof typeof BUDGET_PROFILES;

export interface OutcomeSeed {
  kind: OutcomeKind;
  on: string;
  title: string;
  description?: string;
  side?: TeamSide;
  contributors?: ResearcherKey[];
  attendees?: number;
}

export interface ProposalSeed {
  call: CallCode;
  field: FieldCode;
  stage: Stage;
  title: readonly [en: string, ja: string];
  /** Short English phrase reused in generated outcome and mobility texts. */
  topic: string;
  pi: ResearcherKey;
  /** The PI is early-career and travels to the partner side. */
  piTravels?: boolean;
  coPis?: ResearcherKey[];
  /** Young researchers who travel (YOUNG_TRAVELLER). */
  young?: ResearcherKey[];
  support?: Partial<Record<ResearcherKey, SupportRole>>;
  partner: Partial<Record<ResearcherKey, PartnerRole>>;
  /** Planned period; default the call's maximum (solo calls fix it: minimum = maximum). */
  months?: number;
  /** Share of the call's cap requested, profile; 'none' leaves a draft without budget lines. */
  budget?: { share: number; profile: BudgetProfile; breaksGuideline?: boolean } | 'none';
  /** Withdrawn before submission. */
  neverSubmitted?: boolean;
  /** Members who left the team, and when. */
  leftOn?: Partial<Record<ResearcherKey, string>>;
  /** Organisation whose research-security attestation is still missing. */
  missingAttestation?: OrgKey;
  project?: { status?: ProjectStatus; reReviewReason?: string };
  evaluation?: { grade: string; on: string; summaryEn: string; summaryJa: string };
  /** Notable outcomes besides the generated series. */
  outcomes?: OutcomeSeed[];
}

export const PROPOSALS: ProposalSeed[] = [
  // ── FY2023 solo, Top
  {
    call: 'FY2023-SOLO-TOP', field: 'QUANTUM', stage: 'ADOPTED', topic: 'error-tolerant quantum memories',
    title: ['Error-tolerant quantum memories across continents', '大陸間をつなぐ誤り耐性量子メモリ'],
    pi: 'hoshino', coPis: ['kagami'], young: ['kiriyama'], support: { nagisa: 'COORDINATOR' },
    partner: { vogelsang: 'PARTNER_PI', sonnenfeld: 'INVITED_RESEARCHER' },
    evaluation: {
      grade: 'S', on: '2026-09-15',
      summaryEn: 'Demo evaluation: exceptional progress and an active exchange of young researchers.',
      summaryJa: '【デモ】特に優れた進捗。若手研究者の交流が活発。',
    },
    outcomes: [
      { kind: 'PHD_AWARDED', on: '2025-03-24', title: '[Demo] PhD awarded to Sora Kiriyama for work on quantum memories' },
      { kind: 'CAREER_MOVE', on: '2025-05-01', title: '[Demo] Sora Kiriyama joins the German partner group as a postdoctoral researcher', contributors: ['vogelsang'] },
    ],
  },
  {
    call: 'FY2023-SOLO-TOP', field: 'ENERGY', stage: 'ADOPTED', topic: 'solid-state batteries for grid storage',
    title: ['Solid-state batteries for grid-scale storage', '系統用蓄電に向けた全固体電池'],
    pi: 'sakuragi', coPis: ['minagawa'], young: ['tokiwa', 'hibiki'], support: { ishikura: 'TECHNICIAN' },
    partner: { holloway: 'PARTNER_PI' }, budget: { share: 0.92, profile: 'balanced' },
    evaluation: {
      grade: 'A', on: '2026-09-15',
      summaryEn: 'Demo evaluation: good progress; joint publications should grow.',
      summaryJa: '【デモ】良好な進捗。共著論文の拡大を期待。',
    },
    outcomes: [{ kind: 'FURTHER_FUNDING', on: '2025-10-01', title: '[Demo] Follow-on grant from a fictional energy foundation' }],
  },
  {
    call: 'FY2023-SOLO-TOP', field: 'BIO', stage: 'ADOPTED', topic: 'coastal microbiomes for sustainable aquaculture',
    title: ['Coastal microbiomes for sustainable aquaculture', '持続可能な養殖のための沿岸マイクロバイオーム'],
    pi: 'isobe', coPis: ['asakura'], young: ['umino', 'namiki'],
    partner: { whitcombe: 'PARTNER_PI', roussel: 'PARTNER_PI' },
    evaluation: {
      grade: 'B', on: '2026-09-15',
      summaryEn: 'Demo evaluation: fieldwork delayed; the exchange plan needs strengthening.',
      summaryJa: '【デモ】フィールド調査に遅れ。交流計画の強化が必要。',
    },
    outcomes: [{ kind: 'DATASET_MODEL', on: '2025-06-30', title: '[Demo] Open reference dataset of coastal microbiome samples (fictional)' }],
  },
  {
    call: 'FY2023-SOLO-TOP', field: 'AI', stage: 'FAILED_DOCUMENT_REVIEW', topic: 'explainable AI for disaster response',
    title: ['Explainable AI for disaster response', '災害対応のための説明可能なAI'],
    pi: 'takamine', young: ['tanigawa'], partner: { brunnhuber: 'PARTNER_PI' },
  },
  // ── FY2023 solo, Rising
  {
    call: 'FY2023-SOLO-RISING', field: 'MATERIALS', stage: 'ADOPTED', topic: 'recyclable polymer composites',
    title: ['Recyclable polymer composites by design', '設計による再資源化可能な高分子複合材料'],
    pi: 'tsukimori', piTravels: true, young: ['amane'], partner: { marchetti: 'PARTNER_PI' },
    outcomes: [{ kind: 'AWARD_RECOGNITION', on: '2025-09-12', title: '[Demo] Young scientist award of a fictional materials society to Ren Tsukimori' }],
  },
  {
    call: 'FY2023-SOLO-RISING', field: 'NETWORK', stage: 'ADOPTED', topic: 'digital-twin networks for coastal cities',
    title: ['Digital-twin networks for coastal cities', '沿岸都市のためのデジタルツインネットワーク'],
    pi: 'ushio', piTravels: true, coPis: ['sugimura'], young: ['funaoka'], partner: { nam: 'PARTNER_PI' },
    outcomes: [{ kind: 'STANDARDISATION', on: '2025-11-20', title: '[Demo] Contribution on digital-twin network interfaces to a (fictional) standards study group', contributors: ['nam'] }],
  },
  {
    call: 'FY2023-SOLO-RISING', field: 'SEMICONDUCTORS', stage: 'FAILED_INTERVIEW', topic: 'wide-bandgap power devices',
    title: ['Wide-bandgap power devices for electric mobility', '電動モビリティ向けワイドバンドギャップパワーデバイス'],
    pi: 'shiratori', piTravels: true, partner: { oosterveld: 'PARTNER_PI' },
  },
  // ── FY2024 solo, Top
  {
    call: 'FY2024-SOLO-TOP', field: 'SEMICONDUCTORS', stage: 'ADOPTED', topic: 'chiplets with photonic interconnects',
    title: ['Chiplet integration with photonic interconnects', '光インターコネクトによるチップレット集積'],
    pi: 'kotobuki', coPis: ['kodama'], young: ['minegishi', 'tanigawa'], support: { tetsuka: 'TECHNICIAN' },
    partner: { vandijkhuis: 'PARTNER_PI', thistlewood: 'PARTNER_PI' },
    leftOn: { kodama: '2025-11-30' },
    project: { reReviewReason: 'Co-PI Saki Kodama left on 2025-11-30 on adoption as PI of a FY2025 Rising project: budget and team to be reviewed again.' },
    outcomes: [{ kind: 'INTELLECTUAL_PROPERTY', on: '2025-08-01', title: '[Demo] Joint patent application on optical chiplet couplers (fictional)' }],
  },
  {
    call: 'FY2024-SOLO-TOP', field: 'AI', stage: 'REJECTED_FINAL', topic: 'human-centred AI for elder care',
    title: ['Human-centred AI for elder care', '高齢者ケアのための人間中心AI'],
    pi: 'aizawa', young: ['shinonome'], partner: { brackenridge: 'PARTNER_PI' },
  },
  {
    call: 'FY2024-SOLO-TOP', field: 'ENERGY', stage: 'FAILED_DOCUMENT_REVIEW', topic: 'hydrogen from seawater electrolysis',
    title: ['Green hydrogen from seawater electrolysis', '海水電解によるグリーン水素'],
    pi: 'takamine', coPis: ['takanoha'], young: ['funaoka'], partner: { quandong: 'PARTNER_PI' },
  },
  // ── FY2024 solo, Rising
  {
    call: 'FY2024-SOLO-RISING', field: 'AI', stage: 'ADOPTED', topic: 'agentic AI for laboratory automation',
    title: ['Agentic AI for laboratory automation', '研究室自動化のためのエージェント型AI'],
    pi: 'yozora', piTravels: true, young: ['hoshikawa'], partner: { okafor: 'PARTNER_PI' },
    outcomes: [{ kind: 'SOFTWARE_TECHNICAL_PRODUCT', on: '2025-12-10', title: '[Demo] Open-source toolkit for agent-driven lab protocols (fictional)' }],
  },
  {
    call: 'FY2024-SOLO-RISING', field: 'BIO', stage: 'ADOPTED', topic: 'sensing soil microbiota for smart agriculture',
    title: ['Sensing soil microbiota for smart agriculture', 'スマート農業のための土壌微生物センシング'],
    pi: 'kusunoki', piTravels: true, coPis: ['shirahama'], young: ['inaba'], support: { tahara: 'STUDENT' },
    partner: { brunnhuber: 'PARTNER_PI' }, budget: { share: 0.95, profile: 'balanced' },
    outcomes: [{ kind: 'RESEARCH_TOOL_METHOD', on: '2026-02-16', title: '[Demo] Field protocol for low-cost soil DNA sampling (fictional)' }],
  },
  {
    call: 'FY2024-SOLO-RISING', field: 'QUANTUM', stage: 'FAILED_INTERVIEW', topic: 'quantum sensing with diamond defects',
    title: ['Quantum sensing with diamond colour centres', 'ダイヤモンド色中心による量子センシング'],
    pi: 'mizuhara', piTravels: true, young: ['tokiwa'], partner: { marchetti: 'PARTNER_PI' },
  },
  {
    call: 'FY2024-SOLO-RISING', field: 'MATERIALS', stage: 'WITHDRAWN', topic: 'self-healing ceramics',
    title: ['Self-healing ceramics for high-temperature parts', '高温部材のための自己修復セラミックス'],
    pi: 'kirishima', young: ['urashima'], partner: { roussel: 'PARTNER_PI' },
  },
  // ── FY2024 joint calls
  {
    call: 'FY2024-JOINT-UK-BIO', field: 'BIO', stage: 'ADOPTED', topic: 'engineered nitrogen-fixing consortia',
    title: ['Engineering biology of nitrogen-fixing microbial consortia', '窒素固定微生物コンソーシアムのエンジニアリングバイオロジー'],
    pi: 'morisaki', coPis: ['kanzaki'], young: ['tahara'], support: { okabe: 'COORDINATOR' },
    partner: { whitcombe: 'UK_PROJECT_LEAD', ramsbottom: 'UK_RESEARCHER_CO_LEAD', larkspur: 'UK_VISITING_RESEARCHER' },
    outcomes: [{ kind: 'NEXT_DESTINATION', on: '2026-04-01', side: 'PARTNER', title: '[Demo] Imogen Larkspur takes up a fellowship at a fictional Japanese institute' }],
  },
  {
    call: 'FY2024-JOINT-UK-BIO', field: 'BIO', stage: 'ADOPTED', topic: 'predictive biology of drought-tolerant rice',
    title: ['Predictive biology of drought-tolerant rice', '乾燥耐性イネの予測生物学'],
    pi: 'sendo', coPis: ['amagi'], young: ['inaba'],
    partner: { hartigan: 'UK_PROJECT_LEAD', ashdown: 'UK_PROJECT_CO_LEAD', fairweather: 'UK_TECHNICIAN' },
    outcomes: [{ kind: 'ARTISTIC_CREATIVE_PRODUCT', on: '2025-11-03', side: 'PARTNER', title: '[Demo] "Roots in Drought": a science-art exhibition (fictional)' }],
  },
  {
    call: 'FY2024-JOINT-UK-BIO', field: 'BIO', stage: 'FAILED_DOCUMENT_REVIEW', topic: 'bio-eco-sensing of pollinators',
    title: ['Bio-eco-sensing of pollinator networks', '送粉者ネットワークのバイオエコセンシング'],
    pi: 'hatakeyama', piTravels: true, partner: { brackenridge: 'UK_PROJECT_LEAD' },
  },
  {
    call: 'FY2024-JOINT-US-BIO', field: 'BIO', stage: 'ADOPTED', topic: 'biomanufacturing of marine natural products',
    title: ['Biomanufacturing of marine natural products', '海洋天然物のバイオものづくり'],
    pi: 'shirahama', piTravels: true, young: ['umino'], partner: { thistlewood: 'PARTNER_PI' },
    project: { status: 'SUSPENDED' },
  },
  {
    call: 'FY2024-JOINT-DE-QUANTUM', field: 'QUANTUM', stage: 'ADOPTED', topic: 'metropolitan photonic quantum networks',
    title: ['Photonic quantum networks between metropolitan nodes', '都市間ノードを結ぶ光量子ネットワーク'],
    pi: 'kagami', coPis: ['higurashi'], young: ['hoshikawa'], support: { kurosaki: 'TECHNICIAN' },
    partner: { vogelsang: 'PARTNER_PI', sonnenfeld: 'INVITED_RESEARCHER' },
    outcomes: [{ kind: 'USE_OF_FACILITIES', on: '2025-09-01', title: '[Demo] Beam time at a fictional cryogenic photonics facility' }],
  },
  {
    call: 'FY2024-JOINT-DE-QUANTUM', field: 'QUANTUM', stage: 'FAILED_INTERVIEW', topic: 'topological qubits',
    title: ['Topological qubits in hybrid nanowires', 'ハイブリッドナノワイヤ中のトポロジカル量子ビット'],
    pi: 'shinonome', piTravels: true, partner: { brunnhuber: 'PARTNER_PI' },
  },
  // ── FY2025 solo
  {
    call: 'FY2025-SOLO-TOP', field: 'ENERGY', stage: 'ADOPTED', topic: 'power electronics for offshore wind',
    title: ['Grid-stabilising power electronics for offshore wind', '洋上風力のための系統安定化パワーエレクトロニクス'],
    pi: 'yamase', coPis: ['tsuzuki'], young: ['tanigawa'], partner: { quandong: 'PARTNER_PI', nam: 'PARTNER_PI' },
    outcomes: [{ kind: 'POLICY_INFLUENCE', on: '2026-07-15', title: '[Demo] Evidence to a fictional municipal offshore-wind planning panel' }],
  },
  {
    call: 'FY2025-SOLO-TOP', field: 'AI', stage: 'FAILED_DOCUMENT_REVIEW', topic: 'federated learning for urban mobility',
    title: ['Federated learning for urban mobility', '都市モビリティのための連合学習'],
    pi: 'minagawa', young: ['urashima'], partner: { holloway: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-SOLO-TOP', field: 'MATERIALS', stage: 'REJECTED_FINAL', topic: 'rare-earth-free magnets',
    title: ['Materials informatics for rare-earth-free magnets', 'レアアースフリー磁石のためのマテリアルズインフォマティクス'],
    pi: 'takanoha', coPis: ['kirishima'], young: ['amane'], partner: { roussel: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-SOLO-RISING', field: 'NETWORK', stage: 'ADOPTED', topic: 'resilient optical access networks',
    title: ['Resilient optical access networks', 'レジリエントな光アクセスネットワーク'],
    pi: 'kodama', piTravels: true, support: { hanemura: 'STUDENT' }, partner: { marchetti: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-SOLO-RISING', field: 'SEMICONDUCTORS', stage: 'FAILED_DOCUMENT_REVIEW', topic: 'gallium oxide transistors',
    title: ['Gallium oxide transistors for harsh environments', '過酷環境向け酸化ガリウムトランジスタ'],
    pi: 'hibiki', piTravels: true, partner: { oosterveld: 'PARTNER_PI' },
  },
  // ── FY2025 joint calls
  {
    call: 'FY2025-JOINT-UK-QUANTUM', field: 'QUANTUM', stage: 'ADOPTED', topic: 'trapped-ion quantum simulators',
    title: ['Trapped-ion quantum simulators for chemistry', '化学のためのイオントラップ量子シミュレータ'],
    pi: 'mizuhara', piTravels: true, young: ['tokiwa'], partner: { brackenridge: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-JOINT-UK-QUANTUM', field: 'QUANTUM', stage: 'FAILED_DOCUMENT_REVIEW', topic: 'satellite quantum key distribution',
    title: ['Quantum key distribution over satellite links', '衛星リンクによる量子鍵配送'],
    pi: 'sugimura', young: ['funaoka'], partner: { hartigan: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-JOINT-UK-AI', field: 'AI', stage: 'ADOPTED', topic: 'trustworthy foundation models for science',
    title: ['Trustworthy foundation models for scientific discovery', '科学的発見のための信頼できる基盤モデル'],
    pi: 'aizawa', young: ['shinonome'], partner: { brackenridge: 'PARTNER_PI', hartigan: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-JOINT-UK-AI', field: 'AI', stage: 'FAILED_INTERVIEW', topic: 'embodied AI for assistive robots',
    title: ['Embodied AI for assistive robots', '支援ロボットのための身体性AI'],
    pi: 'minegishi', piTravels: true, partner: { hartigan: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM', field: 'SEMICONDUCTORS', stage: 'ADOPTED', topic: 'cryogenic CMOS control for spin qubits',
    title: ['Cryogenic CMOS control for spin qubits', 'スピン量子ビットのための極低温CMOS制御'],
    pi: 'shiratori', piTravels: true, young: ['funaoka'], support: { tetsuka: 'TECHNICIAN' },
    partner: { vandijkhuis: 'PARTNER_PI', oosterveld: 'PARTNER_PI' },
  },
  {
    call: 'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM', field: 'QUANTUM', stage: 'REJECTED_FINAL', topic: 'superconducting interconnects',
    title: ['Superconducting interconnects for modular quantum processors', 'モジュール型量子プロセッサのための超伝導配線'],
    pi: 'kirishima', young: ['urashima'], partner: { oosterveld: 'PARTNER_PI' },
  },
  // ── FY2026 solo, Top (under review). A PI of an ongoing Rising project may apply to Top.
  {
    call: 'FY2026-SOLO-TOP', field: 'MATERIALS', stage: 'SUBMITTED', topic: 'circular polymer materials',
    title: ['Circular polymer materials from molecule to market', '分子から市場までの循環型高分子材料'],
    pi: 'tsukimori', coPis: ['amagi'], young: ['amane'], support: { nagisa: 'COORDINATOR' },
    partner: { marchetti: 'PARTNER_PI', roussel: 'PARTNER_PI' },
  },
  {
    call: 'FY2026-SOLO-TOP', field: 'BIO', stage: 'DOCUMENT_REVIEW', topic: 'marine bio-DX',
    title: ['Marine bio-DX for future food production', '未来の食料生産のための海洋バイオDX'],
    pi: 'takanoha', coPis: ['kanzaki'], young: ['namiki'], partner: { whitcombe: 'PARTNER_PI' },
  },
  {
    call: 'FY2026-SOLO-TOP', field: 'NETWORK', stage: 'INTERVIEW', topic: 'AI-native networks for disaster resilience',
    title: ['AI-native networks for disaster resilience', '災害レジリエンスのためのAIネイティブネットワーク'],
    pi: 'minagawa', coPis: ['higurashi'], young: ['urashima', 'funaoka'],
    partner: { holloway: 'PARTNER_PI', quandong: 'PARTNER_PI' },
  },
  {
    call: 'FY2026-SOLO-TOP', field: 'AI', stage: 'DRAFT', topic: 'physical AI for field robotics',
    title: ['Physical AI for field robotics in agriculture', '農業フィールドロボティクスのためのフィジカルAI'],
    pi: 'takamine', coPis: ['tsuzuki'], young: ['tanigawa'], partner: { vogelsang: 'PARTNER_PI' },
    budget: { share: 0.8, profile: 'research', breaksGuideline: true },
  },
  {
    call: 'FY2026-SOLO-TOP', field: 'QUANTUM', stage: 'WITHDRAWN', neverSubmitted: true, topic: 'quantum error mitigation',
    title: ['Quantum error mitigation for near-term devices', '近未来デバイスのための量子誤り抑制'],
    pi: 'sugimura', young: ['tokiwa'], partner: { nam: 'PARTNER_PI' },
  },
  // ── FY2026 solo, Rising. A PI whose Rising project ends in FY2026 may apply to Rising again.
  {
    call: 'FY2026-SOLO-RISING', field: 'ENERGY', stage: 'SUBMITTED', topic: 'perovskite tandem solar cells',
    title: ['Stable perovskite tandem solar cells', '安定なペロブスカイトタンデム太陽電池'],
    pi: 'hibiki', piTravels: true, coPis: ['kirishima'], partner: { okafor: 'PARTNER_PI' },
  },
  {
    call: 'FY2026-SOLO-RISING', field: 'AI', stage: 'DOCUMENT_REVIEW', topic: 'intelligent robotics for laboratories',
    title: ['Intelligent robotics for self-driving laboratories', '自律実験室のための知能ロボティクス'],
    pi: 'shinonome', piTravels: true, young: ['hoshikawa'], partner: { brunnhuber: 'PARTNER_PI' },
  },
  {
    call: 'FY2026-SOLO-RISING', field: 'NETWORK', stage: 'INTERVIEW', topic: 'quantum-safe network slicing',
    title: ['Quantum-safe network slicing', '耐量子ネットワークスライシング'],
    pi: 'ushio', piTravels: true, young: ['funaoka'], partner: { nam: 'PARTNER_PI', vandijkhuis: 'PARTNER_PI' },
  },
  {
    call: 'FY2026-SOLO-RISING', field: 'BIO', stage: 'DRAFT', topic: 'smart greenhouse phenotyping',
    title: ['Smart greenhouse phenotyping with bio-sensors', 'バイオセンサーによるスマート温室フェノタイピング'],
    pi: 'minegishi', piTravels: true, coPis: ['kirino'], young: ['inaba'], partner: { ramsbottom: 'PARTNER_PI' },
    missingAttestation: 'asagiri',
  },
  {
    call: 'FY2026-SOLO-RISING', field: 'ENERGY', stage: 'DRAFT', topic: 'agrivoltaics',
    title: ['Agrivoltaics for upland farms', '中山間地のための営農型太陽光発電'],
    pi: 'hatakeyama', piTravels: true, partner: { quandong: 'PARTNER_PI' }, budget: 'none',
  },
];

// ───────────────────────────── texts for generated outcomes ─────────────────────────────

export const PAPER_ANGLES = [
  'first results from a joint testbed',
  'a comparative study across two sites',
  'benchmarks and open problems',
  'a scalable approach',
  'lessons from shared fieldwork',
  'theory meets experiment',
];

export const VENUES = [
  'Demo Pacific Rim Research Forum',
  'Demo Annual Meeting of the Fictional Society for Applied Science',
  'Demo Euro-Asian Frontiers Conference',
  'Demo International Young Researchers Summit',
];
