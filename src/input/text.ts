/**
 * Whether a text has at most `maximum` characters, counted in code points (a surrogate pair is
 * one character), as JSON Schema counts; it stops as soon as the text is too long.
 *
 * @internal
 */
export function codePointsAtMost(text: string, maximum: number): boolean {
  if (text.length <= maximum) return true;
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
    if (count > maximum) return false;
  }
  return true;
}
