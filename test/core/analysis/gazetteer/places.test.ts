import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_PLACE_NAMES,
  ASIAN_REGIONS,
  CAPITALS,
  CITIES,
  COUNTRIES,
  NATIONALITIES,
  NATIONALITY_TO_PLACE,
  OTHER_CITIES,
  OTHER_SUBNATIONAL,
  PLACE_ALIASES,
  POST_SOVIET_REGIONS,
  REGIONS,
  RELIGIOUS_WORDS,
  US_CANADA_AUSTRALIA,
  WATER_BODIES,
  WORLD_REGIONS,
} from '../../../../src/core/analysis/gazetteer/places';
import { duplicatesOf, badlySpaced } from './listChecks';

const lists: Record<string, readonly string[]> = {
  COUNTRIES,
  CAPITALS,
  OTHER_CITIES,
  WORLD_REGIONS,
  WATER_BODIES,
  US_CANADA_AUSTRALIA,
  POST_SOVIET_REGIONS,
  ASIAN_REGIONS,
  OTHER_SUBNATIONAL,
  NATIONALITIES,
  RELIGIOUS_WORDS,
  AMBIGUOUS_PLACE_NAMES,
};
const allPlaces = new Set([...COUNTRIES, ...CITIES, ...REGIONS]);

describe('place lists', () => {
  it.each(Object.entries(lists))('%s has no duplicates and no stray spaces', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(duplicatesOf(list)).toEqual([]);
    expect(badlySpaced(list)).toEqual([]);
  });

  it.each([
    ['COUNTRIES', ['United States', 'U.S.', 'US', 'USA', 'America', 'United Kingdom', 'Britain', 'UK', 'Great Britain',
      'Kyrgyzstan', 'Kirghizia', 'Ivory Coast', "Côte d'Ivoire", 'Czech Republic', 'Czechia', 'Myanmar', 'Burma',
      'North Korea', 'DRC', 'Tajikistan', 'Nigeria', 'Brazil', 'Fiji']],
    ['CITIES', ['Dushanbe', 'Kyiv', 'Kiev', 'Bishkek', 'Almaty', 'Mumbai', 'Bombay', 'Lagos', 'Sao Paulo', 'Urumqi']],
    ['REGIONS', ['Central Asia', 'Middle East', 'Western Europe', 'Sub-Saharan Africa', 'Caucasus', 'Balkans', 'Sahel',
      'Gulf', 'Crimea', 'Donbas', 'Kashmir', 'Gaza', 'West Bank', 'Nagorno-Karabakh', 'Xinjiang', 'Tibet', 'Texas',
      'Ontario', 'Chechnya', 'Kerala', 'Amu Darya', 'Black Sea']],
    ['NATIONALITIES', ['Russian', 'Russians', 'Chinese', 'Afghan', 'Afghans', 'Tajik', 'American', 'Soviet', 'Western',
      'European', 'Arab', 'Pashtun']],
  ])('%s contains the brief examples', (name, expected) => {
    const list = name === 'CITIES' ? CITIES : name === 'REGIONS' ? REGIONS : lists[name]!;
    const set = new Set(list);
    expect(expected.filter((entry) => !set.has(entry))).toEqual([]);
  });

  it('covers every sovereign state at least by its common name', () => {
    expect(COUNTRIES.length).toBeGreaterThan(250);
    expect(CAPITALS.length).toBeGreaterThan(195);
    expect(CITIES.length).toBeGreaterThan(800);
  });
});

describe('PLACE_ALIASES', () => {
  it.each([
    ['U.S.', 'United States'],
    ['US', 'United States'],
    ['UK', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ['Kiev', 'Kyiv'],
    ['Bombay', 'Mumbai'],
    ['Burma', 'Myanmar'],
  ])('%s -> %s', (alias, canonical) => {
    expect(PLACE_ALIASES.get(alias)).toBe(canonical);
  });

  it('maps only listed spellings to listed canonical names', () => {
    const unknownKeys = [...PLACE_ALIASES.keys()].filter((key) => !allPlaces.has(key));
    const unknownTargets = [...PLACE_ALIASES.values()].filter((target) => !allPlaces.has(target));
    expect(unknownKeys).toEqual([]);
    expect(unknownTargets).toEqual([]);
  });

  it('never maps a name to itself or to another alias', () => {
    for (const [alias, canonical] of PLACE_ALIASES) {
      expect(alias).not.toBe(canonical);
      expect(PLACE_ALIASES.has(canonical)).toBe(false);
    }
  });
});

describe('NATIONALITY_TO_PLACE', () => {
  it.each([
    ['Russian', 'Russia'],
    ['Afghans', 'Afghanistan'],
    ['American', 'United States'],
    ['British', 'United Kingdom'],
    ['Tajik', 'Tajikistan'],
  ])('%s -> %s', (word, place) => {
    expect(NATIONALITY_TO_PLACE.get(word)).toBe(place);
  });

  it('has keys from NATIONALITIES and targets from the place lists', () => {
    const nationalities = new Set(NATIONALITIES);
    expect([...NATIONALITY_TO_PLACE.keys()].filter((key) => !nationalities.has(key))).toEqual([]);
    expect([...NATIONALITY_TO_PLACE.values()].filter((place) => !allPlaces.has(place))).toEqual([]);
  });

  it('lists every ambiguous place name somewhere in the gazetteer', () => {
    expect(AMBIGUOUS_PLACE_NAMES.filter((name) => !allPlaces.has(name))).toEqual([]);
  });
});
