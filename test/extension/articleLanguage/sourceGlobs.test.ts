import { describe, expect, it } from 'vitest';
import { globForPath, withSourceGlob } from '../../../src/extension/articleLanguage/sourceGlobs';

describe('source globs', () => {
  it.each([
    ['articles/a.txt', 'articles/a.txt'],
    ['notes/draft [v2].md', 'notes/draft [[]v2[]].md'],
    ['what?*.txt', 'what[?][*].txt'],
    ['x{a,b}.txt', 'x[{]a,b[}].txt'],
  ])('%s matches only itself as %s', (path, glob) => {
    expect(globForPath(path)).toBe(glob);
  });

  it('appends the file and keeps the globs in effect', () => {
    expect(withSourceGlob(['**/*.txt'], 'notes/a.md')).toEqual(['**/*.txt', 'notes/a.md']);
  });

  it('returns the same array when the file is already listed', () => {
    const globs = ['**/*.txt', 'notes/a.md'];
    expect(withSourceGlob(globs, 'notes/a.md')).toBe(globs);
  });
});
