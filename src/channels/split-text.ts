/**
 * Where a chunk may end, best first. Each pattern marks the end of a chunk at `match.index + (match[1] ?? "").length`;
 * the whitespace after that point is dropped and the next chunk starts at the next non-whitespace character.
 */
const BOUNDARIES: readonly RegExp[] = [
  /\n[ \t]*\n/g, // paragraph: a blank line
  /\n/g, // line break
  /([.!?…]+["'”’»)]*)\s/g, // sentence end
  /\s/g, // any space
];

/**
 * Citation markers such as "[12]", "[3, 4]" or "[5–7]", with the spaces before them: a chunk never ends inside one,
 * nor just before one, so a marker stays whole and on the same chunk as the words it cites.
 */
const CITATION_MARKER = /[ \t]*\[\d+(?:\s*[,;–-]\s*\d+)*\]/g;

/** A boundary is only taken early if it keeps the chunk at least this full, so preference never multiplies messages. */
const MIN_FILL = 0.3;

/**
 * Splits a long message into chunks of at most `limit` UTF-16 code units (what `string.length` counts), for chat
 * APIs that cap message length (Telegram 4096, Zalo 2000). A chunk ends at the last paragraph break (blank line)
 * that fits, else the last line break, else the last sentence end, else the last space, and only then at a hard cut;
 * it never ends inside or just before a citation marker like "[12]", nor between the halves of a surrogate pair
 * or before a combining mark (a marker or character longer than the limit is the one exception). Nothing is dropped
 * or repeated except the whitespace at each cut; text that already fits comes back unchanged, and text that is only
 * whitespace yields no chunks.
 *
 * @example
 * splitText("Đoạn một.\n\nĐoạn hai dài hơn [12].", 20) // ["Đoạn một.", "Đoạn hai dài", "hơn [12]."]
 */
export function splitText(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`splitText: limit must be a positive integer`);
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const end = chunkEnd(rest, limit);
    const head = rest.slice(0, end).trimEnd();
    if (head.trim()) chunks.push(head);
    rest = rest.slice(end).trimStart();
  }
  if (rest.trim()) chunks.push(rest);
  return chunks;
}

/**
 * The index where the first chunk of `text` (longer than `limit`) ends. Ends that keep each marker with the words
 * before it are tried first; when none exists (say, a run of markers longer than the limit), ends merely outside
 * markers; when even that fails, the limit.
 */
function chunkEnd(text: string, limit: number): number {
  const markers = markerSpans(text, limit);
  const outside = (end: number) => !markers.some(([, open, close]) => open < end && end < close);
  const attached = (end: number) =>
    outside(end) && !markers.some(([lead, open]) => lead <= end && end <= open);
  for (const allowed of [attached, outside]) {
    for (const minEnd of [Math.ceil(limit * MIN_FILL), 1]) {
      for (const pattern of BOUNDARIES) {
        const end = lastBoundary(text, pattern, minEnd, limit, allowed);
        if (end !== undefined) return end;
      }
    }
  }
  return hardCut(text, limit, attached) ?? hardCut(text, limit, outside) ?? limit;
}

/** The last chunk end found by `pattern` within [minEnd, limit] that `allowed` accepts. */
function lastBoundary(
  text: string,
  pattern: RegExp,
  minEnd: number,
  limit: number,
  allowed: (end: number) => boolean,
): number | undefined {
  const firstContent = text.search(/\S/);
  let best: number | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && match.index <= limit; match = pattern.exec(text)) {
    const end = match.index + (match[1] ?? "").length;
    if (end >= minEnd && end <= limit && allowed(end) && end > firstContent) best = end;
  }
  return best;
}

/** The last end at or before `limit` that `allowed` accepts and that splits no surrogate pair or combining mark. */
function hardCut(text: string, limit: number, allowed: (end: number) => boolean): number | undefined {
  for (let end = limit; end >= 1; end--) {
    if (allowed(end) && !splitsCharacter(text, end)) return end;
  }
  return undefined;
}

function splitsCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff) return true; // low surrogate: the pair would be broken
  return /\p{M}/u.test(text[index] ?? ""); // a combining mark belongs to the character before it
}

/** [lead, open, close) of every citation marker starting by `limit`: lead is where the spaces before it begin. */
function markerSpans(text: string, limit: number): [number, number, number][] {
  const spans: [number, number, number][] = [];
  CITATION_MARKER.lastIndex = 0;
  for (
    let match = CITATION_MARKER.exec(text);
    match && match.index <= limit;
    match = CITATION_MARKER.exec(text)
  ) {
    const open = match.index + match[0].indexOf("[");
    spans.push([match.index, open, match.index + match[0].length]);
  }
  return spans;
}

/**
 * Splits a list whose items are separated by blank lines (a task listing) into chunks of at most `limit` code units
 * that end only between items: as many whole items per chunk as fit, in order. Only an item longer than the limit
 * by itself is cut, by {@link splitText}. Whitespace at the cuts is dropped; nothing else is lost.
 *
 * @example
 * splitBetweenItems("Tiêu đề:\n\n1. Việc một\n\n2. Việc hai", 22) // ["Tiêu đề:\n\n1. Việc một", "2. Việc hai"]
 */
export function splitBetweenItems(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`splitBetweenItems: limit must be a positive integer`);
  if (text.length <= limit) return text.trim() ? [text] : [];
  const items = text
    .split(/\n[ \t]*\n/)
    .map((item) => item.trim())
    .filter(Boolean);
  const chunks: string[] = [];
  let current = "";
  for (const item of items) {
    if (current && current.length + 2 + item.length <= limit) {
      current = `${current}\n\n${item}`;
      continue;
    }
    if (current) chunks.push(current);
    const pieces = item.length <= limit ? [item] : splitText(item, limit);
    chunks.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? "";
  }
  if (current) chunks.push(current);
  return chunks;
}
