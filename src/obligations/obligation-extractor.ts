import { createHash } from "node:crypto";
import { splitSentences } from "../answer/sentences.ts";
import type { DocumentMeta, Passage } from "../corpus/types.ts";
import type { Deadline } from "./deadline.ts";
import { type DeadlineContext, deadlineOf, findDeadlinePhrases } from "./deadline-grammar.ts";
import type { EventCalendar } from "./events-calendar.ts";
import type { Obligation } from "./obligation.ts";
import { findParties, foldKeepingOffsets, partiesOfHeading } from "./responsible-parties.ts";

/** Passages that assess past work rather than assign it, and everything under them. */
const ASSESSMENT =
  /^(?:ve )?(?:ket qua|doi voi ton tai|ton tai|han che|sau \d+ nam|tuy nhien|ben canh|nhin chung)/;
/** A closing paragraph assigns work only when it says so. */
const CLOSING_CUE = /de nghi|yeu cau|giao|to chuc thuc hien|trien khai|chi dao/;

const DATED_KINDS = new Set(["date", "period_end", "event"]);

/** "2.2-y1" → "2.2" → "2"; "kt-d1" → "kt". */
function parentPath(path: string): string | null {
  if (/-[yd]\d+$/.test(path)) return path.replace(/-[yd]\d+$/, "");
  const dot = path.lastIndexOf(".");
  return dot < 0 ? null : path.slice(0, dot);
}

const strippedHeading = (heading: string) => heading.replace(/^[\dIVXa-zđ.)]+\s+/u, "");

/**
 * Reads the obligations out of one document, following eval/obligations-guideline.md: which passages assign
 * work, one obligation per deadline sentence plus one for the rest, parties from the sentence or inherited.
 *
 * @example
 * extractObligations(parsed).map((o) => [o.passageId, o.responsible, o.deadline.due])
 */
export function extractObligations(
  document: { meta: DocumentMeta; passages: readonly Passage[] },
  options: { events?: EventCalendar } = {},
): Obligation[] {
  const { meta, passages } = document;
  const byPath = new Map(passages.map((p) => [p.path, p]));
  const context: DeadlineContext = {
    documentDate: meta.issuedDate || meta.meetingDate || null,
    events: options.events,
  };
  const fallback = fallbackParties(passages, meta);

  const ancestorsOf = (passage: Passage): Passage[] => {
    const out: Passage[] = [];
    for (let path = parentPath(passage.path); path; path = parentPath(path)) {
      const ancestor = byPath.get(path);
      if (ancestor) out.push(ancestor);
    }
    return out;
  };

  const isAssessment = (passage: Passage) =>
    [passage, ...ancestorsOf(passage)].some((p) => ASSESSMENT.test(foldKeepingOffsets(p.text))) ||
    passage.headings.some((h) => ASSESSMENT.test(foldKeepingOffsets(strippedHeading(h))));

  const inheritedParties = (passage: Passage): string[] => {
    for (const ancestor of ancestorsOf(passage)) {
      if (!ancestor.text.trimEnd().endsWith(":")) continue;
      const span = splitSentences(ancestor.text)
        .map((s) => findParties(s))
        .find(Boolean);
      if (span) return span.parties;
    }
    for (const heading of [...passage.headings].reverse()) {
      const parties = partiesOfHeading(heading);
      if (parties) return parties;
    }
    return fallback;
  };

  const obligations: Obligation[] = [];
  for (const passage of passages) {
    if (passage.path === "kg" || passage.path.startsWith("md")) continue;
    if (passage.path.startsWith("kt") && !CLOSING_CUE.test(foldKeepingOffsets(passage.text))) continue;
    if (isAssessment(passage)) continue;
    const introducesList = passage.text.trimEnd().endsWith(":");
    const sentences = splitSentences(passage.text).map((text) => readSentence(text, context));
    const passageParties = sentences.find((s) => s.parties)?.parties;
    for (const group of groupByDeadline(sentences, context, introducesList)) {
      const own = group.sentences.find((s) => s.parties)?.parties;
      const text = group.sentences.map((s) => s.text).join(" ");
      obligations.push({
        id: `${passage.id}/${createHash("sha256").update(text).digest("hex").slice(0, 6)}`,
        documentId: meta.id,
        passageId: passage.id,
        section: passage.section,
        responsible: own ?? passageParties ?? inheritedParties(passage),
        action: group.sentences.map((s) => s.action).join(" "),
        deadline: group.deadline,
        sourceText: passage.text,
      });
    }
  }
  return obligations;
}

interface ReadSentence {
  text: string;
  parties: string[] | null;
  action: string;
  /** The sentence's own dated or recurring deadline, if any. */
  deadline: Deadline | null;
}

function readSentence(text: string, context: DeadlineContext): ReadSentence {
  const phrases = findDeadlinePhrases(text, context);
  const leading = leadingDeadlineEnd(phrases);
  const span = findParties(text, { skip: leading });
  const dated = phrases.some((p) => DATED_KINDS.has(p.kind) || p.recurrence !== null);
  return {
    text,
    parties: span?.parties ?? null,
    action: span ? text.slice(span.end).replace(/^[\s,]+/, "") : text,
    deadline: dated ? deadlineOf(text, context) : null,
  };
}

/** Where deadline phrases that open a sentence end ("Trước ngày 31/12/2024 và hàng năm, …"), else 0. */
function leadingDeadlineEnd(phrases: readonly { start: number; end: number }[]): number {
  let end = 0;
  for (const phrase of phrases) {
    if (phrase.start > end + 4) break;
    end = Math.max(end, phrase.end);
  }
  return end;
}

/** One group per distinct dated deadline, then one for the remaining sentences (not for a list's lead-in). */
function groupByDeadline(sentences: ReadSentence[], context: DeadlineContext, introducesList: boolean) {
  const groups = new Map<string, { sentences: ReadSentence[]; deadline: Deadline }>();
  const rest: ReadSentence[] = [];
  for (const sentence of sentences) {
    if (!sentence.deadline) {
      rest.push(sentence);
      continue;
    }
    const { kind, due, recurrence } = sentence.deadline;
    const key = `${kind}|${due}|${recurrence}`;
    const group = groups.get(key);
    if (group) group.sentences.push(sentence);
    else groups.set(key, { sentences: [sentence], deadline: sentence.deadline });
  }
  const out = [...groups.values()];
  if (rest.length > 0 && !introducesList)
    out.push({ sentences: rest, deadline: deadlineOf(rest.map((s) => s.text).join(" "), context) });
  const order = (g: { sentences: ReadSentence[] }) => sentences.indexOf(g.sentences[0] as ReadSentence);
  return out.sort((a, b) => order(a) - order(b));
}

/** Parties for passages that name none: the opening's addressees, the implementing paragraph, the recipients. */
function fallbackParties(passages: readonly Passage[], meta: DocumentMeta): string[] {
  for (const passage of passages.filter((p) => p.path.startsWith("md"))) {
    const span = findParties(passage.text, { cuesOnly: true });
    if (span) return span.parties;
  }
  for (const passage of passages.filter((p) => p.path.startsWith("kt"))) {
    const span = findParties(passage.text);
    if (span) return span.parties;
  }
  return meta.recipients;
}
