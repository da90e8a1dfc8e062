// Cyrillic and Greek letters a reader cannot tell from Latin ones: `guarаnteed` with a Cyrillic `а`
// reads as `guaranteed` and must match like it.
//
// Source: Unicode Technical Standard #39, confusables.txt (the entries whose source is one Greek or
// Cyrillic letter and whose prototype is one ASCII letter), reviewed by hand. Two changes from the file:
// capital Iota, Cyrillic І and palochka Ӏ map to `I`, not to the prototype `l`, so they fold to the
// letter a reader takes them for once case is folded; the Greek subscript and prosgegrammeni forms
// (U+037A, U+1FBE) are left to NFKC. No npm package with current data was small enough to prefer: the
// maintained ones are profanity filters that also map letters to digits (`З` → `3`) and across whole
// strings, where only look-alikes inside a Latin word are wanted here.

/** Code point → the ASCII letter it looks like. */
export const LATIN_LOOKALIKES: ReadonlyMap<number, number> = new Map(
  (
    [
      // Greek
      ['α', 'a'], ['Α', 'A'], ['Β', 'B'], ['ϲ', 'c'], ['Ϲ', 'C'], ['Ε', 'E'], ['Ϝ', 'F'], ['Η', 'H'], ['ι', 'i'],
      ['Ι', 'I'], ['ϳ', 'j'], ['Ϳ', 'J'], ['Κ', 'K'], ['Μ', 'M'], ['Ϻ', 'M'], ['Ν', 'N'], ['ο', 'o'], ['σ', 'o'],
      ['Ο', 'O'], ['ρ', 'p'], ['ϱ', 'p'], ['Ρ', 'P'], ['Τ', 'T'], ['υ', 'u'], ['ν', 'v'], ['Χ', 'X'], ['γ', 'y'],
      ['Υ', 'Y'], ['ϒ', 'Y'], ['Ζ', 'Z'],
      // Cyrillic
      ['а', 'a'], ['А', 'A'], ['Ь', 'b'], ['В', 'B'], ['с', 'c'], ['С', 'C'], ['ԁ', 'd'], ['е', 'e'], ['ҽ', 'e'],
      ['Е', 'E'], ['Ԍ', 'G'], ['һ', 'h'], ['Н', 'H'], ['і', 'i'], ['ӏ', 'i'], ['І', 'I'], ['Ӏ', 'I'], ['ј', 'j'],
      ['Ј', 'J'], ['К', 'K'], ['М', 'M'], ['о', 'o'], ['О', 'O'], ['р', 'p'], ['Р', 'P'], ['ԛ', 'q'], ['г', 'r'],
      ['ѕ', 's'], ['Ѕ', 'S'], ['Т', 'T'], ['ѵ', 'v'], ['Ѵ', 'V'], ['ѡ', 'w'], ['ԝ', 'w'], ['Ԝ', 'W'], ['х', 'x'],
      ['Х', 'X'], ['у', 'y'], ['ү', 'y'], ['У', 'Y'], ['Ү', 'Y'],
    ] as const
  ).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
)
