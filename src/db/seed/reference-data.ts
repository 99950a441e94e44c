// ASPIRE reference data, exactly as the domain spec (../shared/DOMAIN.md beside the repo) and its seeds state it:
// 000 = FY2026 solo-call briefing, 001 = FY2024 Japan–UK joint call, 002 = mid-term evaluation
// report (2025-08-27), 004 = English outline. Nothing here is invented: where the sources are
// silent a column stays null, and "–" in the report's call table is null, never 0.
import type { Prisma } from '../../generated/prisma/client.js';

// ───────────────────────────── dates ─────────────────────────────

const TOKYO = 'Asia/Tokyo';
const JST_OFFSET_HOURS = 9; // Japan has no daylight saving time.

/** A wall-clock time in Tokyo, e.g. tokyo('2026-05-19', '12:00'). */
export function tokyo(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, hh! - JST_OFFSET_HOURS, mm!));
}

/** The last instant (…23:59:59.999) of a Tokyo calendar day. */
function tokyoEndOfDay(date: string): Date {
  return new Date(tokyo(date).getTime() + 24 * 3600_000 - 1);
}

function daysInMonth(yearMonth: string): number {
  const [y, m] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).getUTCDate();
}

/** A date-only column value (DATE columns carry no time zone). */
export function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

type MilestoneTiming = Pick<Prisma.CallMilestoneCreateManyInput, 'startsAt' | 'endsAt' | 'precision' | 'timeZone'>;

/** A deadline announced to the minute in Tokyo time. */
function tokyoMinute(date: string, time: string): MilestoneTiming {
  return { startsAt: tokyo(date, time), precision: 'MINUTE', timeZone: TOKYO };
}

/** A single event announced to the day (no time given). */
function tokyoDay(date: string): MilestoneTiming {
  return { startsAt: tokyo(date), precision: 'DAY', timeZone: TOKYO };
}

/** A single event known only to the month, e.g. "support began 2024-02". */
function tokyoMonth(yearMonth: string): MilestoneTiming {
  return { startsAt: tokyo(`${yearMonth}-01`), precision: 'MONTH', timeZone: TOKYO };
}

/** A period from the start of one month to the last instant of another. */
function tokyoMonths(from: string, to: string = from): MilestoneTiming {
  return {
    startsAt: tokyo(`${from}-01`),
    endsAt: tokyoEndOfDay(`${to}-${daysInMonth(to)}`),
    precision: 'MONTH',
    timeZone: TOKYO,
  };
}

/** 旬: early = days 1–10, mid = 11–20, late = 21–end of month. */
type Jun = 'early' | 'mid' | 'late';
const JUN_DAYS: Record<Jun, [first: number, last: number | 'end']> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 'end'],
};
const pad = (n: number) => String(n).padStart(2, '0');

/** A period known to the 旬, e.g. 5月下旬～8月上旬 = tokyoTenDays('2026-05', 'late', '2026-08', 'early'). */
function tokyoTenDays(fromMonth: string, fromJun: Jun, toMonth: string = fromMonth, toJun: Jun = fromJun): MilestoneTiming {
  const last = JUN_DAYS[toJun][1];
  return {
    startsAt: tokyo(`${fromMonth}-${pad(JUN_DAYS[fromJun][0])}`),
    endsAt: tokyoEndOfDay(`${toMonth}-${pad(last === 'end' ? daysInMonth(toMonth) : last)}`),
    precision: 'TEN_DAYS',
    timeZone: TOKYO,
  };
}

// ───────────────────────────── countries ─────────────────────────────

export interface CountrySeed {
  code: string;
  nameEn: string;
  nameJa: string;
}

export const JAPAN = { code: 'JP', nameEn: 'Japan', nameJa: '日本' } as const satisfies CountrySeed;

/** The 21 partner countries/regions, in the order the sources list them (000, 002, 004). */
export const PARTNER_COUNTRIES = [
  { code: 'AU', nameEn: 'Australia', nameJa: 'オーストラリア' },
  { code: 'AT', nameEn: 'Austria', nameJa: 'オーストリア' },
  { code: 'BE', nameEn: 'Belgium', nameJa: 'ベルギー' },
  { code: 'CA', nameEn: 'Canada', nameJa: 'カナダ' },
  { code: 'CZ', nameEn: 'Czech Republic', nameJa: 'チェコ' },
  { code: 'DK', nameEn: 'Denmark', nameJa: 'デンマーク' },
  { code: 'EU', nameEn: 'EU', nameJa: 'EU' },
  { code: 'FI', nameEn: 'Finland', nameJa: 'フィンランド' },
  { code: 'FR', nameEn: 'France', nameJa: 'フランス' },
  { code: 'DE', nameEn: 'Germany', nameJa: 'ドイツ' },
  { code: 'IT', nameEn: 'Italy', nameJa: 'イタリア' },
  { code: 'NL', nameEn: 'Netherlands', nameJa: 'オランダ' },
  { code: 'NO', nameEn: 'Norway', nameJa: 'ノルウェー' },
  { code: 'PL', nameEn: 'Poland', nameJa: 'ポーランド' },
  { code: 'PT', nameEn: 'Portugal', nameJa: 'ポルトガル' },
  { code: 'KR', nameEn: 'South Korea', nameJa: '韓国' },
  { code: 'ES', nameEn: 'Spain', nameJa: 'スペイン' },
  { code: 'SE', nameEn: 'Sweden', nameJa: 'スウェーデン' },
  { code: 'CH', nameEn: 'Switzerland', nameJa: 'スイス' },
  { code: 'GB', nameEn: 'United Kingdom', nameJa: '英国' },
  { code: 'US', nameEn: 'United States', nameJa: '米国' },
] as const satisfies readonly CountrySeed[];

export const COUNTRIES: readonly CountrySeed[] = [JAPAN, ...PARTNER_COUNTRIES];
export type CountryCode = typeof JAPAN.code | (typeof PARTNER_COUNTRIES)[number]['code'];
const ALL_PARTNERS: CountryCode[] = PARTNER_COUNTRIES.map((c) => c.code);

// ───────────────────────────── research fields ─────────────────────────────

/** Phase 1: calls up to FY2025; phase 2: calls from FY2026 (seed 000, 変更点①). */
export const FIELD_PHASES = [
  { phase: 1, fromFiscalYear: 2023, toFiscalYear: 2025 },
  { phase: 2, fromFiscalYear: 2026, toFiscalYear: null },
] as const;

export interface FieldPhaseSeed {
  nameJa: string;
  nameEn: string;
  scopeJa: string;
  scopeEn: string;
  /** [Japanese, English] pairs, so the two lists cannot drift apart. */
  examples?: readonly (readonly [ja: string, en: string])[];
}

export interface FieldSeed {
  code: string;
  /** Indexed by phase number: [phase 1, phase 2]. */
  phases: readonly [FieldPhaseSeed, FieldPhaseSeed];
}

// Phase-1 wording is seed 000's 第1期 table (identical to seed 002 §3.1); phase 2 is its 第2期
// table, with the examples from its 事例 pages. English follows DOMAIN.md.
const AI_SCOPE_JA = '「人間理解・尊重」、「多様性」、「持続可能」の理念のもと、Society 5.0の実現に向けたAI・情報研究';
const AI_SCOPE_EN =
  'AI and information research for Society 5.0 under the principles of "understanding and respecting humans", "diversity" and "sustainability"';
const ENERGY_1: FieldPhaseSeed = {
  nameJa: 'エネルギー',
  nameEn: 'Energy',
  scopeJa: 'カーボンニュートラルの実現に向けたエネルギー研究',
  scopeEn: 'Energy research for achieving carbon neutrality',
};
const QUANTUM_1: FieldPhaseSeed = {
  nameJa: '量子',
  nameEn: 'Quantum',
  scopeJa:
    '生産性革命の実現や国及び国民の安全・安心の確保に貢献する量子コンピュータや量子技術に係る研究や革新的な機能を有する量子物質の研究',
  scopeEn:
    'Research on quantum computers and quantum technologies contributing to a productivity revolution and to the safety and security of the nation and its people, and research on quantum materials with innovative functions',
};
const SEMICONDUCTORS_1: FieldPhaseSeed = {
  nameJa: '半導体',
  nameEn: 'Semiconductors',
  scopeJa: '半導体産業基盤の強靱化に係る研究',
  scopeEn: 'Research on strengthening the industrial base of semiconductors',
};

const FIELD_DATA = [
  {
    code: 'AI',
    phases: [
      { nameJa: 'AI・情報', nameEn: 'AI & Information', scopeJa: AI_SCOPE_JA, scopeEn: AI_SCOPE_EN },
      {
        nameJa: 'AI・情報・知能ロボティクス',
        nameEn: 'AI, Information & Intelligent Robotics',
        scopeJa: `${AI_SCOPE_JA}及び知能ロボティクスに関する研究`,
        scopeEn: `${AI_SCOPE_EN}, and research on intelligent robotics`,
        examples: [
          ['ロボットの知能化', 'robot intelligence'],
          ['自律システム', 'autonomous systems'],
          ['実世界情報処理', 'real-world information processing'],
          ['物理エージェント', 'physical agents'],
          ['エージェント型AI', 'agentic AI'],
          ['フィジカルAI', 'physical AI'],
        ],
      },
    ],
  },
  {
    code: 'BIO',
    phases: [
      {
        nameJa: 'バイオ',
        nameEn: 'Biotechnology',
        scopeJa: 'バイオエコノミー・持続可能な農業の推進、環境負荷の低減等に係るバイオテクノロジー研究',
        scopeEn: 'Biotechnology research for the bioeconomy, sustainable agriculture and a lower environmental load',
      },
      {
        nameJa: 'バイオ',
        nameEn: 'Biotechnology',
        scopeJa:
          '農業・食品産業等を含む多様な分野における持続可能なバイオエコノミーの推進、環境負荷の低減等に係るバイオテクノロジー研究',
        scopeEn:
          'Biotechnology research for a sustainable bioeconomy across diverse fields including agriculture and the food industry, and for a lower environmental load',
        examples: [
          ['バイオ計測基盤技術', 'bio-measurement'],
          ['エンジニアリングバイオロジー', 'engineering biology'],
          ['予測生物学', 'predictive biology'],
          ['未来型食料生産', 'future food production'],
          ['バイオDX', 'bio-DX'],
          ['スマート農業', 'smart agriculture'],
          ['バイオエコセンシング', 'bio-eco-sensing'],
        ],
      },
    ],
  },
  {
    code: 'ENERGY',
    phases: [
      ENERGY_1,
      {
        ...ENERGY_1,
        examples: [
          ['次世代太陽電池', 'next-generation solar cells'],
          ['蓄電池', 'batteries'],
          ['水電解による水素製造', 'hydrogen production by electrolysis'],
          ['水素利用技術（燃料電池など）', 'hydrogen use (e.g. fuel cells)'],
          ['省エネルギー', 'energy saving'],
          ['再生可能エネルギー', 'renewable energy'],
          ['電力系統安定化・エネルギーインフラ高度化', 'grid stabilisation and advanced energy infrastructure'],
          ['ライフサイクル評価（LCA）等の統合的評価手法', 'integrated assessment such as life-cycle assessment (LCA)'],
        ],
      },
    ],
  },
  {
    code: 'MATERIALS',
    phases: [
      {
        nameJa: 'マテリアル',
        nameEn: 'Materials',
        scopeJa: 'カーボンニュートラルや循環経済等に資するマテリアル研究',
        scopeEn: 'Materials research contributing to carbon neutrality and the circular economy',
      },
      {
        nameJa: 'マテリアル',
        nameEn: 'Materials',
        scopeJa: 'カーボンニュートラル・循環経済の実現と産業競争力を支える革新的先端マテリアルの開拓に関する研究',
        scopeEn:
          'Research on achieving carbon neutrality and the circular economy and on pioneering innovative advanced materials that support industrial competitiveness',
        examples: [
          ['金属・無機材料', 'metals and inorganic materials'],
          ['有機・高分子材料', 'organic and polymer materials'],
          ['低環境負荷プロセス', 'low-environmental-impact processes'],
          ['材料インフォマティクス', 'materials informatics'],
        ],
      },
    ],
  },
  { code: 'QUANTUM', phases: [QUANTUM_1, QUANTUM_1] },
  { code: 'SEMICONDUCTORS', phases: [SEMICONDUCTORS_1, SEMICONDUCTORS_1] },
  {
    code: 'NETWORK',
    phases: [
      {
        nameJa: '通信',
        nameEn: 'Telecommunications',
        scopeJa: 'デジタル社会に対応した次世代インフラの整備に資する情報通信技術の研究',
        scopeEn: 'Research on information and communication technology for the next-generation infrastructure of the digital society',
      },
      {
        nameJa: 'ネットワーク・通信',
        nameEn: 'Networks & Telecommunications',
        scopeJa:
          'スマート社会・デジタルインフラを支えるコンピュータネットワーク基盤技術及び次世代情報通信技術、サイバーフィジカルシステムとその応用に関する研究',
        scopeEn:
          'Research on computer-network foundations and next-generation information and communication technology supporting the smart society and digital infrastructure, and on cyber-physical systems and their applications',
        examples: [
          ['AIネイティブ', 'AI-native networks'],
          ['コンピュータネットワーク', 'computer networks'],
          ['クラウドネットワーク', 'cloud networks'],
          ['分散クラウド', 'distributed cloud'],
          ['デジタルツインネットワーク', 'digital-twin networks'],
          ['有線・無線ネットワークシステムとデバイス', 'wired and wireless network systems and devices'],
          ['電波・光・量子等の通信', 'radio, optical and quantum communication'],
          ['ネットワークデバイス', 'network devices'],
          ['ネットワークセキュリティ', 'network security'],
          ['ネットワークロボット', 'network robots'],
          ['ITS（高度道路交通システム）', 'intelligent transport systems (ITS)'],
        ],
      },
    ],
  },
] as const satisfies readonly FieldSeed[];

export type FieldCode = (typeof FIELD_DATA)[number]['code'];
/** In sortOrder. */
export const RESEARCH_FIELDS: readonly (FieldSeed & { code: FieldCode })[] = FIELD_DATA;
const ALL_FIELDS: FieldCode[] = RESEARCH_FIELDS.map((f) => f.code);

// ───────────────────────────── funding agencies ─────────────────────────────

export interface AgencySeed {
  code: string;
  acronym: string;
  nameEn: string;
  nameJa: string;
  countryCode: CountryCode;
  parentCode?: string;
  crossrefFunderId?: string;
}

// No ROR ids or websites: the sources give none.
export const FUNDING_AGENCIES = [
  {
    code: 'JST',
    acronym: 'JST',
    nameEn: 'Japan Science and Technology Agency',
    nameJa: '国立研究開発法人科学技術振興機構',
    countryCode: 'JP',
    crossrefFunderId: '10.13039/501100002241',
  },
  {
    // The seeds only use the acronym; the name is the agency's official one.
    code: 'AMED',
    acronym: 'AMED',
    nameEn: 'Japan Agency for Medical Research and Development',
    nameJa: '日本医療研究開発機構',
    countryCode: 'JP',
  },
  { code: 'UKRI', acronym: 'UKRI', nameEn: 'UK Research and Innovation', nameJa: '英国研究・イノベーション機構', countryCode: 'GB' },
  {
    code: 'BBSRC',
    acronym: 'BBSRC',
    nameEn: 'Biotechnology and Biological Sciences Research Council',
    nameJa: '英国バイオテクノロジー・生物科学研究会議',
    countryCode: 'GB',
    parentCode: 'UKRI',
  },
] as const satisfies readonly AgencySeed[];

export type AgencyCode = (typeof FUNDING_AGENCIES)[number]['code'];

// ───────────────────────────── calls ─────────────────────────────

type GeneratedColumns = 'id' | 'createdAt' | 'updatedAt' | 'version';
export type MilestoneSeed = Omit<Prisma.CallMilestoneCreateManyInput, GeneratedColumns | 'callId'>;

export type CallSeed = Omit<Prisma.CallCreateManyInput, GeneratedColumns> & {
  code: string;
  agencies: readonly { code: AgencyCode; role: 'LEAD' | 'PARTNER' }[];
  fields: readonly FieldCode[];
  /** Eligible partner countries/regions; empty where the sources do not say which. */
  countries: readonly CountryCode[];
  milestones: readonly MilestoneSeed[];
};

const JST_LEADS = [{ code: 'JST', role: 'LEAD' }] as const;

/** Call results as of June 2025 (seed 002 §3.3); "–" there is null here. */
const MID_TERM_STATISTICS = {
  statisticsAsOf: day('2025-06-01'),
  statisticsSourceEn: 'ASPIRE mid-term evaluation report (2025-08-27): call results as of June 2025',
} as const;

function published(proposals: number | null, adopted: number | null) {
  return { ...MID_TERM_STATISTICS, publishedProposalCount: proposals, publishedAdoptionCount: adopted };
}

const PLANNED = { noteEn: 'planned', noteJa: '予定' } as const;

const TRACKS = {
  TOP: {
    titleEn: 'ASPIRE for Top Scientists',
    titleJa: 'TopのためのASPIRE',
  },
  RISING: {
    titleEn: 'ASPIRE for Rising Scientists',
    titleJa: '次世代のためのASPIRE',
  },
} as const;

type SoloCallOptions = Partial<Omit<CallSeed, 'kind' | 'track' | 'fiscalYear'>> & Pick<CallSeed, 'countries' | 'milestones'>;

function soloCall(fiscalYear: number, track: 'TOP' | 'RISING', options: SoloCallOptions): CallSeed {
  const t = TRACKS[track];
  return {
    code: `FY${fiscalYear}-SOLO-${track}`,
    titleEn: `FY${fiscalYear} Solo Call: ${t.titleEn}`,
    titleJa: `${fiscalYear}年度 単独公募 ${t.titleJa}`,
    kind: 'SOLO',
    track,
    fiscalYear,
    // Caps, period and every rule: the program's for the year and track (src/domain/program-rules.ts).
    agencies: JST_LEADS,
    fields: ALL_FIELDS,
    ...options,
  };
}

const FY2023_COUNTRIES_NOTE = {
  noteEn:
    'The call listed 20 partner countries/regions; the sources do not say which, so no eligible countries are recorded.',
  noteJa: '対象国・地域は20カ国・地域（資料にどの国・地域かの記載がないため未登録）。',
} as const;

/** Seed 000 §4 (all times JST). */
const FY2026_SOLO_SCHEDULE: readonly MilestoneSeed[] = [
  { kind: 'PRE_NOTIFICATION_DEADLINE', ...tokyoMinute('2026-04-24', '12:00'), noteEn: 'optional', noteJa: '任意' },
  {
    kind: 'SUBMISSION_DEADLINE',
    ...tokyoMinute('2026-05-19', '12:00'),
    noteEn: 'via e-Rad; a proposal not completed by the deadline is not reviewed, for any reason whatsoever',
    noteJa: 'e-Radによる受付。締切時刻までに応募が完了しなかった場合は、いかなる理由があっても審査の対象になりません',
  },
  { kind: 'DOCUMENT_REVIEW', ...tokyoTenDays('2026-05', 'late', '2026-08', 'early') },
  {
    kind: 'INTERVIEWS',
    ...tokyoMonths('2026-08', '2026-09'),
    noteEn: 'only proposals that passed document review',
    noteJa: '書類審査を通過された方のみ',
  },
  { kind: 'RESULTS_NOTIFIED', ...tokyoMonths('2026-10') },
  { kind: 'SUPPORT_STARTS', ...tokyoMonth('2026-12') },
];

export const CALLS: readonly CallSeed[] = [
  // FY2023
  soloCall(2023, 'TOP', {
    ...published(74, 26),
    ...FY2023_COUNTRIES_NOTE,
    countries: [],
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2024-02') }],
  }),
  soloCall(2023, 'RISING', {
    ...published(78, 20),
    ...FY2023_COUNTRIES_NOTE,
    countries: [],
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2024-02') }],
  }),

  // FY2024
  soloCall(2024, 'TOP', {
    ...published(46, 14),
    countries: ALL_PARTNERS,
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2024-12') }],
  }),
  soloCall(2024, 'RISING', {
    ...published(85, 18),
    countries: ALL_PARTNERS,
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2024-12') }],
  }),
  {
    // Seed 001.
    code: 'FY2024-JOINT-UK-BIO',
    titleEn: 'FY2024 Japan–UK Joint Call: Engineering biology for discovery research and cross-cutting technologies',
    titleJa: '2024年度 日英共同公募：エンジニアリングバイオロジーにおける探索研究および横断的技術開発',
    descriptionEn:
      'Matching-fund call by JST and BBSRC (a UKRI council) under ASPIRE and the principles of the UK International Science Partnerships Fund (ISPF). JST funds the Japan side, BBSRC the UK side. One joint proposal is written in English; the Japan-side PI uploads it to e-Rad and the UK project lead uploads the same PDF to UKRI’s system.',
    descriptionJa:
      'ASPIREと英国政府による国際科学パートナーシップ基金（ISPF）の実施原則にもとづき、JSTと英国バイオテクノロジー・生物科学研究会議（BBSRC）によるマッチング・ファンドで実施。JSTは日本側研究者、BBSRCは英国側研究者を支援。日本側と英国側が一つの国際共同研究提案書を英語で作成し、日本側PIはe-Rad、英国側PLはUKRIの電子システムに同じPDFをアップロードする。',
    kind: 'JOINT',
    fiscalYear: 2024,
    // The call's own terms, set with BBSRC within the program's (seed 001 L296–313).
    maxDirectCostYen: 180_000_000n,
    maxTotalCostYen: 234_000_000n,
    maxPeriodMonths: 36,
    partnerMaxAmount: 1_000_000n,
    partnerCurrency: 'GBP',
    partnerFundingNoteEn: 'UK side up to £1,000,000 at 80% full economic cost (FEC)',
    partnerFundingNoteJa: '英国側：最大100万ポンド（約1.8億円、1ポンド＝180円換算）（FEC：Full Economic Costの80%）',
    supportStartsOn: day('2024-12-01'),
    japanSideEndsOn: day('2028-03-31'),
    partnerSideEndsOn: day('2027-11-30'),
    mobilityExtensionEndsOn: day('2030-03-31'),
    expectedAdoptions: 5,
    // Seed 001 L410: each side includes outgoing researchers; L475: the Japan side's young
    // travellers stay about one year on the partner side.
    requiresOutgoingResearcherEachSide: true,
    youngTravellerStayMonths: 12,
    ...published(30, 5),
    agencies: [...JST_LEADS, { code: 'BBSRC', role: 'PARTNER' }],
    fields: ['BIO'],
    countries: ['GB'],
    milestones: [
      // JST's published call period: 1/15～4/16.
      { kind: 'CALL_OPENS', side: 'JAPAN', ...tokyoDay('2024-01-15') },
      {
        kind: 'PRE_NOTIFICATION_DEADLINE',
        side: 'JAPAN',
        ...tokyoDay('2024-03-29'),
        noteEn: 'please notify JST before applying',
        noteJa: '応募される場合はJSTへ事前連絡',
      },
      {
        kind: 'SUBMISSION_DEADLINE',
        side: 'JAPAN',
        ...tokyoMinute('2024-04-16', '18:00'),
        noteEn: 'via e-Rad',
        noteJa: 'e-Rad受付締切',
      },
      {
        kind: 'SUBMISSION_DEADLINE',
        side: 'PARTNER',
        // 16:00 in London on 16 April 2024 is British Summer Time (UTC+1).
        startsAt: new Date('2024-04-16T15:00:00Z'),
        precision: 'MINUTE',
        timeZone: 'Europe/London',
        noteEn: 'via UKRI’s system',
        noteJa: '英国側の受付締切（英国時間）',
      },
      { kind: 'DOCUMENT_REVIEW', ...tokyoMonths('2024-05', '2024-07') },
      {
        kind: 'INTERVIEWS',
        side: 'JAPAN',
        ...tokyoTenDays('2024-08', 'early'),
        noteEn: 'planned; only the Japan-side PIs of proposals that passed document review',
        noteJa: '予定。書類審査を通過した研究提案の日本側研究代表者のみを対象',
      },
      { kind: 'RESULTS_NOTIFIED', ...tokyoTenDays('2024-09', 'late'), ...PLANNED },
      { kind: 'SUPPORT_STARTS', ...tokyoDay('2024-12-01') },
    ],
  },
  {
    code: 'FY2024-JOINT-US-BIO',
    titleEn: 'FY2024 Joint Call with the US etc.: Biotechnology',
    titleJa: '2024年度 共同公募（米国等）：バイオ',
    kind: 'JOINT',
    fiscalYear: 2024,
    ...published(null, 3),
    noteEn: 'Partner published as "US etc."; only the US is named.',
    noteJa: '相手国・地域は「米国等」と公表。',
    agencies: JST_LEADS,
    fields: ['BIO'],
    countries: ['US'],
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2024-11') }],
  },
  {
    code: 'FY2024-JOINT-DE-QUANTUM',
    titleEn: 'FY2024 Joint Call with Germany: Quantum',
    titleJa: '2024年度 共同公募（ドイツ）：量子',
    kind: 'JOINT',
    fiscalYear: 2024,
    ...published(10, 2),
    agencies: JST_LEADS,
    fields: ['QUANTUM'],
    countries: ['DE'],
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2025-02') }],
  },

  // FY2025: under review in June 2025.
  soloCall(2025, 'TOP', {
    ...published(null, null),
    countries: ALL_PARTNERS,
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2025-12'), ...PLANNED }],
  }),
  soloCall(2025, 'RISING', {
    ...published(null, null),
    countries: ALL_PARTNERS,
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2025-12'), ...PLANNED }],
  }),
  {
    code: 'FY2025-JOINT-UK-QUANTUM',
    titleEn: 'FY2025 Joint Call with the UK: Quantum',
    titleJa: '2025年度 共同公募（英国）：量子',
    kind: 'JOINT',
    fiscalYear: 2025,
    ...published(null, null),
    agencies: JST_LEADS,
    fields: ['QUANTUM'],
    countries: ['GB'],
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2026-01'), ...PLANNED }],
  },
  {
    code: 'FY2025-JOINT-UK-AI',
    titleEn: 'FY2025 Joint Call with the UK: AI & Information',
    titleJa: '2025年度 共同公募（英国）：AI・情報',
    kind: 'JOINT',
    fiscalYear: 2025,
    ...published(null, null),
    agencies: JST_LEADS,
    fields: ['AI'],
    countries: ['GB'],
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2026-01'), ...PLANNED }],
  },
  {
    code: 'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM',
    titleEn: 'FY2025 Joint Call with the Netherlands: Semiconductors & Quantum',
    titleJa: '2025年度 共同公募（オランダ）：半導体・量子',
    kind: 'JOINT',
    fiscalYear: 2025,
    ...published(null, null),
    agencies: JST_LEADS,
    fields: ['SEMICONDUCTORS', 'QUANTUM'],
    countries: ['NL'],
    milestones: [{ kind: 'SUPPORT_STARTS', ...tokyoMonth('2026-06'), ...PLANNED }],
  },

  // FY2026: seed 000 (no statistics yet; it states no opening date).
  soloCall(2026, 'TOP', { countries: ALL_PARTNERS, milestones: FY2026_SOLO_SCHEDULE }),
  soloCall(2026, 'RISING', { countries: ALL_PARTNERS, milestones: FY2026_SOLO_SCHEDULE }),
];

// ───────────────────────────── indicators ─────────────────────────────

export type IndicatorSeed = Omit<Prisma.IndicatorCreateManyInput, GeneratedColumns> & {
  actual: Omit<Prisma.IndicatorActualCreateManyInput, GeneratedColumns | 'indicatorId'>;
};

const GOALS = {
  1: {
    goalJa: '我が国と欧米等科学技術先進国・地域のトップ研究者同士を結び付ける施策の実施',
    goalEn: "Connect Japan's top researchers with their peers in advanced science and technology countries/regions",
  },
  2: { goalJa: 'ASPIREの支援による国際共同研究の加速', goalEn: 'Accelerate international joint research through ASPIRE support' },
  3: {
    goalJa: '最先端の研究開発につながる情報を取得可能なネットワークを構築',
    goalEn: 'Build networks that give access to information leading to cutting-edge R&D',
  },
  4: { goalJa: '我が国の次世代のトップ研究者を育成', goalEn: "Develop Japan's next-generation top researchers" },
} as const;

const REPORT = { reportedOn: day('2025-08-27'), sourceEn: 'ASPIRE mid-term evaluation report (2025-08-27)' } as const;
const FY2023_FIRST_YEAR = { ...REPORT, scopeEn: 'FY2023 projects, first year', scopeJa: '2023年度採択課題の1年間の実績' } as const;
const FY2023_24_CALLS = {
  ...REPORT,
  scopeEn: 'FY2023–FY2024 solo and joint calls',
  scopeJa: '2023～2024年度に実施した単独公募・共同公募',
} as const;

function goal(n: keyof typeof GOALS) {
  return { goalNumber: n, ...GOALS[n] };
}

/** Seed 002 §1.5 (targets are those of the government fund sheet). */
export const INDICATORS: readonly IndicatorSeed[] = [
  {
    code: '1-1',
    ...goal(1),
    nameJa: 'ASPIREにおける公募の実施',
    nameEn: 'Calls held under ASPIRE',
    sortOrder: 1,
    actual: {
      ...FY2023_24_CALLS,
      qualitativeEn:
        'Solo calls (Top and Rising tracks) held in FY2023 and FY2024; joint calls in FY2024 with the UK, the US etc. and Germany.',
      qualitativeJa: '2023～2024年度に単独公募（Top型・次世代型）、2024年度に共同公募（英国、米国等、ドイツ）を実施。',
    },
  },
  {
    code: '1-2',
    ...goal(1),
    nameJa: 'ASPIREで実施した公募での研究課題の採択数',
    nameEn: 'Projects adopted in ASPIRE calls',
    targetValue: 90,
    targetFiscalYear: 2024,
    unitEn: 'projects',
    unitJa: '件',
    sortOrder: 2,
    actual: { ...FY2023_24_CALLS, value: 88 },
  },
  {
    code: '2-1-papers',
    ...goal(2),
    nameJa: '相手国研究者との国際共著論文数',
    nameEn: 'International co-authored papers (with partner researchers)',
    targetValue: 120,
    targetFiscalYear: 2027,
    unitEn: 'papers',
    unitJa: '件',
    sortOrder: 3,
    actual: { ...FY2023_FIRST_YEAR, value: 75 },
  },
  {
    code: '2-1-presentations',
    ...goal(2),
    nameJa: '学会等発表数（相手国側との連名）',
    nameEn: 'Conference presentations (jointly with the partner side)',
    targetValue: 280,
    targetFiscalYear: 2025,
    unitEn: 'presentations',
    unitJa: '件',
    sortOrder: 4,
    actual: { ...FY2023_FIRST_YEAR, value: 95 },
  },
  {
    code: '3-1',
    ...goal(3),
    nameJa: 'ワークショップ、シンポジウム、セミナー等の開催数',
    nameEn: 'Workshops, symposia, seminars etc. held',
    targetValue: 70,
    targetFiscalYear: 2025,
    unitEn: 'events',
    unitJa: '件',
    sortOrder: 5,
    actual: { ...FY2023_FIRST_YEAR, value: 180 },
  },
  {
    code: '3-2',
    ...goal(3),
    nameJa: '国際ネットワーク構築・拡大に係る実績（波及効果的な実績）',
    nameEn: 'Building and expanding international networks (spill-over effects)',
    sortOrder: 6,
    actual: {
      ...FY2023_FIRST_YEAR,
      qualitativeEn:
        'Spill-over effects observed: international co-authored papers, presentations at international conferences and positions obtained at leading universities abroad; research exchanges created new joint research.',
      qualitativeJa:
        '国際共著論文、国際会議での発表や、海外有力大学等でのポジションの獲得など、波及的な効果が確認された。研究交流を通じて新たな共同研究が創出された。',
    },
  },
  {
    code: '4-1-dispatched',
    ...goal(4),
    nameJa: '研究者等の派遣数',
    nameEn: 'Researchers dispatched to partner countries/regions',
    targetValue: 90,
    targetFiscalYear: 2025,
    unitEn: 'researchers',
    unitJa: '件',
    sortOrder: 7,
    actual: { ...FY2023_FIRST_YEAR, value: 721 },
  },
  {
    code: '4-1-invited',
    ...goal(4),
    nameJa: '招聘者数',
    nameEn: 'Researchers invited from partner countries/regions',
    targetValue: 40,
    targetFiscalYear: 2025,
    unitEn: 'researchers',
    unitJa: '件',
    sortOrder: 8,
    actual: { ...FY2023_FIRST_YEAR, value: 201 },
  },
  {
    code: '4-2',
    ...goal(4),
    nameJa: 'ASPIREが支援する研究課題で渡航あるいは招聘した次世代研究者の状況調査（育成面での効果確認）',
    nameEn: 'Follow-up of next-generation researchers dispatched or invited by ASPIRE projects (effect on their development)',
    sortOrder: 9,
    actual: {
      ...FY2023_FIRST_YEAR,
      qualitativeEn:
        'Dispatches to and invitations from partner countries, mainly of young researchers, are active, and the indicators of young-researcher development have risen.',
      qualitativeJa:
        '若手研究者を中心とした相手国への派遣や、相手国からの招聘は活発に行われており、若手研究者の育成に係る指標が伸びていることが確認できる。',
    },
  },
  {
    code: '4-3',
    ...goal(4),
    nameJa: '次世代トップ研究者の育成で生じる研究体制の変化（波及効果的な実績）',
    nameEn: 'Changes in research structure from developing next-generation top researchers (spill-over effects)',
    sortOrder: 10,
    actual: {
      ...FY2023_FIRST_YEAR,
      qualitativeEn:
        'More students wish to go on to doctoral programmes; higher doctoral enrolment and better international experience were observed.',
      qualitativeJa: '博士課程に行きたい学生が増えた。博士課程進学率の増加や国際経験の質的向上が確認された。',
    },
  },
];

// ───────────────────────────── the mid-term evaluation (seed 002) ─────────────────────────────

/** The FY2025 calls were under review as of June 2025 (seed 002 §3.3); when review began is not published. */
export const FY2025_UNDER_REVIEW: { callCodes: readonly string[]; milestone: MilestoneSeed } = {
  callCodes: ['FY2025-SOLO-TOP', 'FY2025-SOLO-RISING', 'FY2025-JOINT-UK-QUANTUM', 'FY2025-JOINT-UK-AI', 'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM'],
  milestone: {
    kind: 'DOCUMENT_REVIEW',
    ...tokyoMonth('2025-06'),
    noteEn: 'under review as of June 2025 (mid-term evaluation report); the start of review is not published',
    noteJa: '2025年6月時点で審査中（中間評価報告書）。審査開始日は非公表',
  },
};

export interface ProgramEvaluationSeed extends Omit<Prisma.ProgramEvaluationCreateManyInput, GeneratedColumns> {
  grades: readonly Omit<Prisma.ProgramEvaluationGradeCreateManyInput, 'id' | 'evaluationId' | 'sortOrder'>[];
  findings: readonly Omit<Prisma.ProgramEvaluationFindingCreateManyInput, 'id' | 'evaluationId' | 'sortOrder'>[];
}

const aspect = (n: keyof typeof GOALS, en = '', ja = '') => ({
  goal: n,
  aspectEn: `Goal ${n}: ${GOALS[n].goalEn}${en}`,
  aspectJa: `目標${n}「${GOALS[n].goalJa}」${ja}`,
});

/** Seed 002 §4.3 (grades: the mean of the chair's and members' grades) and §4.4 (findings). */
export const MID_TERM_EVALUATION: ProgramEvaluationSeed = {
  code: 'MID_TERM_2025',
  titleEn: 'ASPIRE mid-term evaluation',
  titleJa: '先端国際共同研究推進事業（ASPIRE）中間評価',
  ...REPORT,
  grades: [
    { goal: null, aspectEn: 'Overall', aspectJa: '総合評価', grade: 'S' },
    { ...aspect(1, ' — design', ' 事業設計'), grade: 'S' },
    { ...aspect(1, ' — plan and operation', ' 事業計画および推進'), grade: 'A' },
    { ...aspect(2), grade: 'A' },
    { ...aspect(3), grade: 'A' },
    { ...aspect(4), grade: 'A' },
  ],
  findings: [
    {
      kind: 'OBSERVATION',
      textEn: 'In the labs led by PIs and Co-PIs of supported projects, international co-authored papers rose about 26% and conference presentations about 34% after support began.',
      textJa: 'ASPIRE の支援開始前後で、ASPIRE 支援課題の PI、Co-PI が主宰する研究室等において、国際共著論文数が26%程度増加し、国際会議での発表実績が34%程度増加している。',
    },
    {
      kind: 'OBSERVATION',
      textEn: 'Over 80% of the PIs of Rising-track projects run brain-circulation activities of their own.',
      textJa: '単独公募の次世代研究者枠における採択課題のPIの80%以上が、自助努力により国際頭脳循環に係る活動を行っている。',
    },
    { kind: 'REQUEST', textEn: 'Track the quality of outputs: top-10% papers and presentations at top conferences.', textJa: null },
    { kind: 'REQUEST', textEn: 'Track PhDs awarded and career paths of the young researchers developed.', textJa: '博士号の取得者数など具体的に若手研究者の育成が進んだことを示す指標を検討する。' },
    { kind: 'REQUEST', textEn: 'Track contributions to standardisation, use-case networks and cross-field collaboration.', textJa: null },
  ],
};
