/**
 * An article file's bytes as text, the same in the CLI and in the editor: UTF-16 with a BOM, else
 * UTF-8 (with or without BOM), else Windows-1252 when the bytes are not valid UTF-8. Bytes with a
 * NUL in their first 8 KB (and no UTF-16 BOM) are binary: null. TextDecoder is a global in Node,
 * the desktop editor and the web one alike.
 */
import { stringOfCodeUnits } from './codeUnits';

export interface DecodedArticle {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

// Made once: a decoder keeps no state between whole (not streamed) decodes, and a folder's load decodes thousands of files.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: UTF16LE.decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: UTF16BE.decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // (A UTF-16 text without a BOM has NULs in ASCII's place: refused as binary, not guessed.)
  if (bytes.subarray(0, 8192).includes(0)) return null;
  try {
    // BOM is kept here on purpose: normalizeText strips it, so offsets stay defined in one place.
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * A YAML file's bytes (a sidecar, the entity registry) as text, the same in the CLI and the editor:
 * decoded as an article's are (a teammate's editor may save one as UTF-16 or Windows-1252; written
 * back, it becomes UTF-8 with the same characters). Bytes an article would be refused for as binary
 * are decoded as Windows-1252 all the same: the YAML parser reports their control characters, and a
 * file that does not parse is never overwritten.
 */
export function decodeYamlBytes(bytes: Uint8Array): string {
  return decodeArticleBytes(bytes)?.text ?? decodeWindows1252(bytes);
}

/**
 * What bytes 0x80-0x9F are in Windows-1252 (WHATWG's index; the five it leaves free stay C1 codes):
 * curly quotes, dashes, the euro sign. The rest of the code page is Latin-1.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Windows-1252, decoded here: Node's TextDecoder('windows-1252') decodes it as Latin-1 since
 * 20.18.3 / 22.13.0 (nodejs/node#60888), which turns a Word document's “quotes” and dashes into
 * invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : byte;
  }
  return stringOfCodeUnits(units);
}
