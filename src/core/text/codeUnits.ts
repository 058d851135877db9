/** Code units per String.fromCharCode call: well under any engine's limit on arguments. */
const UNITS_PER_CALL = 4096;

/**
 * UTF-16 code units as UTF-16LE, where the host decodes that (every one does) and stores them so
 * (every common CPU): one native pass, ~5x faster than String.fromCharCode over the units.
 * ignoreBOM: units that start with U+FEFF keep it.
 */
const utf16Decoder = typeof TextDecoder === 'function' && new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** The string of these code units, exactly: the decoder turns a lone surrogate into U+FFFD, so units that decode with one are read the slow way. */
export function stringOfCodeUnits(units: Uint16Array): string {
  const decoded = utf16Decoder?.decode(units);
  if (decoded !== undefined && !decoded.includes('\uFFFD')) return decoded;
  let joined = '';
  for (let at = 0; at < units.length; at += UNITS_PER_CALL) {
    joined += String.fromCharCode.apply(null, units.subarray(at, at + UNITS_PER_CALL) as unknown as number[]);
  }
  return joined;
}
