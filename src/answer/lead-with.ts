import type { Answer } from "./answer.ts";

/**
 * The answer with its first paragraph whose citations pass `wanted` moved to the front, when the first paragraph's
 * do not; markers and citations are renumbered in their new order. The text, its citations and the set of passages
 * cited stay the same: only what is read first changes. "Sở LĐTBXH phải gửi dự toán trước ngày nào?" answered first
 * with the ministry's own deadline leads, this way, with the department's.
 *
 * @example
 * leadWith(answer, (id) => id === "47-2009-ttlt-btc-bltbxh#dieu7.2.a").answer // "Phòng … trước ngày 20 tháng 6 … [1]…"
 */
export function leadWith<A extends Pick<Answer, "answer" | "citations">>(
  answer: A,
  wanted: (passageId: string) => boolean,
): A {
  const paragraphs = answer.answer.split("\n\n");
  const cited = (paragraph: string) =>
    [...paragraph.matchAll(/\[(\d+)\]/g)].map((m) => answer.citations.find((c) => c.n === Number(m[1])));
  const passes = (paragraph: string) => {
    const citations = cited(paragraph);
    return citations.length > 0 && citations.every((c) => c !== undefined && wanted(c.passageId));
  };
  const [first] = paragraphs;
  if (first === undefined || passes(first)) return answer;
  const at = paragraphs.findIndex(passes);
  if (at <= 0) return answer;
  const reordered = [paragraphs[at] as string, ...paragraphs.filter((_, i) => i !== at)];
  // New numbers in order of first appearance; a citation no marker names keeps its place after the others.
  const order: number[] = [];
  for (const m of reordered.join("\n\n").matchAll(/\[(\d+)\]/g))
    if (!order.includes(Number(m[1]))) order.push(Number(m[1]));
  for (const c of answer.citations) if (!order.includes(c.n)) order.push(c.n);
  const renumber = new Map(order.map((old, i) => [old, i + 1]));
  const text = reordered.join("\n\n").replace(/\[(\d+)\]/g, (m, n) => {
    const to = renumber.get(Number(n));
    return to === undefined ? m : `[${to}]`;
  });
  const citations = order.flatMap((old) => {
    const c = answer.citations.find((x) => x.n === old);
    return c ? [{ ...c, n: renumber.get(old) as number }] : [];
  });
  return { ...answer, answer: text, citations };
}
