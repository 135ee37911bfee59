/**
 * The shape of every lexicon in this folder, checked by `npm test` (and by `checkLexicon` for a new file):
 * a newcomer adding a cue word or a synonym gets an error naming the file and the field, not a silent miss.
 */
type Shape = 'strings' | 'patterns' | 'record-of-strings' | 'record-of-string' | 'record-of-pattern' | 'string' | 'types' | 'units' | 'characters';

export const LEXICON_SCHEMAS: Readonly<Record<string, Readonly<Record<string, Shape>>>> = {
  'chat.json': { asides: 'patterns', known: 'patterns', askIntro: 'patterns', family: 'strings', askerPlaces: 'strings' },
  'dialect.json': { marker: 'string', words: 'record-of-string', copula: 'string', initials: 'record-of-string' },
  'english.json': { phrases: 'record-of-string', filler: 'strings', institutionWords: 'strings' },
  'intents.json': {
    intents: 'record-of-pattern', english: 'string', change: 'string', vague: 'string', people: 'strings', units: 'units', day: 'string', latest: 'string',
    pointsBack: 'string', whatIs: 'string', addedOn: 'string', runOn: 'record-of-pattern',
    checkedClaim: 'string', checkedAnywhere: 'string', whetherCheck: 'string', claimHeard: 'string', meansAfter: 'string', reportedQuestion: 'string', followUp: 'string', alsoWanted: 'string',
  },
  'frames.json': {
    bareVerbs: 'strings', measures: 'strings', perUnit: 'strings', total: 'strings', measureAlike: 'record-of-strings', totalVerb: 'string', stock: 'string', questionStock: 'string', part: 'strings', sectors: 'record-of-strings',
    questionPerUnit: 'strings', questionTotal: 'strings', summedJoin: 'string', exclusion: 'patterns', outsideScope: 'record-of-strings',
    countedForms: 'record-of-strings', countedTail: 'string', questionShareOver: 'patterns', questionNegated: 'string', people: 'record-of-strings', ownSector: 'strings', classifiers: 'record-of-strings', participation: 'strings', groupLed: 'record-of-pattern',
    story: 'record-of-pattern',
  },
  'places.json': { origin: 'strings', elsewhere: 'strings', otherSchoolTypes: 'strings', ownSchoolTypes: 'strings', english: 'record-of-string' },
  'question-types.json': { types: 'types', answerKinds: 'strings', opinionWords: 'strings', whichIsBest: 'string', sectionContent: 'string', priority: 'string', itemJoin: 'string', exampleQualifiers: 'strings' },
  'required.json': { groups: 'record-of-strings', individual: 'string', persons: 'strings', unknownMeasure: 'string', domainWords: 'strings', notMeasured: 'strings', selfIntroduction: 'string', measuredAfterAll: 'strings', notMeasuredAsks: 'record-of-pattern' },
  'stopwords.json': { words: 'strings', talkCharacters: 'characters', talkTags: 'strings', notTypos: 'characters' },
  'synonyms.json': { terms: 'record-of-strings', raters: 'record-of-strings', contrasts: 'record-of-strings' },
};

const UNIT_CLASSES = ['people', 'money', 'percent', 'ratio', 'count', 'area', 'bandwidth', 'score', 'other'];
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
/** The entries of a record, less its `_comment`-style notes. */
const entries = (v: object): unknown[] => Object.entries(v).filter(([k]) => !k.startsWith('_')).map(([, x]) => x);
const compiles = (p: string): boolean => {
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
};

function check(file: string, field: string, shape: Shape, v: unknown): string[] {
  const at = `${file}: ${field}`;
  switch (shape) {
    case 'strings':
      return isStrings(v) ? [] : [`${at} must be a list of strings`];
    case 'patterns':
      if (!isStrings(v)) return [`${at} must be a list of patterns`];
      return v.flatMap((p, i) => (compiles(p) ? [] : [`${at}[${i}] is no valid pattern: ${p}`]));
    case 'string':
      return typeof v === 'string' && compiles(v) ? [] : [`${at} must be a valid pattern string`];
    case 'record-of-string':
      return v && typeof v === 'object' && entries(v).every((x) => typeof x === 'string') ? [] : [`${at} must map words to a string`];
    case 'characters':
      return typeof v === 'string' && v.length > 0 && !/[\\\]\s]/u.test(v) ? [] : [`${at} must be a string of characters (no spaces, ] or \\)`];
    case 'record-of-pattern':
      if (!v || typeof v !== 'object') return [`${at} must map names to patterns`];
      return Object.entries(v).flatMap(([k, p]) => (typeof p === 'string' && compiles(p) ? [] : [`${at}.${k} is no valid pattern: ${String(p)}`]));
    case 'units':
      if (!Array.isArray(v)) return [`${at} must be a list`];
      return v.flatMap((u: { cue?: unknown; unit?: unknown; word?: unknown; implied?: unknown }, i) => {
        const here = `${at}[${i}]`;
        if (typeof u.cue !== 'string' || typeof u.unit !== 'string' || !(u.word === null || typeof u.word === 'string')) return [`${here} needs cue, unit and word (or null)`];
        if (u.implied !== undefined && typeof u.implied !== 'boolean') return [`${here}.implied must be true or false`];
        if (!UNIT_CLASSES.includes(u.unit)) return [`${here}.unit is no kind of figure: ${u.unit} (one of ${UNIT_CLASSES.join(', ')})`];
        return compiles(u.cue.split('{PEOPLE}').join('人')) ? [] : [`${here}.cue is no valid pattern: ${u.cue}`];
      });
    case 'record-of-strings':
      // A list of lists (required.json's groups) is accepted as a record indexed by position.
      return v && typeof v === 'object' && entries(v).every(isStrings) ? [] : [`${at} must map words to lists of strings`];
    case 'types':
      if (!Array.isArray(v)) return [`${at} must be a list`];
      return v.flatMap((t: { type?: unknown; asks?: unknown; cues?: unknown }, i) => {
        const here = `${at}[${i}]`;
        if (typeof t.type !== 'string' || typeof t.asks !== 'string' || !isStrings(t.cues)) return [`${here} needs type, asks and cues`];
        return t.cues.flatMap((c, k) => (compiles(c) ? [] : [`${here}.cues[${k}] is no valid pattern: ${c}`]));
      });
  }
}

/** Every problem of one lexicon file, each naming the file and the field; empty when it is well formed. */
export function checkLexicon(file: string, data: unknown): string[] {
  const schema = LEXICON_SCHEMAS[file];
  if (!schema) return [`${file}: no schema (add one to src/lexicon/schema.ts)`];
  if (!data || typeof data !== 'object') return [`${file}: must be a JSON object`];
  const d = data as Record<string, unknown>;
  return Object.entries(schema).flatMap(([field, shape]) => (field in d ? check(file, field, shape, d[field]) : [`${file}: ${field} is missing`]));
}

/** Checked at load by the modules that read a lexicon: a malformed file stops start-up with its problems named. */
export function assertLexicon<T>(file: string, data: T): T {
  const problems = checkLexicon(file, data);
  if (problems.length) throw new Error(`lexicon: ${problems.join('; ')}`);
  return data;
}
