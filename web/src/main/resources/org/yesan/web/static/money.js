// Exact decimal arithmetic and money text for the dashboard. Amounts arrive as exact decimal
// strings ("728000000000000", "-1234.5") and are handled as BigInt numerators with a decimal scale;
// JavaScript Number never touches a figure that is shown.

/** Parses a decimal string into {n: BigInt, s: scale} meaning n / 10^s. */
export function dec(text) {
  const t = String(text).trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw new Error(`not a decimal: '${text}'`);
  }
  const frac = m[3] || '';
  const n = BigInt((m[1] === '-' ? '-' : '') + ((m[2] || '0') + frac));
  return { n, s: frac.length };
}

const TEN = 10n;
const pow10 = (k) => TEN ** BigInt(k);
const abs = (x) => (x < 0n ? -x : x);

function align(a, b) {
  const s = Math.max(a.s, b.s);
  return [a.n * pow10(s - a.s), b.n * pow10(s - b.s), s];
}

export function add(a, b) {
  const [x, y, s] = align(dec1(a), dec1(b));
  return { n: x + y, s };
}

export function sub(a, b) {
  const [x, y, s] = align(dec1(a), dec1(b));
  return { n: x - y, s };
}

export function cmp(a, b) {
  const [x, y] = align(dec1(a), dec1(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

function dec1(v) {
  return typeof v === 'string' || typeof v === 'number' ? dec(String(v)) : v;
}

/** The exact decimal text of a value: no exponent, no trailing fractional zeros. */
export function plain(v) {
  let { n, s } = dec1(v);
  while (s > 0 && n % TEN === 0n) {
    n /= TEN;
    s -= 1;
  }
  const neg = n < 0n;
  let digits = abs(n).toString();
  if (s > 0) {
    digits = digits.padStart(s + 1, '0');
    digits = digits.slice(0, digits.length - s) + '.' + digits.slice(digits.length - s);
  }
  return (neg ? '-' : '') + digits;
}

/** n / d rounded half away from zero to an integer (BigInt). */
function divHalfUp(n, d) {
  const neg = (n < 0n) !== (d < 0n);
  const q = (2n * abs(n) + abs(d)) / (2n * abs(d));
  return neg ? -q : q;
}

/** value / 10^unitExp with `places` decimals, half up, as {n, s}. */
function scaled(v, unitExp, places) {
  const { n, s } = dec1(v);
  // value / 10^unitExp * 10^places = n * 10^places / 10^(s + unitExp)
  const e = places - s - unitExp;
  const q = e >= 0 ? n * pow10(e) : divHalfUp(n, pow10(-e));
  return { n: q, s: places };
}

function grouped(intDigits) {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function show(q) {
  const neg = q.n < 0n;
  let digits = abs(q.n).toString().padStart(q.s + 1, '0');
  const int = digits.slice(0, digits.length - q.s);
  const frac = q.s > 0 ? '.' + digits.slice(digits.length - q.s) : '';
  return (neg ? '-' : '') + grouped(int) + frac;
}

// Korean units as KoreanWonFormat.compact: 조 with one decimal, 억, 만, 원 with none.
const KO = [
  { exp: 12, unit: '조', places: 1 },
  { exp: 8, unit: '억', places: 0 },
  { exp: 4, unit: '만', places: 0 },
  { exp: 0, unit: '', places: 0 },
];

// English scales as EnglishAmountFormat.scaled(WORD, 1, HALF_UP).
const EN = [
  { exp: 12, unit: ' trillion', places: 1 },
  { exp: 9, unit: ' billion', places: 1 },
  { exp: 6, unit: ' million', places: 1 },
  { exp: 3, unit: ' thousand', places: 1 },
  { exp: 0, unit: '', places: 0 },
];

function compact(v, scales, nextFactor) {
  const x = dec1(v);
  const mag = abs(x.n);
  let i = scales.findIndex((u) => mag >= pow10(u.exp + x.s));
  if (i < 0) i = scales.length - 1;
  // The unit is chosen after rounding: 9,999.5억 becomes 1.0조.
  for (;;) {
    const u = scales[i];
    const q = scaled(x, u.exp, u.places);
    const next = scales[i - 1];
    if (next && abs(q.n) >= pow10(next.exp - u.exp + u.places)) {
      i -= 1;
      continue;
    }
    return show(q) + u.unit;
  }
}

/** 728.0조원, 4,250억원, 3,500만원, 950원 (KRW); other currencies read as in English. */
export function ko(v, currency = 'KRW') {
  if (currency !== 'KRW') return en(v, currency);
  return compact(v, KO) + '원';
}

const WORDS = { KRW: 'won', USD: 'dollars', GBP: 'pounds', EUR: 'euros', AUD: 'dollars', MDL: 'lei' };

/** 728.0 trillion won, 425.0 billion won, 48.6 billion dollars. */
export function en(v, currency = 'KRW') {
  return compact(v, EN) + ' ' + (WORDS[currency] || currency);
}

export function money(v, lang, currency = 'KRW') {
  return lang === 'en' ? en(v, currency) : ko(v, currency);
}

/** (b - a) / a × 100 to `places` decimals, half up; null when a is zero. */
export function pctChange(a, b, places = 2) {
  const [x, y] = align(dec1(a), dec1(b));
  if (x === 0n) return null;
  const q = divHalfUp((y - x) * 100n * pow10(places), x);
  return plain({ n: q, s: places }) ;
}

/** The share a/b × 100 to `places` decimals, half up. */
export function pctOf(a, b, places = 1) {
  const [x, y] = align(dec1(a), dec1(b));
  if (y === 0n) return null;
  return show({ n: divHalfUp(x * 100n * pow10(places), y), s: places });
}

/** A rough size for chart geometry only (areas, bar lengths); never shown as a figure. */
export function magnitude(v) {
  const { n, s } = dec1(v);
  const shift = Math.max(0, abs(n).toString().length - 15);
  return Number(n / pow10(shift)) * 10 ** (shift - s);
}

/** 1,234,567 with the exact digits. */
export function exactGrouped(v) {
  const p = plain(v);
  const [i, f] = p.split('.');
  const neg = i.startsWith('-');
  return (neg ? '-' : '') + grouped(neg ? i.slice(1) : i) + (f ? '.' + f : '');
}
