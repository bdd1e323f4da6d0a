/** Reports written for the UI tests (not engine output): every kind, flag and state. */
import type { Claim, Report } from '@/core/report';
import type { TabState } from '@/utils/messages';

function claim(over: Partial<Claim> & Pick<Claim, 'id' | 'sentence' | 'cue'>): Claim {
  return {
    claim: over.sentence,
    source: { text: '', kind: 'named_person', name: null, role: null, outlet: null },
    flags: [],
    strength: 'moderate',
    reasons: [],
    block: 0,
    offset: 0,
    ...over,
  };
}

export const CLAIMS_ID: Claim[] = [
  claim({
    id: 'c1',
    sentence:
      'Menteri Luar Negeri Budi Santoso mengatakan kerja sama itu akan diperluas tahun depan.',
    cue: 'mengatakan',
    source: {
      text: 'Menteri Luar Negeri Budi Santoso',
      kind: 'named_person',
      name: 'Budi Santoso',
      role: 'Menteri Luar Negeri',
      outlet: null,
    },
    strength: 'strong',
    reasons: ['named_with_role'],
  }),
  claim({
    id: 'c2',
    sentence: 'Menurut media pemerintah, latihan militer itu berlangsung tanpa insiden.',
    cue: 'Menurut',
    source: { text: 'media pemerintah', kind: 'state_media', name: null, role: null, outlet: null },
    flags: ['state_media'],
    strength: 'weak',
    reasons: ['state_media_only'],
    block: 1,
  }),
  claim({
    id: 'c3',
    sentence: 'Para pejabat AS khawatir bahwa pasokan senjata akan bertambah.',
    cue: 'khawatir bahwa',
    source: {
      text: 'Para pejabat AS',
      kind: 'unnamed_official',
      name: null,
      role: null,
      outlet: null,
    },
    flags: ['unnamed_source'],
    strength: 'weak',
    reasons: ['unnamed_official'],
    block: 2,
  }),
  claim({
    id: 'c4',
    sentence: 'Kementerian Pertahanan membantah laporan tersebut dalam pernyataan tertulis.',
    cue: 'membantah',
    source: {
      text: 'Kementerian Pertahanan',
      kind: 'official_body',
      name: null,
      role: null,
      outlet: null,
    },
    strength: 'moderate',
    reasons: ['institution'],
    block: 3,
  }),
  claim({
    id: 'c5',
    sentence: 'Pengiriman itu dikabarkan sudah dimulai sejak bulan lalu.',
    cue: 'dikabarkan',
    source: { text: '', kind: 'unattributed', name: null, role: null, outlet: null },
    flags: ['unattributed'],
    strength: 'weak',
    reasons: ['hedged_no_source'],
    block: 4,
  }),
  claim({
    id: 'c6',
    sentence: 'Laporan PBB yang terbit pekan ini mencatat lonjakan serupa.',
    cue: 'mencatat',
    source: { text: 'Laporan PBB', kind: 'document', name: null, role: null, outlet: null },
    strength: 'strong',
    reasons: ['named_document'],
    block: 5,
  }),
];

export const REPORT_ID: Report = {
  file: null,
  url: 'https://berita.example/internasional/kerja-sama',
  title: 'Kerja sama militer diperluas',
  lang: 'id',
  isArticle: true,
  publisher: { domain: 'berita.example', stateMedia: false, outlet: null },
  claims: CLAIMS_ID,
  credits: [{ text: 'Foto: KCNA', outlet: 'kcna', stateMedia: true }],
  summary: {
    claims: 6,
    flagged: 3,
    score: 52,
    byKind: {
      named_person: 1,
      state_media: 1,
      unnamed_official: 1,
      official_body: 1,
      unattributed: 1,
      document: 1,
    },
  },
};

export const REPORT_EN: Report = {
  file: null,
  url: 'https://news.example/world/talks',
  title: 'Talks resume',
  lang: 'en',
  isArticle: true,
  publisher: { domain: 'news.example', stateMedia: false },
  claims: [
    claim({
      id: 'c1',
      sentence: 'People familiar with the matter said the talks would resume on Monday.',
      cue: 'said',
      source: {
        text: 'People familiar with the matter',
        kind: 'anonymous',
        name: null,
        role: null,
        outlet: null,
      },
      flags: ['unnamed_source'],
      strength: 'weak',
      reasons: ['anonymous_source'],
    }),
    claim({
      id: 'c2',
      sentence:
        '"We are ready," said Jane Doe, a spokeswoman for the ministry, adding that a date was set.',
      cue: 'said',
      source: {
        text: 'Jane Doe',
        kind: 'named_person',
        name: 'Jane Doe',
        role: 'a spokeswoman for the ministry',
        outlet: null,
      },
      strength: 'strong',
      reasons: ['named_with_role'],
      block: 1,
    }),
    claim({
      id: 'c3',
      sentence: 'The meeting went well, she told Reuters.',
      cue: 'told',
      source: {
        text: 'she',
        kind: 'named_person',
        name: 'Jane Doe',
        role: null,
        outlet: null,
        via: 'Reuters',
        resolvesTo: 'Jane Doe',
      },
      strength: 'strong',
      reasons: ['named_with_role', 'pronoun_resolved', 'relayed_via_media'],
      block: 2,
    }),
  ],
  summary: { claims: 3, flagged: 1, score: 74, byKind: { anonymous: 1, named_person: 2 } },
};

export const REPORT_STATE: Report = {
  ...REPORT_EN,
  url: 'https://state.example/news/1',
  publisher: {
    domain: 'state.example',
    stateMedia: true,
    outlet: { id: 'state-example', name: 'State Example Agency', category: 'state_controlled' },
  },
  claims: REPORT_EN.claims.map((c) => ({
    ...c,
    flags: [...new Set([...c.flags, 'state_media' as const])],
    strength: 'weak' as const,
    reasons: [...c.reasons, 'publisher_state_media' as const],
  })),
  summary: { ...REPORT_EN.summary, flagged: 3, score: 12 },
};

export const REPORT_EMPTY: Report = {
  ...REPORT_EN,
  claims: [],
  summary: { claims: 0, flagged: 0, score: 0, byKind: {} },
};

export function tab(status: TabState['status'], over: Partial<TabState> = {}): TabState {
  return { status, url: 'https://news.example/world/talks', highlight: false, ...over };
}
