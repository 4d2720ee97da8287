/**
 * Sentence fragments of messages, for the language test: each text is cut into runs of words;
 * what both languages share by nature (quoted values, amounts, numbers, dates in digits, ids
 * such as `cofinancing.maxRate`, `submittedAt` or `2024-2`, and acronyms such as KBO or ISO) is
 * taken out and ends a run, so that only a language's own words are compared.
 */

/** A raw token that both languages share: a number, an amount, an id or an acronym. */
function shared(token: string): boolean {
  return (
    /[\d€._/@&+]/u.test(token) || // numbers, amounts, ids, e-mail addresses, "O&O", "+32"
    /\p{Ll}\p{Lu}/u.test(token) || // camelCase ids: submittedAt
    /^\p{Lu}{2,}$/u.test(token) // acronyms: KBO, ISO, OCMW, EUR
  );
}

/** A token without the punctuation around it ("(verwacht:" gives "verwacht"). */
function bare(raw: string): string {
  const chars = [...raw];
  const kept = (c: string | undefined) => c !== undefined && /[\p{L}\d€]/u.test(c);
  let start = 0;
  let end = chars.length;
  while (start < end && !kept(chars[start])) start += 1;
  while (end > start && !kept(chars[end - 1])) end -= 1;
  return chars.slice(start, end).join('');
}

/** The runs of the language's own words of a text, lowercased. */
export function wordRuns(text: string): string[][] {
  const runs: string[][] = [[]];
  // Between double quotes (the odd parts) are values, shared by both languages: each ends a run.
  text.split('"').forEach((part, index) => {
    if (index % 2 === 1) {
      runs.push([]);
      return;
    }
    for (const raw of part.split(/\s+/u)) {
      const token = bare(raw);
      if (token === '') continue;
      if (shared(token)) runs.push([]);
      else runs.at(-1)!.push(token.toLowerCase());
    }
  });
  return runs.filter((run) => run.length > 0);
}

/** Every run of three consecutive words of the texts, with a text it comes from. */
export function fragments(texts: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts)
    for (const run of wordRuns(text))
      for (let i = 0; i + 3 <= run.length; i += 1) found.set(run.slice(i, i + 3).join(' '), text);
  return found;
}

/** The fragments the texts of one language share with those of the other. */
export function crossings(dutch: readonly string[], english: readonly string[]): string[] {
  const nl = fragments(dutch);
  const en = fragments(english);
  return [...en.keys()]
    .filter((fragment) => nl.has(fragment))
    .map((fragment) => `"${fragment}": nl «${nl.get(fragment)!}» / en «${en.get(fragment)!}»`);
}
