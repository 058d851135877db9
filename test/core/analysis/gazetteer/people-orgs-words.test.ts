import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_ORG_NAMES,
  COMPANIES,
  GOVERNMENT_INSTITUTIONS,
  INTERNATIONAL_BODIES,
  KNOWN_ORGANIZATIONS,
  MEDIA_OUTLETS,
  MOVEMENTS,
  ORG_ACRONYMS,
  ORG_HEAD_WORDS,
} from '../../../../src/core/analysis/gazetteer/organizations';
import {
  AFRICAN_GIVEN_NAMES,
  CENTRAL_ASIAN_GIVEN_NAMES,
  CHINESE_SURNAMES,
  EAST_ASIAN_GIVEN_NAMES,
  EUROPEAN_GIVEN_NAMES,
  GIVEN_NAMES,
  LATIN_AMERICAN_GIVEN_NAMES,
  MIDDLE_EASTERN_GIVEN_NAMES,
  NAME_PARTICLES,
  PERSON_TITLES,
  SLAVIC_GIVEN_NAMES,
  SOUTH_ASIAN_GIVEN_NAMES,
} from '../../../../src/core/analysis/gazetteer/people';
import {
  ATTRIBUTION_MARKERS,
  CAPITALIZED_FUNCTION_WORDS,
  MONTHS,
  SPEECH_VERBS,
  WEEKDAYS,
} from '../../../../src/core/analysis/gazetteer/words';
import { badlySpaced, duplicatesOf } from './listChecks';

const lists: Record<string, readonly string[]> = {
  INTERNATIONAL_BODIES,
  MEDIA_OUTLETS,
  MOVEMENTS,
  GOVERNMENT_INSTITUTIONS,
  COMPANIES,
  ORG_HEAD_WORDS,
  AMBIGUOUS_ORG_NAMES,
  EUROPEAN_GIVEN_NAMES,
  SLAVIC_GIVEN_NAMES,
  CENTRAL_ASIAN_GIVEN_NAMES,
  MIDDLE_EASTERN_GIVEN_NAMES,
  SOUTH_ASIAN_GIVEN_NAMES,
  EAST_ASIAN_GIVEN_NAMES,
  AFRICAN_GIVEN_NAMES,
  LATIN_AMERICAN_GIVEN_NAMES,
  CHINESE_SURNAMES,
  PERSON_TITLES,
  NAME_PARTICLES,
  SPEECH_VERBS,
  ATTRIBUTION_MARKERS,
  CAPITALIZED_FUNCTION_WORDS,
  MONTHS,
  WEEKDAYS,
};

function missing(list: readonly string[], expected: readonly string[]): string[] {
  const set = new Set(list);
  return expected.filter((entry) => !set.has(entry));
}

describe('gazetteer list hygiene', () => {
  it.each(Object.entries(lists))('%s has no duplicates and no stray spaces', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(duplicatesOf(list)).toEqual([]);
    expect(badlySpaced(list)).toEqual([]);
  });
});

describe('organizations', () => {
  it('contains the brief examples', () => {
    expect(
      missing(KNOWN_ORGANIZATIONS, [
        'NATO', 'OSCE', 'ASEAN', 'African Union', 'BRICS', 'G7', 'G20', 'OPEC', 'WHO', 'IMF', 'World Bank',
        'Reuters', 'AFP', 'Agence France-Presse', 'Associated Press', 'TASS', 'RIA Novosti', 'Interfax', 'Xinhua',
        'Sputnik', 'Anadolu', 'Al Jazeera', 'BBC', 'CNN', 'Kyodo', 'Yonhap', 'ANI', 'PTI', 'EFE', 'dpa', 'ANSA',
        'Bloomberg', 'The New York Times', 'Taliban', 'Hamas', 'Hezbollah', 'Islamic State', 'ISIS', 'ISIL',
        'al-Qaeda', 'Houthis', 'Wagner Group', 'PKK', 'Kremlin', 'White House', 'Pentagon', 'State Department',
        'Congress', 'Senate', 'Duma', 'Downing Street', 'Elysee', 'Gazprom', 'Huawei', 'Lockheed Martin',
      ]),
    ).toEqual([]);
    expect(COMPANIES.length).toBeGreaterThan(150);
  });

  it.each([
    ['UN', 'United Nations'],
    ['NATO', 'North Atlantic Treaty Organization'],
    ['EU', 'European Union'],
    ['IAEA', 'International Atomic Energy Agency'],
    ['CSTO', 'Collective Security Treaty Organization'],
    ['ICJ', 'International Court of Justice'],
  ])('ORG_ACRONYMS %s -> %s', (acronym, full) => {
    expect(ORG_ACRONYMS.get(acronym)).toBe(full);
  });

  it('has acronyms and expansions that are themselves known organizations', () => {
    const known = new Set(KNOWN_ORGANIZATIONS);
    expect([...ORG_ACRONYMS.keys()].filter((key) => !known.has(key))).toEqual([]);
    expect([...ORG_ACRONYMS.values()].filter((full) => !known.has(full))).toEqual([]);
    expect(AMBIGUOUS_ORG_NAMES.filter((name) => !known.has(name))).toEqual([]);
  });

  it('has the brief head words', () => {
    expect(missing(ORG_HEAD_WORDS, ['Organization', 'Organisation', 'Ministry', 'Council', 'Commission', 'Party', 'Times'])).toEqual([]);
  });
});

describe('people', () => {
  it('has broad given-name coverage with transliteration variants', () => {
    expect(GIVEN_NAMES.length).toBeGreaterThan(2000);
    expect(missing(GIVEN_NAMES, ['Vladimir', 'Sergei', 'Sergey', 'Alexei', 'Aleksey', 'Alexey', 'Dmitry', 'Dmitri',
      'Emomali', 'Mohammed', 'Narendra', 'Fumio', 'Cyril', 'Luiz', 'Recep', 'Kassym-Jomart'])).toEqual([]);
    expect(missing(CHINESE_SURNAMES, ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Xi', 'Hu'])).toEqual([]);
    expect(CHINESE_SURNAMES.length).toBeGreaterThan(190);
  });

  it('keeps given names single words unless they are compound given names', () => {
    expect(GIVEN_NAMES.filter((name) => name.split(' ').length > 2)).toEqual([]);
  });

  it('has titles that do not overlap given names', () => {
    const given = new Set(GIVEN_NAMES);
    expect(PERSON_TITLES.filter((title) => given.has(title))).toEqual([]);
    expect(missing(PERSON_TITLES, ['President', 'Prime Minister', 'Foreign Minister', 'Secretary-General', 'Gen.',
      'Sen.', 'Rep.', 'Mr.', 'Dr.', 'Sheikh', 'Ayatollah', 'spokesperson', 'leader', 'strongman'])).toEqual([]);
  });

  it.each(['Sri', 'Khan', 'Syed', 'Private', 'Head', 'former'])(
    'does not list %s as a title: it is part of names or places ("Sri Lanka", "Imran Khan")',
    (word) => {
      expect(PERSON_TITLES).not.toContain(word);
    },
  );

  it('has lowercase name particles', () => {
    expect(NAME_PARTICLES.filter((particle) => particle !== particle.toLowerCase())).toEqual([]);
    expect(missing(NAME_PARTICLES, ['bin', 'ibn', 'al', 'al-', 'van', 'von', 'de', 'abu'])).toEqual([]);
  });
});

describe('words', () => {
  it('lists every inflection of the brief speech verbs', () => {
    expect(missing(SPEECH_VERBS, ['say', 'says', 'said', 'tell', 'told', 'stressed', 'urged', 'wrote', 'emphasised',
      'emphasized', 'acknowledged', 'admitted'])).toEqual([]);
    expect(SPEECH_VERBS).not.toContain('according');
  });

  it('has about 300 capitalized function words, none of them a month or weekday other than May', () => {
    expect(CAPITALIZED_FUNCTION_WORDS.length).toBeGreaterThan(250);
    const calendar = new Set([...MONTHS, ...WEEKDAYS]);
    expect(CAPITALIZED_FUNCTION_WORDS.filter((word) => calendar.has(word))).toEqual(['May']);
  });

  it.each(['National', 'International', 'Regional', 'World', 'New', 'Global', 'First', 'Ministry'])(
    'does not treat %s as a function word: it starts real names ("World Bank", "New Delhi")',
    (word) => {
      expect(CAPITALIZED_FUNCTION_WORDS).not.toContain(word);
    },
  );

  it('has full and abbreviated calendar names', () => {
    expect(missing(MONTHS, ['January', 'Jan.', 'Sept.', 'December'])).toEqual([]);
    expect(missing(WEEKDAYS, ['Monday', 'Mon.', 'Sunday'])).toEqual([]);
  });
});
