/**
 * Text escaping as the Rails 2.2 stack that wrote Hyperactive's feeds did it (fast_xs, the C
 * version of Builder's `String#to_xs`): `&`, `<`, `>` and `"` become entities, every character
 * outside ASCII becomes a decimal character reference, code points 128–159 are read as
 * Windows-1252 first, and characters XML cannot hold become `*`.
 */
// prettier-ignore
const CP1252: Record<number, number> = {
  128: 8364, 130: 8218, 131: 402, 132: 8222, 133: 8230, 134: 8224, 135: 8225, 136: 710,
  137: 8240, 138: 352, 139: 8249, 140: 338, 142: 381, 145: 8216, 146: 8217, 147: 8220,
  148: 8221, 149: 8226, 150: 8211, 151: 8212, 152: 732, 153: 8482, 154: 353, 155: 8250,
  156: 339, 158: 382, 159: 376,
}

const PREDEFINED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

const valid = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

export function escapeText(text: string): string {
  return text.replace(/[&<>"]|[^\x09\x0A\x0D\x20-\x7E]/gu, (char) => {
    const predefined = PREDEFINED[char]
    if (predefined) return predefined
    const raw = char.codePointAt(0) as number
    const cp = CP1252[raw] ?? raw
    if (!valid(cp)) return '*'
    return cp < 128 ? String.fromCodePoint(cp) : `&#${cp};`
  })
}
