/**
 * Words for matching a model-answer step against what people wrote, in any language: letters and digits of any
 * script (so Korean splits on spaces and punctuation like English), lower-cased, without the commonest English words.
 */

const STOP_WORDS = new Set(
  "a an and are as at be been but by can do does for from had has have if in into is it its no not of on or so than that the their then there these this to was we were what when which while who will with you your".split(" "),
);

const WORD = /[\p{L}\p{N}]+/gu;
/** Scripts that attach particles and endings to the word (Korean) or do not split words at all (Chinese, Japanese). */
const DENSE_SCRIPT = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function words(text: string): string[] {
  const found = text.normalize("NFKC").toLowerCase().match(WORD) ?? [];
  return found.filter((word) => !STOP_WORDS.has(word) && (word.length > 1 || DENSE_SCRIPT.test(word) || /\d/.test(word)));
}

/** How many leading characters two forms of one word share at least: 2 syllables in Korean (캐시를 / 캐시), 4 letters otherwise. */
export function stemKey(word: string): string {
  return word.slice(0, DENSE_SCRIPT.test(word) ? 2 : 4);
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a[index] === b[index]) index += 1;
  return index;
}

/**
 * Whether two words are forms of one word: equal; or, in Korean, two syllables in common at the start (플래그를 and
 * 플래그, 재시작할까요 and 재시작한다); otherwise one a prefix of the other of at least 4 letters (restart, restarted), or
 * 6 letters in common (restarted, restarting). Words of different stem keys never match.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const common = commonPrefixLength(a, b);
  if (DENSE_SCRIPT.test(a)) return common >= 2;
  const shorter = Math.min(a.length, b.length);
  return (common === shorter && shorter >= 4) || common >= 6;
}
