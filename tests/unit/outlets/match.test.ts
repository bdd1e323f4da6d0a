/** Outlet names in running text: the mentions the engine relies on, and the ones it must not get. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry as registry, isStateControlled } from '@/core/outlets';

const ids = (text: string) => registry.findInText(text).map((m) => m.outlet.id);

describe('findInText: names that must be found', () => {
  it.each([
    // Indonesian
    ['KCNA melaporkan bahwa Kim Jong Un meninjau latihan.', ['kcna']],
    ['Hal itu disampaikan kantor berita resmi Korea Utara KCNA, Sabtu.', ['kcna']],
    ['Rusia melalui kantor berita TASS menyatakan dukungan.', ['tass']],
    ['Menurut laporan Reuters, pertemuan berlangsung dua jam.', ['reuters']],
    ['"Kami siap," kata Hadi, dikutip dari Antara, Selasa.', ['antara']],
    ['JAKARTA (ANTARA) - Pemerintah menaikkan harga BBM.', ['antara']],
    ['Seperti dilansir Antara, harga cabai naik.', ['antara']],
    ['Sebagaimana dilaporkan Antara, banjir surut.', ['antara']],
    ['Foto itu diambil pewarta Antara di lokasi.', ['antara']],
    ['Menurut Kantor Berita Pusat Korea (KCNA), uji coba berhasil.', ['kcna', 'kcna']],
    ['Hal itu disiarkan kantor berita pusat Korea Utara.', ['kcna']],
    ['Harga cabai naik tajam. (Antara)', ['antara']],
    ['Hal itu dikatakan Menteri kepada Antara di Jakarta.', ['antara']],
    ['Laporan TASS-nya tidak menyebut jumlah korban.', ['tass']],
    ['Menurutnya, Xinhua-lah yang pertama memberitakan.', ['xinhua']],
    ['Dilansir dari detikcom, polisi sudah memeriksa saksi.', ['detik']],
    ['Dilansir dari Detik, polisi sudah memeriksa saksi.', ['detik']],
    ['Ia mengatakan hal itu kepada Kompas.com, Senin.', ['kompas']],
    ['Majalah Tempo melaporkan aliran dana itu.', ['tempo']],
    ['Dikutip dari Kontan.co.id, saham BBCA naik.', ['kontan']],
    ['Dilansir dari Merdeka.com, rapat ditunda.', ['merdeka']],
    ['Ia menjelaskan kepada Suara.com bahwa dana cair.', ['suara']],
    ['Hal ini dilaporkan CNN Indonesia.', ['cnn-indonesia']],
    ['Menurut laporan BBC, ledakan terdengar dari jauh.', ['bbc']],
    ['Ia berbicara kepada BBC News Indonesia.', ['bbc-world-service']],
    ['Kantor berita Yonhap melaporkan peluncuran rudal.', ['yonhap']],
    ['Stasiun televisi pemerintah China, CCTV, menyiarkan pidato itu.', ['cctv']],
    // English
    ["Xinhua's report did not say when the talks would resume.", ['xinhua']],
    ['The claim was aired by the Kremlin-controlled RT network.', ['rt']],
    ['State broadcaster CCTV said the launch was a success.', ['cctv']],
    ['Pictures aired by CCTV showed the new bridge.', ['cctv']],
    ['The speech was broadcast live by CCTV on Sunday evening.', ['cctv']],
    ['His remarks, carried by CCTV, were brief.', ['cctv']],
    ['The Associated Press reported the figure first.', ['associated-press']],
    ['The official told the AP on condition of anonymity.', ['associated-press']],
    ['KCNA’s dispatch called the drills a provocation.', ['kcna']],
    ['Sputnik reported that the talks had ended.', ['sputnik']],
    ["Egypt's state-run MENA news agency said two people died.", ['middle-east-news-agency']],
    ['The semi-official Fars news agency said the strike hit a depot.', ['fars-news-agency']],
    ["Taiwan's Central News Agency reported the incursion.", ['central-news-agency-taiwan']],
    [
      "Taiwan's CNA and Singapore's CNA both ran it.",
      ['central-news-agency-taiwan', 'cna-singapore'],
    ],
    ['The Korean Central News Agency said the test succeeded.', ['kcna']],
    ['It was first reported by Channel NewsAsia.', ['cna-singapore']],
    ["Russia's Channel One showed the footage.", ['channel-one-russia']],
    ['The interview aired on Russia-1 television.', ['rossiya-1']],
    ['Al-Jazeera and Al Jazeera English both carried it.', ['al-jazeera', 'al-jazeera']],
    ['People’s Daily and the Global Times ran editorials.', ['peoples-daily', 'global-times']],
    ['Reuters and AFP reported the blast, citing KCNA.', ['reuters', 'afp', 'kcna']],
    ['BERLIN (dpa) - The chancellor said...', ['dpa']],
    ['XINHUA AND TASS CARRIED THE STATEMENT.', ['xinhua', 'tass']],
    ['İstanbul: Anadolu Agency and TRT reported the quake.', ['anadolu-agency', 'trt']],
    ['新华社报道，会谈在北京举行。', ['xinhua']],
    ['The report appeared on english.news.cn first.', ['xinhua']],
    // a photo credit glued to its caption by extraction
    ['Kim Jong Un dan Sergei PetrovKCNA', ['kcna']],
    ['Warga antre minyak goreng.FotoANTARA/Aprillio', ['antara']],
    ['Dilansir dari kumparanNEWS, rapat ditunda.', ['kumparan']],
    ['TeleSUR and PressTV aired the speech.', ['telesur', 'press-tv']],
    ['The official WAM news agency said the talks were fruitful.', ['emirates-news-agency']],
    ['The hardline Kayhan daily attacked the deal.', ['kayhan']],
    ['NEW DELHI (PTI) - The court adjourned the hearing.', ['press-trust-of-india']],
    ['Hal itu dilaporkan kantor berita Filipina, PNA.', ['philippine-news-agency']],
    ["Ethiopia's ENA said the dam was complete.", ['ethiopian-news-agency']],
    ['The state-run APS news agency carried the statement.', ['algerie-presse-service']],
    ['Kantor berita Irak, INA, melaporkan serangan itu.', ['iraqi-news-agency']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('gives offsets that point at the mention as written', () => {
    const text = 'Rusia, melalui kantor berita TASS, dan Xinhua’s desk.';
    const mentions = registry.findInText(text);
    expect(mentions.map((m) => m.text)).toEqual(['TASS', 'Xinhua']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('prefers the longest name: "CNN Indonesia" over CNN, "Korean Central News Agency" over CNA Taiwan', () => {
    expect(registry.findInText('Kata dia kepada CNN Indonesia.')[0]?.text).toBe('CNN Indonesia');
    expect(registry.findInText('the Korean Central News Agency said')[0]?.outlet.id).toBe('kcna');
  });

  it('marks the state outlets it finds as state-controlled, and the independent ones not', () => {
    const found = registry.findInText(
      'KCNA, TASS, Xinhua, Reuters, BBC, NHK and DW all reported it.',
    );
    expect(found.map((m) => [m.outlet.id, isStateControlled(m.outlet)])).toEqual([
      ['kcna', true],
      ['tass', true],
      ['xinhua', true],
      ['reuters', false],
      ['bbc', false],
      ['nhk', false],
      ['deutsche-welle', false],
    ]);
  });
});

describe('findInText: sentences that must NOT name an outlet', () => {
  it.each([
    // RT, the Indonesian neighbourhood unit, and RT-PCR
    'Ketua RT 05 mengatakan warga sudah dievakuasi.',
    'Warga RT/RW setempat diminta waspada.',
    'Pak RT meminta warga kerja bakti.',
    'Ia tinggal di RT 03 RW 07.',
    'Hasil tes RT-PCR pasien itu negatif.',
    'Setiap RT wajib mendata warganya.',
    'Pengurus RT dan RW menggelar rapat.',
    'Iuran RT naik tahun ini.',
    'Lomba antar-RT se-Kelurahan digelar Minggu.',
    'Andhra Pradesh (AP) reported new cases.',
    'Polisi menyebut AP ditangkap di rumahnya.',
    'Seorang pria bernama DW mengaku melihat kejadian itu.',
    // Sputnik, the vaccine, the satellite and the idiom
    'Vaksin Sputnik V sudah tiba di Jakarta.',
    'Russia registered the Sputnik V vaccine in 2020.',
    'It was a Sputnik moment for American science.',
    // antara = between
    'Di antara mereka ada tiga anak.',
    'Bantuan diberikan antara lain berupa beras.',
    'Perjanjian antara Indonesia dan Malaysia ditandatangani.',
    'Antara 2019 dan 2020, harga naik dua kali lipat.',
    'Jarak antara kedua kota itu 40 kilometer.',
    // MENA, the region
    'Growth in the MENA region slowed last year.',
    'Investors in MENA markets were cautious.',
    // AP inside words, as initials, as Angkasa Pura, as school exams
    'He wore a cap and a hat.',
    'Defisit APBN melebar tahun ini.',
    'Tersangka berinisial AP (35) ditangkap polisi.',
    'PT Angkasa Pura (AP) II mengelola bandara itu.',
    'She passed the AP exam in calculus.',
    // tass in lower case
    'He took a tass-like sip from the cup.',
    // CCTV cameras
    'Rekaman CCTV memperlihatkan pelaku kabur.',
    'Police released CCTV footage of the suspect.',
    'The thief was caught on CCTV near the station.',
    'Pelaku terekam CCTV saat masuk ke toko.',
    // ordinary Indonesian words that are outlet names
    'Detik-detik terakhir sebelum gol tercipta.',
    'Dalam hitungan detik, api membesar.',
    'Suara rakyat harus didengar.',
    'Presiden menerima tamu di Istana Merdeka.',
    'Ia membayar secara kontan.',
    'Kontan saja ia marah mendengar kabar itu.',
    'Tempo hari ia datang ke rumah.',
    'Kumparan kawat itu menjadi panas.',
    'Kan sudah saya bilang dari awal.',
    // ambiguous abbreviations and other senses
    'CNA reported the incident on Monday.',
    'ABC said the episode would air next week.',
    'INA meraih emas di SEA Games.',
    'Tim INA berangkat ke Hanoi.',
    'The PNA leadership met in Ramallah.',
    'The MAP shows the route.',
    'APP menutup pabrik di Riau.',
    'The Nikkei 225 index rose 2 percent.',
    'Fars province was hit by an earthquake.',
    'Tourists visited Petra last year.',
    'Michael Bloomberg said he would not run.',
    'The dokumen DPA was approved by the council.',
    'Granma province lies in eastern Cuba.',
    'The Zvezda module docked with the station.',
    'France 2-1 Belgium was the score.',
    'Russia 1, Ukraine 0 at half time.',
    'Channel One of the festival showed short films.',
    'NTV reported the crash in Nairobi.',
    'Anadolu Efes won the basketball game.',
    'Merdeka! teriak massa di jalan.',
    "Help: can't find a community? WAM Score and more.",
    'Bantuan diberikan kepada RTM di desa itu.',
    'PTI leader Imran Khan addressed the rally.',
    'Tasnim, a student from Dhaka, won the prize.',
    'Kayhan scored twice for Galatasaray.',
    'Citizen journalist Chen Qiushi disappeared in Wuhan.',
    'The Chosun dynasty ruled Korea for five centuries.',
    '',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('findInText: robustness', () => {
  it('never throws and returns ordered, non-overlapping mentions inside the text', () => {
    const pieces = [
      'KCNA',
      'TASS',
      ' ',
      '-',
      'nya',
      "'s",
      'Antara',
      'antara',
      'RT',
      '/RW',
      '05',
      '(',
      ')',
      'Xinhua',
      '新华社',
      'dilansir',
      'é',
      '\u0301',
      '😀',
      'İ',
      '.',
      'com',
      'Kompas',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.constantFrom(...pieces)).map((a) => a.join('')),
        ),
        (text) => {
          const mentions = registry.findInText(text);
          let last = 0;
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            last = m.end;
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('returns nothing for non-string input instead of throwing', () => {
    for (const bad of [null, undefined, 42, {}, []]) {
      expect(registry.findInText(bad as unknown as string)).toEqual([]);
    }
  });

  // Time is the bench's to measure (npm run bench); here the count shows every copy is found.
  it('finds every name in 400 kB full of names and near-names, 8x the text giving 8x the hits', () => {
    const chunk =
      'Menurut kantor berita KCNA, antara lain, Ketua RT 05 dan Reuters, Sputnik V, (Antara) ';
    const small = chunk.repeat(600); // ~50 kB
    const large = chunk.repeat(4800); // ~400 kB
    registry.findInText(small); // compile and warm up outside the timing
    const found = registry.findInText(large);
    expect(found.length).toBe(8 * registry.findInText(small).length);
  });
});
