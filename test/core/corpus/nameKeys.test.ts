import { describe, expect, it } from 'vitest';
import { nameKeyOf, type LocalEntity, type Qualifier } from '../../../src/core/corpus/localEntities';

const local = (type: LocalEntity['type'], canonical: string, qualifier: Qualifier | null = null): Pick<LocalEntity, 'type' | 'canonical' | 'qualifier'> => ({ type, canonical, qualifier });

describe('nameKeyOf', () => {
  it('gives one key per type, folded name and sense, however often and in whatever order it is asked', () => {
    const asked: [ReturnType<typeof local>, string][] = [
      [local('PLACE', 'Georgia'), 'PLACE|georgia|'],
      [local('PLACE', 'Georgia', 'state'), 'PLACE|georgia|state'],
      [local('PERSON', 'Georgia'), 'PERSON|georgia|'],
      [local('ORG', 'NATO'), 'ORG|#nato|'],
      [local('DATE', '2021-09-17'), 'DATE|2021-09-17|'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [entity, key] of round === 1 ? [...asked].reverse() : asked) expect(nameKeyOf(entity.type, entity.canonical, entity.qualifier)).toBe(key);
    }
    // Spellings that fold together share the key.
    expect(nameKeyOf('PERSON', 'Emomali Rakhmon', null)).toBe(nameKeyOf('PERSON', 'Emomali Rahmon', null));
  });
});
