/** Named schools and institutions: found in the report's own text, with the short names people use. */

// What an institution's name ends with, longest first; the report decides which names exist.
const SUFFIXES = [
  '职业中等专业学校', '中等专业学校', '职业教育中心社区学院', '职业教育中心', '职业技术学院', '烹饪职业技术学院',
  '职业学院', '工业学校', '无线电技术学校', '技术学校', '社区学院', '中心学校社区学校', '社区学校', '老年大学',
];

// Short forms of the endings, as parents and staff write them.
const SHORT: Readonly<Record<string, readonly string[]>> = {
  职业中等专业学校: ['职专', '中专', '职业中专', '职业中等专业学校'],
  中等专业学校: ['中专', '中等专业学校'],
  职业教育中心: ['职教中心', '职业教育中心'],
  职业技术学院: ['职院', '职业技术学院', '职业学院'],
};

export interface Entity {
  readonly name: string;
  /** Strings that, found in a question, mean this entity. */
  readonly aliases: readonly string[];
  /** The county or district the name starts with, if any (某某县 → 某某). */
  readonly place: string;
}

// Words that make a phrase a description (省级高水平中等职业学校), not one institution's name.
const NOT_A_NAME = /省级|示范|参加|所有|公办|民办|标准化|高水平|全国|对/u;

/** Every institution name in `text` that starts with a place of the report's area (its metadata's places). */
export function findEntities(text: string, places: readonly string[], city = ''): Entity[] {
  const known = [...places].sort((a, b) => b.length - a.length);
  const suffixAlt = SUFFIXES.join('|');
  const pattern = new RegExp(`(?:${known.join('|')})([\\u4e00-\\u9fff]{0,8}?)(?:${suffixAlt})`, 'gu');
  const names = new Set<string>();
  for (const m of text.matchAll(pattern)) if (!NOT_A_NAME.test(m[1] ?? '')) names.add(m[0]);
  return [...names].map((name) => {
    const place = known.find((p) => name.startsWith(p)) ?? '';
    // The city's own institution is 市职教中心 to its people, as 县职专 is a county's.
    const own = city !== '' && (place === city || place === `${city}市`) ? aliasesOf(`市${name.slice(place.length)}`, '市') : [];
    return { name, aliases: [...new Set([...aliasesOf(name, place), ...own])], place: bareOf(place) };
  });
}

function bareOf(place: string): string {
  const bare = place.replace(/(县|市|区|省)$/u, '');
  return bare.length >= 2 ? bare : place;
}

export function aliasesOf(name: string, place: string): string[] {
  const out = new Set<string>([name]);
  const bare = bareOf(place);
  const rest = name.slice(place.length);
  const heads = new Set([place, bare].filter((h) => h.length >= 2 || h === '市'));
  for (const [suffix, shorts] of Object.entries(SHORT)) {
    if (!rest.endsWith(suffix)) continue;
    const middle = rest.slice(0, rest.length - suffix.length);
    for (const head of heads) for (const s of shorts) out.add(head + middle + s);
  }
  for (const head of heads) out.add(head + rest);
  return [...out].filter((a) => a.length >= 4);
}

/** The school whose own report it is, as an entity even when its name starts with no known place. */
export function schoolEntity(school: string, places: readonly string[]): Entity {
  const place = [...places].sort((a, b) => b.length - a.length).find((p) => school.startsWith(p)) ?? '';
  // With no place in front, its own name before the ending is what its short names start with (蓝天职业技术学院 → 蓝天职院).
  const ending = SUFFIXES.filter((x) => school.endsWith(x)).sort((a, b) => b.length - a.length)[0];
  const head = place || (ending ? school.slice(0, school.length - ending.length) : '');
  return { name: school, aliases: aliasesOf(school, head), place: bareOf(place) };
}
