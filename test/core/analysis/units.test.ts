import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../src/core/analysis/lexicon';
import { makeUnits } from '../../../src/core/analysis/units';
import { tokenize } from '../../../src/core/text/tokens';
import { WordTable } from '../../../src/core/text/wordTable';

describe('makeUnits', () => {
  const unitsOf = (text: string) => {
    const vocabulary = new WordTable();
    vocabulary.add('led');
    return makeUnits(text, tokenize(text), lexicon(), vocabulary, []);
  };

  it('cuts glued words, compounds of known names and a known name before a suffix', () => {
    const text = 'Officials of the SCO-Afghanistan group met in Moscow-led talks, said DruzhininRussian media.';
    const texts = unitsOf(text).map((u) => u.text);
    expect(texts).toEqual(expect.arrayContaining(['SCO', 'Afghanistan', 'Moscow', 'led', 'Druzhinin', 'Russian']));
    expect(texts).not.toContain('SCO-Afghanistan');
    expect(texts).not.toContain('DruzhininRussian');
  });

  it("gives every unit, cut or not, the text at its offsets (what the name look-ups read instead of the unit's own string)", () => {
    const texts = [
      'Officials of the SCO-Afghanistan group met in Moscow-led talks, said DruzhininRussian media.',
      'The U.S.-backed plan, Tajikistan’s envoy said: «Kremlin-Kabul-Beijing» and ÉmileZola-Paris.',
      'Two-byte text — “Rahmon’s” office, NOVO-OGARYOVO, Dushanbe-Tashkent road 𝐀-Moscow.',
    ];
    for (const text of texts) {
      for (const unit of unitsOf(text)) expect(text.slice(unit.start, unit.end), text).toBe(unit.text);
    }
  });
});
