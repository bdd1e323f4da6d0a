/**
 * Host names: from whatever the caller has (a URL, a host with a port, an upper-case
 * host, garbage) to the lower-case host the registry keys by, and the registrable domain
 * ("english.news.cn" -> "news.cn", "www.bbc.co.uk" -> "bbc.co.uk"). Never throws.
 */

/**
 * Second-level public suffixes the registrable domain must step over. Not the whole Public
 * Suffix List: the country-code second levels news sites publish under, in the countries
 * the registry covers. Sorted (a test checks).
 */
export const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  'ac.id',
  'ac.jp',
  'ac.uk',
  'co.id',
  'co.il',
  'co.in',
  'co.jp',
  'co.ke',
  'co.kr',
  'co.nz',
  'co.th',
  'co.ug',
  'co.uk',
  'co.za',
  'co.zw',
  'com.ar',
  'com.au',
  'com.bd',
  'com.br',
  'com.cn',
  'com.cu',
  'com.eg',
  'com.hk',
  'com.kh',
  'com.kw',
  'com.la',
  'com.ly',
  'com.mm',
  'com.mx',
  'com.my',
  'com.ng',
  'com.np',
  'com.ph',
  'com.pk',
  'com.qa',
  'com.sa',
  'com.sd',
  'com.sg',
  'com.tr',
  'com.tw',
  'com.ua',
  'com.ve',
  'com.vn',
  'desa.id',
  'edu.cn',
  'go.id',
  'go.jp',
  'go.ke',
  'go.kr',
  'go.th',
  'gob.bo',
  'gob.mx',
  'gob.ni',
  'gob.ve',
  'gov.ae',
  'gov.au',
  'gov.az',
  'gov.bd',
  'gov.bh',
  'gov.bn',
  'gov.by',
  'gov.cn',
  'gov.cu',
  'gov.dz',
  'gov.eg',
  'gov.et',
  'gov.il',
  'gov.in',
  'gov.iq',
  'gov.ir',
  'gov.jo',
  'gov.kh',
  'gov.kw',
  'gov.kz',
  'gov.la',
  'gov.lb',
  'gov.lk',
  'gov.ma',
  'gov.mm',
  'gov.mn',
  'gov.my',
  'gov.ng',
  'gov.np',
  'gov.nz',
  'gov.om',
  'gov.ph',
  'gov.pk',
  'gov.ps',
  'gov.qa',
  'gov.sa',
  'gov.sd',
  'gov.sg',
  'gov.sy',
  'gov.tm',
  'gov.tn',
  'gov.tr',
  'gov.uk',
  'gov.uz',
  'gov.vn',
  'gov.za',
  'info.tn',
  'me.uk',
  'mil.id',
  'my.id',
  'ne.jp',
  'net.au',
  'net.cn',
  'net.il',
  'net.kw',
  'net.mm',
  'net.my',
  'net.pk',
  'net.vn',
  'nic.in',
  'or.id',
  'or.jp',
  'or.ke',
  'or.kr',
  'org.au',
  'org.cn',
  'org.eg',
  'org.il',
  'org.la',
  'org.mm',
  'org.my',
  'org.ph',
  'org.qa',
  'org.uk',
  'org.vn',
  'rep.kp',
  'sch.id',
  'web.id',
]);

// Letters, digits, hyphens and dots only: an IDN arrives in its punycode form from a URL.
const HOST_CHARS = /^[a-z\d.-]+$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const MAX_INPUT = 2048;

/**
 * "https://User@WWW.Tass.ru:443/path?q" -> "tass.ru"; "english.news.cn." -> "english.news.cn".
 * Returns null for anything that is not a dotted host name (IP addresses, "localhost",
 * "file:///...", empty or non-string input).
 */
export function hostOf(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim().toLowerCase();
  if (!s || s.length > MAX_INPUT) return null;
  const scheme = s.indexOf('://');
  if (scheme >= 0) s = s.slice(scheme + 3);
  else if (s.startsWith('//')) s = s.slice(2);
  // The authority ends at the first path, query or fragment character.
  let end = s.length;
  for (const stop of ['/', '?', '#', '\\']) {
    const at = s.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  s = s.slice(0, end);
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  const colon = s.indexOf(':');
  if (colon >= 0) s = s.slice(0, colon);
  while (s.endsWith('.')) s = s.slice(0, -1);
  while (s.startsWith('www.')) s = s.slice(4);
  if (!s.includes('.') || !HOST_CHARS.test(s) || IPV4.test(s)) return null;
  const labels = s.split('.');
  if (
    labels.some(
      (label) => !label || label.length > 63 || label.startsWith('-') || label.endsWith('-'),
    )
  )
    return null;
  return s;
}

/** "english.news.cn" -> "news.cn", "www.bbc.co.uk" -> "bbc.co.uk", garbage -> null. */
export function registrableDomain(input: unknown): string | null {
  const host = hostOf(input);
  if (!host) return null;
  const labels = host.split('.');
  const last2 = labels.slice(-2).join('.');
  const take = PUBLIC_SUFFIXES.has(last2) ? 3 : 2;
  if (labels.length < take) return null;
  return labels.slice(-take).join('.');
}

/**
 * The host and every parent domain down to the registrable one, most specific first:
 * "a.english.news.cn" -> ["a.english.news.cn", "english.news.cn", "news.cn"].
 * A lookup tries them in order, so a subdomain can be registered as its own outlet.
 */
export function domainCandidates(input: unknown): string[] {
  const host = hostOf(input);
  const base = registrableDomain(host);
  if (!host || !base) return [];
  const out = [host];
  let rest = host;
  while (rest !== base) {
    const dot = rest.indexOf('.');
    if (dot < 0) break;
    rest = rest.slice(dot + 1);
    out.push(rest);
  }
  return out;
}
