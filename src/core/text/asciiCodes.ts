/**
 * ASCII character classes by code, for hot scans that read text by charCodeAt: a regex call per
 * character (or per short slice) costs more than the character test itself.
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export function isAsciiLetter(code: number): boolean {
  return isAsciiLower(code) || isAsciiUpper(code);
}
