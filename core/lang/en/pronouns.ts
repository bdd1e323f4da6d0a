/** Pronouns that stand for a person. */
export const personPronouns = ['he', 'she'] as const;

/** "I was scared," Ortiz said: words a person says of themself. */
export const selfPronouns = ['i', 'me', 'my', 'myself'] as const;

/** "A company spokeswoman said ... He said": pronouns, nouns and titles that tell a person's
 * sex. A pronoun of one never stands for a person the other's noun or title names. */
export const malePronouns = ['he', 'him', 'himself', 'his'] as const;
export const femalePronouns = ['her', 'herself', 'she'] as const;

/** "Mr. X himself said", "the company itself reported": reflexives of emphasis between a
 * source and its verb belong to neither (index.ts adds them to the adverbs), as Indonesian
 * "sendiri" does. */
export const emphaticReflexives = ['herself', 'himself', 'itself', 'themselves'] as const;
export const maleNouns = [
  'assemblyman',
  'boy',
  'brother',
  'businessman',
  'chairman',
  'congressman',
  'councilman',
  'father',
  'fisherman',
  'gentleman',
  'grandfather',
  'headmaster',
  'husband',
  'king',
  'man',
  'mr',
  'nephew',
  'policeman',
  'prince',
  'son',
  'spokesman',
  'uncle',
] as const;
export const femaleNouns = [
  'actress',
  'assemblywoman',
  'aunt',
  'businesswoman',
  'chairwoman',
  'congresswoman',
  'councilwoman',
  'daughter',
  'girl',
  'grandmother',
  'headmistress',
  'lady',
  'madam',
  'miss',
  'mother',
  'mrs',
  'ms',
  'niece',
  'policewoman',
  'princess',
  'queen',
  'sister',
  'spokeswoman',
  'widow',
  'wife',
  'woman',
] as const;

/** Persons as a verb's object ("state media, which quoted him"). */
export const objectPronouns = ['her', 'him', 'them'] as const;

/** "KCNA quoted them as saying": the object pronoun of a group, as "they" is. */
export const objectGroupPronouns = ['them'] as const;

/** Pronouns that stand for a group or an institution. */
export const groupPronouns = ['it', 'they'] as const;

/** Words that make a description point back to something named earlier ("the company"). */
export const anaphoricMarkers = ['its', 'the', 'this'] as const;

/** Pronouns for an institution or a thing only ("it"): they point to the last body, outlet or
 * document, where the other group pronouns point to any group. */
export const thingPronouns = ['it'] as const;

/** Possessives that may open a plain noun phrase: "her husband said", "its organizers". */
export const possessives = ['her', 'his', 'its', 'my', 'our', 'their', 'your'] as const;

/** Relative pronouns opening a clause about a person ("Jane Cole, 67, who has lived ..."). */
export const relativePronouns = ['who', 'whom', 'whose'] as const;

/** Relative pronouns for a thing or an institution only ("Lionfield, which makes ..."). */
export const thingRelatives = ['which'] as const;

/** "its findings:", "their findings:": whose findings a document's are. */
export const thingPossessives = ['its', 'their'] as const;

/** Possessives of a person only: "Vale said his troops would stay" speaks of a person. */
export const personPossessives = ['her', 'his'] as const;

/** Possessives of a thing or a body only ("their" is people's too): "Lumina said its sales
 * fell" speaks of a firm. */
export const institutionPossessives = ['its'] as const;

/** "people who know the plan said", "the only finding that suggests". */
export const clauseRelatives = ['that', 'which', 'who'] as const;

/** "Rights groups decry what they say is ...", "The groups urged the release of Roe, who they
 * said was ...": a "they" right after one of these is the sentence's own subject. */
export const subjectPronounClauses = ['that', 'what', 'which', 'who', 'whom'] as const;

/** "say what he believes", "share what we've learned": the thing said, no proposition, unless
 * a verb follows ("what they say is a crackdown"). */
export const freeRelatives = ['what', 'whatever'] as const;

/** "Officials said ... The ministry has ... They said": a singular body is "it", so "they"
 * is the group of people that spoke; bodies named in the singular but spoken of as people
 * ("police") stay "they". */
export const peoplePronouns = ['they'] as const;

/** Not yet studied for English ("both said", "the two said"): none. */
export const pairPronouns = [] as const;

/** "Two diplomats spoke ... One of them said ...", "Some of them say ...": a count of the
 * people just spoken of, whose kind it takes. */
export const partitivePeople = ['them'] as const;
export const partitiveCounts = ['both', 'each'] as const;
/** English writes the people's pronoun apart ("one of them"): none. */
export const partitiveFused = [] as const;

/** "One diplomat said ... Another said ...", "Officials blame X. One said ...": one (more) of
 * the unnamed people just quoted;
 * "Hundreds waited at the border. Many said ...": some of the people just spoken of. */
export const elidedHeads = [
  'a second',
  'a third',
  'another',
  'many',
  'most',
  'one',
  'several',
  'some',
  'the first',
  'the other',
  'the second',
  'the third',
] as const;
/** Nouns for a body of people, one word for many: "the police" are "they", and "a crew"
 * is no one person a later "he" stands for. */
/** "A senior official spoke to reporters. He said ...": verbs by which a person comes before
 * others (a visit, a meeting, a briefing). One unnamed person doing so in a sentence that
 * quotes no one is the person a pronoun opening the next may stand for. */
export const attendanceVerbs = [
  'addressed',
  'addresses',
  'appeared',
  'arrived',
  'attended',
  'briefed',
  'briefs',
  'flew',
  'inspected',
  'meets',
  'met',
  'speaks',
  'spoke',
  'talked',
  'testified',
  'toured',
  'traveled',
  'travelled',
  'visited',
  'visits',
] as const;

export const collectiveBodies = [
  'community',
  'crew',
  'crowd',
  'family',
  'police',
  'staff',
] as const;

/** "A panel set up to monitor the embargo said", "a coalition led by Ruritania said": a
 * participle opening a clause that describes the noun before it. */
export const clauseParticiples = [
  'appointed',
  'backed',
  'based',
  'briefed',
  'charged',
  'commissioned',
  'created',
  'established',
  'formed',
  'involved',
  'led',
  'monitoring',
  'set',
  'tasked',
] as const;

/** "Jones arrived late and said ...": a second verb of the sentence's subject. */
export const coordinators = ['and', 'but', 'then'] as const;

/** "it's been reported", "that's the view": pronouns whose "'s" is "is" or "has", never an
 * owner's ending; the verbs it stands for; how it is written. */
export const contractedHosts = [
  'he',
  'here',
  'it',
  'she',
  'that',
  'there',
  'what',
  'where',
  'who',
] as const;
export const contractedVerbs = ['has', 'is'] as const;
export const contractedClitics = ["'s"] as const;

/** "You'd think", "We'll find": the contracted auxiliaries after a small word. */
export const auxiliaryClitics = ["'d", "'ll", "'m", "'re", "'ve"] as const;
