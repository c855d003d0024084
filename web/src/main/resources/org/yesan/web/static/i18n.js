// Korean and English words of the dashboard; data labels come from the API's model.

const WORDS = {
  ko: {
    title: '예산 대시보드',
    overview: '개요', series: '시계열', compare: '비교', assembly: '국회 심사', themes: '주제',
    claims: '주장 검증', search: '검색',
    dataset: '데이터셋', measure: '측정값', year: '회계연도', stage: '단계', level: '수준',
    total: '합계', previousYear: '전년 대비', noPrevious: '전년 자료 없음',
    noBreakdown: '이 측정값은 항목별로 나뉘지 않습니다. 위의 금액이 전체입니다.',
    drillHint: '항목을 눌러 한 단계 아래로 내려갑니다.', top: '전체', lineItems: '세부 항목(원자료 행)',
    member: '항목', amount: '금액', exact: '정확한 금액', count: '행 수', share: '비중',
    base: '기준', target: '비교', change: '증감', changePct: '증감률(%)', axis: '비교 축',
    years: '두 연도', stages: '두 단계', movers: '가장 크게 변한 항목은 굵게 표시됩니다.',
    nominal: '명목', real: '실질', baseYear: '기준연도', deflator: 'GDP 디플레이터',
    node: '대상', wholeDataset: '전체',
    theme: '주제', rule: '규칙', matched: '일치한 말', path: '경로', themeAmount: '주제 금액',
    byMinistry: '부처별', ofSlice: '전체 중 비중', lines: '행',
    paste: '기사나 연설문을 붙여 넣으세요', check: '검증', verdict: '판정', reading: '읽은 내용',
    formula: '계산', tolerance: '허용 범위', explanation: '설명', rows: '사용한 자료',
    supported: '사실', contradicted: '불일치', inconsistent: '자기모순', implausible: '불가능',
    unverifiable: '확인 불가',
    query: '찾을 이름 (한글 또는 영어)', find: '찾기', ministry: '부처', facts: '행 수',
    results: '결과', noResults: '찾은 항목이 없습니다.', openSeries: '시계열', openOverview: '개요',
    csv: 'CSV 내려받기', xlsx: 'XLSX 내려받기', permalink: '고정 링크', copy: '복사', copied: '복사됨',
    loading: '불러오는 중…', error: '오류', none: '(없음)', lang: 'English',
    source: '원자료', assemblyNote: '정부안과 국회 확정 예산을 비교합니다.',
    overlap: '분야별 재원배분은 서로 겹치므로(R&D 등) 합하면 총지출이 아닙니다. 합계를 표시하지 않습니다.',
    noProposal: '이 측정값에는 정부안이 없습니다. 정부안과 국회확정이 함께 있는 측정값을 고르세요.',
    note: '비고', renamedFrom: '명칭 변경, 이전 이름', isNew: '신규', isGone: '없어짐', noData: '자료 없음',
    sideMissing: (side) => `${side} 자료가 없어 증감을 계산하지 않습니다. 없는 금액을 0으로 보지 않습니다.`,
    unlevelled: (measure, level) => `${measure}에는 ${level} 구분이 없어 전체 한 줄만 보입니다.`,
    notRanked: (n) => `한쪽에만 있는 ${n}개 항목은 증감이 없어 순위에서 뺐습니다.`,
    missingYear: '이 연도와 단계에는 이 항목의 자료가 없습니다. 없는 금액을 0으로 보지 않습니다.', unfilled: '원자료의 이 열이 모두 0이라(채워지지 않음) 금액으로 보지 않습니다.',
    saveImage: '그림으로 저장', embed: '퍼가기', embedCode: '이 주소를 iframe에 넣으면 그림만 보입니다',
    latest: '최근 금액', latestYear: '연도',
  },
  en: {
    title: 'Budget dashboard',
    overview: 'Overview', series: 'Time series', compare: 'Compare', assembly: 'Assembly changes',
    themes: 'Themes', claims: 'Claim check', search: 'Search',
    dataset: 'Dataset', measure: 'Measure', year: 'Fiscal year', stage: 'Stage', level: 'Level',
    total: 'Total', previousYear: 'on the previous year', noPrevious: 'no previous year',
    noBreakdown: 'This measure is not broken down into items; the figure above is the whole.',
    drillHint: 'Choose an item to go one level down.', top: 'All', lineItems: 'Line items (source rows)',
    member: 'Item', amount: 'Amount', exact: 'Exact amount', count: 'Rows', share: 'Share',
    base: 'Base', target: 'Target', change: 'Change', changePct: 'Change (%)', axis: 'Compare',
    years: 'two years', stages: 'two stages', movers: 'The largest movers are in bold.',
    nominal: 'nominal', real: 'real', baseYear: 'Base year', deflator: 'GDP deflator',
    node: 'Node', wholeDataset: 'whole dataset',
    theme: 'Theme', rule: 'Rule', matched: 'Matched', path: 'Path', themeAmount: 'Theme amount',
    byMinistry: 'By ministry', ofSlice: 'share of all', lines: 'lines',
    paste: 'Paste an article or speech', check: 'Check', verdict: 'Verdict', reading: 'Reading',
    formula: 'Arithmetic', tolerance: 'Tolerance', explanation: 'Why', rows: 'Data used',
    supported: 'supported', contradicted: 'contradicted', inconsistent: 'inconsistent',
    implausible: 'implausible', unverifiable: 'unverifiable',
    query: 'Name to find (Korean or English)', find: 'Find', ministry: 'Ministry', facts: 'Rows',
    results: 'Results', noResults: 'Nothing found.', openSeries: 'series', openOverview: 'overview',
    csv: 'Download CSV', xlsx: 'Download XLSX', permalink: 'Permalink', copy: 'Copy', copied: 'Copied',
    loading: 'Loading…', error: 'Error', none: '(none)', lang: '한국어',
    source: 'Source', assemblyNote: 'The government proposal against the budget the Assembly enacted.',
    overlap: 'Sector allocations overlap (R&D, for one), so their sum is not total expenditure; no total is shown.',
    noProposal: 'This measure has no proposal stage; choose a measure with both proposal and enacted.',
    note: 'Note', renamedFrom: 'renamed, formerly', isNew: 'new', isGone: 'gone', noData: 'no data',
    sideMissing: (side) => `There are no figures for ${side}, so no change is computed: a missing amount is not 0.`,
    unlevelled: (measure, level) => `${measure} has no ${level} breakdown: the one row is its whole.`,
    notRanked: (n) => `${n} items on one side only have no change and are not ranked.`,
    missingYear: 'There are no figures for this item in this year and stage; a missing amount is not 0.', unfilled: 'Every line of this column is 0 in the source (not filled in), so it is not taken as an amount.',
    saveImage: 'Save as image', embed: 'Embed', embedCode: 'Put this address in an iframe to show the chart alone',
    latest: 'Latest amount', latestYear: 'Year',
    glossaryNote: 'Ministry and agency names are their official English names where a source gives one (glossary.json). The names of the 분야 sectors and of 14 former bodies are Yesan\'s own translations, not official names.',
  },
};

let lang = 'ko';
let glossary = new Map();

/** English names of members (ministries, sectors) from static/glossary.json, each with its source. */
export function setGlossary(json) {
  glossary = new Map();
  for (const entries of Object.values((json && json.levels) || {})) {
    for (const e of entries) glossary.set(e.ko, { en: e.en, source: json.sources[e.source] });
  }
}

/** Whether the English UI shows any name that is Yesan's own translation, not an official one. */
export function glossaryHasTranslations() {
  for (const g of glossary.values()) if (g.source && g.source.kind === 'translation') return true;
  return false;
}

/** A member's name in the UI's language: the glossary's English name, else the member as stored. */
export function glossaryName(member) {
  if (lang !== 'en') return member;
  const g = glossary.get(member);
  return g ? g.en : member;
}

// Words of the targets, envelopes and cycle views.
Object.assign(WORDS.ko, {
  targets: '목표·약속', envelopes: '재원 약속', cycle: '예산 일정',
  targetsSub: '정부가 세운 목표의 출발점·계획·목표치와 예산, 약속의 기한과 진행 상황. 모든 수치에 출처가 있습니다.',
  envelopesSub: '여러 해에 걸친 재원 약속과 연도별 금액, 주제별 예산(AI·R&D)의 연도별 변화.',
  cycleSub: '정부안 국회 제출(국가재정법 제33조)과 국회 의결(헌법 제54조, 12월 2일)의 법정기한 대비 일수.',
  planned: '계획상', goal: '목표', baseline: '출발점', deadline: '기한', pctOfGoal: '목표 대비',
  reachedOnPlan: '계획대로면 달성', yes: '예', no: '아니오', evidence: '근거', date: '날짜', kind: '종류',
  note: '비고', commitments: '약속', asOf: '기준일', statement: '약속 내용', madeBy: '약속한 사람',
  madeOn: '약속한 때', status: '상태', overdue: '기한 경과', days: '일',
  announced: '발표', funded: '예산 반영', on_track: '순조', late: '지연', met: '이행', dropped: '철회',
  planned_addition: '추가 계획', progress: '진척', funding: '예산',
  public: '공공', private: '민간', appropriation: '예산', deployment: '운용 계획', atLeast: '최소',
  left: '남은 금액', behind: '균등 배분 대비 부족', annual: '연도별', cumulative: '누적', evenSpread: '균등 배분(가정)', promise: '약속',
  evenSpreadNote: '균등 배분은 Yesan의 가정입니다: 출처는 연도별 일정을 밝히지 않았습니다.',
  basis: '기준', timesPriorYear: '전년 대비 배수',
  passage: '국회 통과', submission: '국회 제출', cabinet_approval: '국무회의 의결', budget_address: '시정연설',
  legalDeadline: '법정기한', unknown: '날짜 미상', outcome_met: '기한 준수', outcome_missed: '기한 경과', outcome_unknown: '판정 불가', firstOnTimeIn: '법정기한 내 통과',
  yearsUnit: '년 만', daysVsDeadline: '법정기한 대비 일수', budget: '예산', event: '절차', outcome: '결과',
});
Object.assign(WORDS.en, {
  targets: 'Targets & commitments', envelopes: 'Envelopes', cycle: 'Budget cycle',
  targetsSub: 'Targets the government set, with baseline, plan, goal and budget; commitments with deadline and status. Every figure has its source.',
  envelopesSub: 'Multi-year funding promises against the annual amounts that fill them, and themes (AI, R&D) year by year.',
  cycleSub: 'Days between the legal deadline and the submission (National Finance Act art. 33) and the passage (Constitution art. 54, 2 December).',
  planned: 'planned', goal: 'goal', baseline: 'baseline', deadline: 'Deadline', pctOfGoal: 'of goal',
  reachedOnPlan: 'reached on plan', yes: 'yes', no: 'no', evidence: 'Evidence', date: 'Date', kind: 'Kind',
  note: 'Note', commitments: 'Commitments', asOf: 'as of', statement: 'Commitment', madeBy: 'Made by',
  madeOn: 'Made on', status: 'Status', overdue: 'overdue', days: ' days',
  announced: 'announced', funded: 'funded', on_track: 'on track', late: 'late', met: 'met', dropped: 'dropped',
  planned_addition: 'planned addition', progress: 'progress', funding: 'funding',
  public: 'public', private: 'private', appropriation: 'budget', deployment: 'planned deployment', atLeast: 'at least',
  left: 'left', behind: 'behind an even spread', annual: 'per year', cumulative: 'cumulative', evenSpread: 'even spread (assumed)', promise: 'promise',
  evenSpreadNote: 'The even spread is Yesan\'s assumption: the sources publish no annual schedule.',
  basis: 'Basis', timesPriorYear: '× prior year',
  passage: 'Passage', submission: 'Submission', cabinet_approval: 'Cabinet approval', budget_address: 'Budget address',
  legalDeadline: 'Legal deadline', unknown: 'date unknown', outcome_met: 'on time', outcome_missed: 'late', outcome_unknown: 'unknown', firstOnTimeIn: 'first on-time passage in',
  yearsUnit: ' years', daysVsDeadline: 'days vs. the legal deadline', budget: 'Budget', event: 'Step', outcome: 'Outcome',
});

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'ko';
  document.documentElement.lang = lang;
}

export function currentLang() {
  return lang;
}

export function t(key) {
  return WORDS[lang][key] ?? key;
}

/** A {ko, en} label from the API in the current language. */
export function label(pair, fallback = '') {
  if (!pair) return fallback;
  return pair[lang] || pair.ko || pair.en || fallback;
}

/** 정부안 / Proposal, 1차 추경 / Supplementary 1, … */
export function stageLabel(id) {
  const m = /^supplementary_(\d+)(_proposal)?$/.exec(id);
  if (m) {
    return lang === 'ko'
      ? `${m[1]}차 추경${m[2] ? ' 정부안' : ''}`
      : `Supplementary ${m[1]}${m[2] ? ' proposal' : ''}`;
  }
  const names = {
    proposal: ['정부안', 'Proposal'], enacted: ['국회확정', 'Enacted'],
    final: ['최종', 'Final'], executed: ['집행', 'Executed'],
  };
  return names[id] ? names[id][lang === 'ko' ? 0 : 1] : id;
}
