/**
 * Link targets are workspace-relative posix paths. Anything that could point outside the
 * workspace folder is rejected: absolute paths, drive letters, URLs, `..` segments.
 */
export function linkPathProblem(path: string): string | null {
  if (path.length === 0) return 'empty path';
  if (path.includes('\\')) return 'use forward slashes';
  if (path.includes('\u0000')) return 'contains a NUL character';
  if (path.startsWith('/') || path.startsWith('~')) return 'absolute paths are not allowed';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return 'drive letters and URLs are not allowed';
  const segments = path.split('/');
  if (segments.includes('..')) return "'..' segments are not allowed (links stay inside the workspace)";
  if (segments.some((s) => s === '')) return 'empty path segment';
  return null;
}

export function isSafeLinkPath(path: string): boolean {
  return linkPathProblem(path) === null;
}
