/** Glob edits for `newslens.sources` (pure). */

/** Glob characters in a file name, escaped with brackets so the path matches only itself. */
export function globForPath(relativePath: string): string {
  return relativePath.replace(/[*?[\]{}]/g, (c) => `[${c}]`);
}

/** The globs with the file's own glob appended, or the same array when it is already listed. */
export function withSourceGlob(globs: readonly string[], relativePath: string): readonly string[] {
  const glob = globForPath(relativePath);
  return globs.includes(glob) ? globs : [...globs, glob];
}
