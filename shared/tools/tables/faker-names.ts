// The words of the person names faker's locales hold: what the generated name tables leave out, since a word private
// people are named by cannot tell a public figure or a place from them.
import { allFakers } from '@faker-js/faker';

type NameKind = 'first_name' | 'middle_name' | 'last_name';

/** The words of the `kinds` of names faker's `locales` hold (every locale when none are given), lower-cased. */
export function fakerNameWords(kinds: readonly NameKind[], locales?: readonly string[]): Set<string> {
  const words = new Set<string>();
  const strings = (v: unknown): string[] =>
    Array.isArray(v)
      ? v.flatMap(strings)
      : typeof v === 'string'
        ? [v]
        : v && typeof v === 'object'
          ? Object.values(v).flatMap(strings)
          : [];
  for (const [locale, faker] of Object.entries(allFakers)) {
    const person = faker.rawDefinitions.person;
    if (!person || (locales && !locales.includes(locale))) continue;
    for (const kind of kinds) for (const name of strings(person[kind])) for (const w of name.split(/[\s-]+/u)) words.add(w.toLowerCase());
  }
  return words;
}
