/**
 * The shape of a language pack: plain data only (lower-case phrases, words separated by
 * single spaces, sorted and unique: tests/unit/engine/lexicons.test.ts checks it).
 * Each field lives in the pack file named in its comment, with the same file names in
 * every language folder. core/lang/compile.ts turns a pack into lookup tables once.
 */
import type { CueData } from './cue-types';
import type { DocumentWordData } from './document-types';
import type { NameWordData } from './name-types';
import type { OutletContextData } from './outlet-types';
import type { PeopleWordData } from './people-types';
import type { PronounWordData } from './pronoun-types';
import type { RelayCueData } from './relay-types';

/** The words of cues/ (one file per topic) are declared in cue-types.ts, those of unnamed
 * people in people-types.ts, those of documents in document-types.ts, cues' relays in
 * relay-types.ts, those around an outlet's name in outlet-types.ts, pronouns in
 * pronoun-types.ts. */
export interface LangData
  extends
    CueData,
    RelayCueData,
    PeopleWordData,
    NameWordData,
    DocumentWordData,
    OutletContextData,
    PronounWordData {
  /** ISO 639-1 code, the folder name. */
  code: string;
  /** abbreviations.ts: words ending in a dot that do not end a sentence ("dr", "u.s"). */
  abbreviations: readonly string[];
  /** abbreviations.ts: those of them that abbreviate only before a figure ("No. 5"): before
   * anything else the word ends its sentence ("he said no. But ..."). */
  numberAbbreviations: readonly string[];
  /** stopwords.ts: frequent function words, for language detection. */
  stopwords: readonly string[];
  /** stopwords.ts: sentence openers skipped before a source ("namun", "but"). */
  openers: readonly string[];
  /** stopwords.ts: small words allowed inside a source phrase ("of", "untuk", "dan"). */
  connectors: readonly string[];
  /** stopwords.ts: determiners and quantifiers that may start a source ("the", "para"). */
  determiners: readonly string[];
  /** stopwords.ts: adverbs and auxiliaries between a source and its verb ("also", "telah"). */
  adverbs: readonly string[];
  /** stopwords.ts: words opening a second clause with a speaker of its own ("while",
   * "sementara"): "X said A, while Y said B" holds two claims. */
  clauseJoiners: readonly string[];
  /** stopwords.ts: subordinators opening a sentence whose first clause has its own speaker ("While X says A, Y warns B"). */
  openingSubordinators: readonly string[];
  /** stopwords.ts: joiners opening a second speaker's clause only after a comma ("and"). */
  commaClauseJoiners: readonly string[];
  /** stopwords.ts: words for the rest of a group ("others", "sebagian lainnya"): after "and"
   * they open a second speaker's clause even with no comma ("Many said A and others said B"). */
  contrastSubjects: readonly string[];
  /** stopwords.ts: determiners that make an unnamed source one person ("a", "seorang"): a
   * later "he" or "katanya" can point back to it, never to "officials" or "para pejabat". */
  singularDeterminers: readonly string[];
  /** stopwords.ts: determiners that point to one known referent when its noun is singular
   * ("the witness"): a later "he" can point back to it. */
  definiteDeterminers: readonly string[];
  /** stopwords.ts: endings that make a word an owner's ("Acme's spokesman"): one person. */
  genitiveEndings: readonly string[];
  /** stopwords.ts: determiners that count people only ("seorang"): "seorang pengelola" is
   * one person of an organization, never the organization. */
  personCounters: readonly string[];
  /** stopwords.ts: words set between a count and a noun for people ("dua orang petugas"):
   * the count stays in the source's words. */
  countClassifiers: readonly string[];
  /** stopwords.ts: determiners naming the circles of a body or trade ("kalangan DPR"): its
   * unnamed people speak, officials when the body is a government's, never the body. */
  circleWords: readonly string[];
  /** stopwords.ts: the language marks no plural on nouns, so an unnamed source with no
   * quantifier ("Sumber ... menyebutkan") may be one person. */
  numberless: boolean;
  /** stopwords.ts: numbers in words ("dua", "two"): a count in a description singles a
   * person out ("ayah dua anak itu" = the father of two just quoted). */
  numberWords: readonly string[];
  /** stopwords.ts: words giving a count of people as a bound or an estimate ("at least", "more
   * than", "a number of"): they stay in the source's words with the count. */
  countApproximators: readonly string[];
  /** stopwords.ts: a share of people before the people it counts ("sixty percent of",
   * "half of"): people counted by a survey, whose answers the survey reports. */
  shareWords: readonly string[];
  /** stopwords.ts: a share of respondents with no noun after it, speaking for them ("26
   * percent said", "six in 10 say"): the unit after a figure ("percent"), and the link
   * between two figures ("in", "out of"). */
  shareUnits: readonly string[];
  shareLinks: readonly string[];
  /** stopwords.ts: adjectives follow their noun ("pengamat kebencanaan", Indonesian) rather
   * than precede it ("a congressional aide", English). */
  adjectivesAfterNoun: boolean;
  /** roles.ts: a bare role with no article or pointer ("kata Kapolsek") may stand for the
   * person given that role before, as Indonesian writes no article. */
  bareRolesPointBack: boolean;
  /** roles.ts: the ending that makes a one-word role plural ("s": "generals", "envoys"): with
   * no name, a plural role is unnamed officials, or unnamed people for a role that is no
   * office (core/lang/compile.ts derives the words). Empty where nouns carry no plural. */
  rolePluralEndings: readonly string[];
  /** roles.ts: roles that are also adjectives ("general"): a role only as the phrase's last
   * word ("the general said"), not before another word ("the general public"). */
  headOnlyRoles: readonly string[];
  /** stopwords.ts: time words that are never a source ("monday", "senin"). */
  timeWords: readonly string[];
  /** stopwords.ts: months as abbreviated before a day ("Jan. 6"). */
  monthAbbreviations: readonly string[];
  /** stopwords.ts: time phrases naming no day or date ("last month", "earlier this week"):
   * skipped between a source and its verb like "on Monday". */
  relativeTimes: readonly string[];
  /** stopwords.ts: words opening a phrase of time before a clause's subject ("sejak Januari
   * warga ..."): the phrase is no part of the source. */
  timePrepositions: readonly string[];
  complementizers: readonly string[];
  /** anonymous.ts: the word between a person's full name and where they work ("Jane Roe of
   * Acme Capital"). */
  employerLinks: readonly string[];
  /** unnamed.ts: words tying an unnamed role to whom it serves ("an adviser to", "a spokesman for"). */
  principalLinks: readonly string[];
  /** unnamed.ts: phrases saying a speaker's name is withheld ("asking not to be named", "on
   * condition of anonymity"): after a pronoun's cue, the pronoun is no named person. */
  withheldNames: readonly string[];
  /** unnamed.ts: phrases saying the name given is made up ("bukan nama sebenarnya", "not her
   * real name"), in brackets or after a comma: the person is not named. */
  pseudonymMarkers: readonly string[];
  /** unnamed.ts: phrases before a made-up name ("sebut saja Mawar"). */
  pseudonymIntroducers: readonly string[];
  /** unnamed.ts: the parts of a withheld-name phrase built by the pack ("tidak bersedia" +
   * "disebutkan" + "identitasnya"): each combination joins withheldNames and anonymous. */
  withholdingVerbs: readonly string[];
  withheldPassives: readonly string[];
  withheldNouns: readonly string[];
  /** unnamed.ts: the request form of the same phrase ("meminta" + "namanya" + "tidak" +
   * "dipublikasikan", or + "dirahasiakan" with no negator): built by the pack the same way. */
  withholdingRequests: readonly string[];
  withheldNegators: readonly string[];
  keptPassives: readonly string[];
  /** unnamed.ts: the word taking a part of a set ("some of the ideas", "salah seorang di
   * antara mereka"): after a vague quantifier it names a part of things or people, not people
   * placed somewhere; between a count and partitivePeople, a part of a group as a speaker. */
  partitiveLinks: readonly string[];
  /** stance.ts: forms of "be" that make the verb after them a passive ("were said to"). */
  passiveAuxiliaries: readonly string[];
  /** stance.ts: the word before a verb that makes it an infinitive ("expect students to think"). */
  infinitiveMarkers: readonly string[];
  /** stance.ts: adjectives of readiness between "be" and "to" before a verb of saying ("was
   * keen to stress that", "was quick to deny"): the subject still says it. */
  readinessAdjectives: readonly string[];
  /** stance.ts: going to a platform before "to" and a verb of saying ("took to Twitter to
   * complain", "went on television to say"): the subject says it. */
  platformVerbs: readonly string[];
  /** stance.ts: verbs of going on before a participle of saying ("kept insisting that",
   * "keeps saying the ..."): the subject says it, again and again. */
  persistingVerbs: readonly string[];
  /** hedges.ts: hedges with no source ("reportedly", "dikabarkan"). */
  hedges: readonly string[];
  /** hedges.ts: phrases in which a hedge word is not a hedge ("dilaporkan ke polisi"). */
  hedgeExceptions: readonly string[];
  /** hedges.ts: hedges only where they open the sentence, before a comma, a complementizer or
   * a verb of saying ("Disebutkan, ...", "Kabar yang beredar menyebutkan ..."): elsewhere
   * the words are a passive with its agent or a rumour named as a thing. */
  openingHedges: readonly string[];
  /** hedges.ts: words saying an unnamed source is unconfirmed ("unconfirmed reports said"):
   * the claim has no source the reader could check. */
  unconfirmedMarkers: readonly string[];
  /** person-nouns.ts: what everyone knows, spoken of as if it spoke ("Experience shows",
   * "History tells us"): the writer's own generalisation, never a source. */
  commonKnowledge: readonly string[];
  /** roles.ts: titles and roles of people ("minister", "duta besar"). */
  roles: readonly string[];
  /** roles.ts: articles dropped from the front of a role ("the", "para"). */
  roleArticles: readonly string[];
  /** roles.ts: articles before a role that point to the one person just written about
   * ("sang kades mengatakan" = the village head already named). */
  pointingArticles: readonly string[];
  /** roles.ts: words opening an appositive about the person just named ("who", "a", "head"). */
  appositiveOpeners: readonly string[];
  /** roles.ts: particles written in lower case inside a person's name ("von der Leyen",
   * "Ahmed bin Salem", "al-Hamdan"): between capitalised words, or joined by a hyphen. */
  nameParticles: readonly string[];
  /** roles.ts: words introducing a person by initials ("berinisial AS"): the initials then
   * name that person, even where they spell a country. */
  initialsMarkers: readonly string[];
  /** roles.ts: the unit an age in brackets may carry after a name ("Suparmi (61 tahun)"). */
  ageUnits: readonly string[];
  /** roles.ts: words between a speaker and the office they speak in ("Ratna selaku Wakil
   * Bupati mengatakan"): the person before them is the source, the office their role. */
  capacityLinks: readonly string[];
  /** roles.ts: words that hand over a person's name, written right before it or before the
   * comma before it ("gave his name as Omar", "identified only as Karim", "her surname, Lin"):
   * the lone word after them is a person's name. */
  givenNameMarkers: readonly string[];
  /** roles.ts: roles written with their jurisdiction before the name ("Bupati Garut Rudy
   * Gunawan"): of three capitalised words after one, the first is the place. */
  jurisdictionRoles: readonly string[];
  /** roles.ts: offices of a region ("Bupati Lebak"): one capitalised word right after is
   * the place held, not a name. */
  regionalRoles: readonly string[];
  /** roles.ts: honorifics written before a name ("mr", "pak"): part of the name as written,
   * left out when a later mention is matched to an earlier one ("Mr. Austin" = Lloyd Austin). */
  honorifics: readonly string[];
  /** roles.ts: what a lone unknown capitalised source is ("Rina" in Indonesian copy is a
   * person; "Lionsgate" in English copy, where people come with their full name first, is not). */
  loneNameKind: 'named_person' | 'organization';
  /** roles.ts: words that qualify a role or an official ("senior", "former", "tinggi"). */
  modifiers: readonly string[];
  /** roles.ts: words before a role that make it another office ("deputy", "former"): "the
   * deputy minister" is not the minister named before, nor "the minister" a deputy named before. */
  officeQualifiers: readonly string[];
  /** bodies.ts: words for government bodies ("ministry", "kementerian"); compile.ts adds the
   * names of core/institutions ("NATO", "KPK"). */
  bodies: readonly string[];
  /** bodies.ts: portfolio words inside a body's name ("kementerian pertahanan", "defense ministry"). */
  portfolios: readonly string[];
  /** bodies.ts: countries, capitals and regions that speak as governments ("russia", "korea utara"). */
  places: readonly string[];
  /** bodies.ts: short names of regions written with a dot after a town ("Scranton, Pa."). */
  regionAbbreviations: readonly string[];
  /** bodies.ts: nouns opening a place's name ("Kabupaten Garut", "Desa Sukamaju", "Kota"):
   * capitals after a word for people that open with one say where they are, not who. */
  placeNouns: readonly string[];
  /** place-counts.ts: the word between a place's noun and the count of people it holds ("a
   * town of about 3,000 people"): those people describe the place, they are no speaker. */
  placeCountLinks: readonly string[];
  /** bodies.ts: points of the compass that, capitalised after "the", stand for a state named
   * by its part of a divided land or region ("the North said" = North Korea). */
  compassStates: readonly string[];
  /** bodies.ts: points of the compass closing a region's name after its land ("Jawa Barat",
   * "Sumatera Utara"): capitals ending in one after an office are the office's region. */
  regionCompassWords: readonly string[];
  /** bodies.ts: nouns for the parties to a conflict or a negotiation ("both sides said"),
   * and the words that may open them ("both", "each", "the two"): the parties named before
   * speak as the institutions they are. */
  sideNouns: readonly string[];
  sideOpeners: readonly string[];
  /** bodies.ts: words firms share with state agencies: closing a capitalised name owned by a
   * state ("Norland's National Intelligence Service"), or a regulator's word owned by a
   * state or a body of states ("the UN nuclear watchdog"): the state's agency. */
  agencyNameNouns: readonly string[];
  watchdogNouns: readonly string[];
  /** bodies.ts: openings of the clipped words copy names ministries with ("Kemen-" in
   * "Kemendag", "Kemenpora"): a capitalised word made so is a ministry, never a person. */
  bodyClipOpenings: readonly string[];
  /** bodies.ts: words of the language opening so that are no body ("kemenangan"). */
  bodyClipWords: readonly string[];
  /** bodies.ts: words firms share with government that a portfolio before them makes a public
   * body's ("the transport committee"). */
  portfolioBodyNouns: readonly string[];
  /** bodies.ts: an office's word before the official whose office it is ("the office of the
   * governor", "Kantor Juru Bicara"): the office speaks as a body. */
  officeNouns: readonly string[];
  /** anonymous.ts: words for people by a tie to someone or somewhere ("istri", "warga",
   * "wife", "residents"): a name after one is the other person or the place, not a trade's
   * holder ("istri Budi" is Budi's wife). */
  relationNouns: readonly string[];
  /** organizations.ts: words that mark a non-governmental organization ("company", "asosiasi"). */
  organizations: readonly string[];
  /** organizations.ts: words public bodies and firms both go by ("lembaga"): pointing back
   * ("lembaga itu"), the last institution of either kind. */
  eitherInstitutionNouns: readonly string[];
  /** organizations.ts: words written before an organization's own name ("Bank Mandiri",
   * "PT Pertamina"): the capitalised word after one belongs to the organization. */
  namePrefixes: readonly string[];
  /** organizations.ts: nouns for what a firm has - staff, customers, shares, products - whose
   * owner written right after is a firm ("karyawan Lumina", "saham Lumina"), not a person;
   * where the owner comes first, its possessive before them or "of" after them ("Lumina's
   * shares", "shares of Lumina"). */
  firmPossessions: readonly string[];
  /** organizations.ts: words saying what a name is, before an organization's word ("Lumina
   * merupakan perusahaan rintisan", "Lumina sebagai perusahaan"): the name is that
   * organization's. */
  identityCopulas: readonly string[];
  /** organizations.ts: a word saying the name after it is a party as an institution
   * ("Pihak PLN"), not a person. */
  institutionMarkers: readonly string[];
  /** organizations.ts: words joining the last item of a list inside one institution's name
   * ("Badan Meteorologi, Klimatologi, dan Geofisika"). */
  nameListJoiners: readonly string[];
  /** unnamed.ts: unnamed officials ("officials", "para pejabat", "a spokesman"). */
  unnamedOfficials: readonly string[];
  /** state-media.ts: generic state-media phrases ("state media", "media pemerintah"). */
  stateMedia: readonly string[];
  /** media.ts: generic media words ("newspaper", "surat kabar", "media"). */
  media: readonly string[];
  /** media.ts: the last word of a newspaper's or broadcaster's own name ("the Times", "the
   * Daily Courier", "the Chicago Tribune"): after an article, with capitals, a news outlet
   * the registry need not know. */
  /** media.ts: masthead words that end an outlet's name with no article before it ("Harlow
   * Gazette reported"). */
  bareMastheads: readonly string[];
  mastheads: readonly string[];
  /** media.ts: words for one news outlet that point back, with "the", to the outlet named
   * just before ("the paper", "the agency"): that outlet speaks or hears again. */
  outletNouns: readonly string[];
  /** media.ts: a generic word for a news outlet that also names a shop, and the words of trade
   * that make it one before it ("retail outlets reported higher sales"): an organization. */
  shopOutletWords: readonly string[];
  shopModifiers: readonly string[];
  /** media.ts: words for a site on the web written before its own name ("website Dunmore
   * Daily", "the news site Harlow Now"): named so and reporting, a news outlet, not a
   * document. */
  webOutletNouns: readonly string[];
  /** media.ts: a broadcaster's programmes ("show", "documentary"): its own journalism, so
   * the programme speaks as its outlet. */
  programmes: readonly string[];
  /** stance.ts: verbs of expecting or fearing whose clause may drop its complementizer
   * ("analysts expect the economy will cool"); empty where a language always writes it. */
  bareStanceVerbs: readonly string[];
  /** stance.ts: verbs disputing a proposition and the nouns naming it ("challenged" + "the
   * idea"): derived into stance phrases taking a clause ("challenged the idea that ..."). */
  disputeVerbs: readonly string[];
  disputedNouns: readonly string[];
  /** stance.ts: verbs judging how likely something is, the nouns of its likelihood and the
   * word linking them to it ("played down" + "any chance" + "of"): derived into verbs of saying
   * ("played down any chance of a deal"). */
  likelihoodVerbs: readonly string[];
  likelihoodNouns: readonly string[];
  likelihoodLinks: readonly string[];
  /** stance.ts: auxiliaries and modals that make a clause finite ("will", "could", "is"). */
  finiteAuxiliaries: readonly string[];
  /** stance.ts: the auxiliary of emphasis before a bare verb ("the ministry did confirm"):
   * part of the verb, no word of its subject. */
  emphaticAuxiliaries: readonly string[];
  /** stance.ts: verbs of holding a belief or an expectation ("believes", "expects"): a
   * source's mind, which an outlet closing the sentence with "citing" someone reports. */
  mindVerbs: readonly string[];
  /** stance.ts: endings of a finite verb with no auxiliary ("the toll gives the port ..."): a
   * word with one, right before an article or possessive, ends a clause's subject. */
  finiteVerbEndings: readonly string[];
  /** stance.ts: past forms with no ending that are never a participle ("broke", "began"):
   * after a subject's first words, a clause's finite verb. */
  irregularPasts: readonly string[];
  /** stance.ts: past forms with no ending that double as participles ("met", "told"): a
   * finite verb only before its object's article, possessive or pronoun. */
  irregularPastObjects: readonly string[];
  /** stance.ts: words right after such a verb that open no clause ("worry about"). */
  nonClauseOpeners: readonly string[];
  /** state-media.ts: words before an outlet's name saying the state runs it ("the state-run
   * Ikhbariya news channel"); the registry decides for outlets it knows. */
  stateOutletModifiers: readonly string[];
  /** state-media.ts: owners whose outlet is the state's ("the government's news agency",
   * "the military's television channel"); a named outlet is still the registry's. */
  stateOwners: readonly string[];
  /** relay-verbs.ts: verbs of a call, plea, praise or rebuke that are no cue of their own;
   * before an outlet's verb ("X urged calm, state media said") their subject is the source. */
  relayedSpeechActs: readonly string[];
  /** relay-verbs.ts: an outlet's verbs of report that relay a speaker before an "as"
   * complement ("state media reported the premier as saying"). */
  reportedAsVerbs: readonly string[];
  /** relay-verbs.ts: the complements such a verb takes ("as saying"). */
  reportedAsComplements: readonly string[];
  /** relay-verbs.ts: the same verbs in the passive ("the premier was reported by state media
   * as saying"), read only before those complements. */
  reportedAsPassives: readonly string[];
  /** relay-verbs.ts: complements of quoting whose object is the listener ("was quoted as
   * telling state television"): an outlet there carried the words. */
  tellingComplements: readonly string[];
  /** relay-verbs.ts: how a broadcast carried something, between its participle and "by"
   * ("carried live by state television"). */
  broadcastManners: readonly string[];
  /** demonyms.ts: a person of a nation ("the Russian said" points back to someone). */
  demonyms: readonly string[];
  /** demonyms.ts: a person of a region or state ("the Texan said"): a description, as a
   * nation's person is, but no nation's word elsewhere. */
  regionDemonyms: readonly string[];
  /** demonyms.ts: words of a nation that name no person ("were Dutch, the governor said"). */
  nationalityAdjectives: readonly string[];
  /** relay-verbs.ts: participles reporting what an outlet's pictures or a document show
   * (", showing empty streets"), only after such a subject. */
  findingParticiples: readonly string[];
  /** relay-verbs.ts: words before a participle of saying that leave the sentence's subject
   * its speaker ("after saying"), as a comma does. */
  participleOpeners: readonly string[];
  /** relay-verbs.ts: endings of a participle opening a clause after a comma ("waving"), to
   * which "and saying" is joined. */
  participleEndings: readonly string[];
  /** relay-verbs.ts: words opening a clause of time or cause ("after a court ruled ..."). */
  clauseSubordinators: readonly string[];
  /** relay-verbs.ts: a noun for what was learned ("informasi") and the link to whom it came
   * from ("dari"): after "menurut", the source is that someone. */
  hearsayNouns: readonly string[];
  hearsayLinks: readonly string[];
}
