import { describe, expect, it } from 'vitest';
import { nameKeyOf, type LocalEntity } from '../../../src/core/corpus/localEntities';

const local = (type: LocalEntity['type'], canonical: string, qualifier: string | null = null): LocalEntity => ({
  file: 'a.txt',
  type,
  canonical,
  mentionCount: 1,
  surfaces: [canonical],
  qualifier,
  titles: [],
  derived: false,
});

describe('nameKeyOf', () => {
  it('gives one key per type, folded name and sense, however often and in whatever order it is asked', () => {
    const asked: [LocalEntity, string][] = [
      [local('PLACE', 'Georgia'), 'PLACE|georgia|'],
      [local('PLACE', 'Georgia', 'state'), 'PLACE|georgia|state'],
      [local('PERSON', 'Georgia'), 'PERSON|georgia|'],
      [local('ORG', 'NATO'), 'ORG|#nato|'],
      [local('DATE', '2021-09-17'), 'DATE|2021-09-17|'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [entity, key] of round === 1 ? [...asked].reverse() : asked) expect(nameKeyOf(entity)).toBe(key);
    }
    // Spellings that fold together share the key.
    expect(nameKeyOf(local('PERSON', 'Emomali Rakhmon'))).toBe(nameKeyOf(local('PERSON', 'Emomali Rahmon')));
  });
});
