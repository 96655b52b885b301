/** Katakana → hiragana (ァ…ヶ → ぁ…ゖ), so that either script finds or sorts with the other. */
export function katakanaToHiragana(value: string): string {
  return value.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}
