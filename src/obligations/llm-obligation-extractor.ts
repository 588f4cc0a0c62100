import { createHash } from "node:crypto";
import type { PromptTemplate } from "@langchain/core/prompts";
import { z } from "zod";
import type { DocumentMeta, Passage } from "../corpus/types.ts";
import type { ChatModel } from "../language/chat-model.ts";
import { passageBlocks } from "../language/prompt-library.ts";
import { deadlineOf } from "./deadline-grammar.ts";
import type { EventCalendar } from "./events-calendar.ts";
import type { Obligation } from "./obligation.ts";
import { extractObligations } from "./obligation-extractor.ts";

/** The model's JSON, parsed tolerantly: extra fields are ignored, a missing deadline is "". */
const proposalsSchema = z.looseObject({
  obligations: z.array(
    z.looseObject({
      passage: z.coerce.number().int(),
      responsible: z.array(z.string().min(1)).min(1),
      action: z.string().min(1),
      quote: z.string().min(1),
      deadline: z.string().optional().default(""),
    }),
  ),
});

export interface Proposals {
  obligations: Obligation[];
  /** Proposals that failed a check, with the reason (in English, for logs and the CLI). */
  rejected: { passage: number; reason: string }[];
  /** True when nothing usable came back and the rule-based result was returned instead. */
  fellBack: boolean;
}

const flat = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * LLM-assisted extraction (`troly obligations --llm`): the model proposes obligations as JSON; each proposal must
 * quote its passage verbatim, name parties that appear in the document, and give a deadline phrase that occurs in
 * the passage (normalised by our own grammar, never by the model). Anything else is rejected; if nothing survives,
 * or the model fails, the rule-based result is returned.
 *
 * @example
 * const { obligations, rejected } = await proposeObligations(document, model, template);
 */
export async function proposeObligations(
  document: { meta: DocumentMeta; passages: readonly Passage[] },
  model: ChatModel,
  template: PromptTemplate,
  options: { events?: EventCalendar } = {},
): Promise<Proposals> {
  const { meta, passages } = document;
  const fallback = (): Proposals => ({
    obligations: extractObligations(document, options),
    rejected: [],
    fellBack: true,
  });
  const blocks = passageBlocks(
    passages.map((p, i) => ({ n: i + 1, title: meta.title, section: p.section, text: p.text })),
  );
  let parsed: z.infer<typeof proposalsSchema>;
  try {
    const reply = await model.complete(
      [{ role: "user", content: await template.format({ passages: blocks }) }],
      {
        maxTokens: 2000,
      },
    );
    const json = reply.slice(reply.indexOf("{"), reply.lastIndexOf("}") + 1);
    parsed = proposalsSchema.parse(JSON.parse(json));
  } catch {
    return fallback();
  }
  const documentText = flat(passages.map((p) => p.text).join(" "));
  const context = { documentDate: meta.issuedDate || meta.meetingDate || null, events: options.events };
  const obligations: Obligation[] = [];
  const rejected: Proposals["rejected"] = [];
  for (const p of parsed.obligations) {
    const passage = passages[p.passage - 1];
    const reject = (reason: string) => rejected.push({ passage: p.passage, reason });
    if (!passage) {
      reject(`passage ${p.passage} does not exist`);
      continue;
    }
    const text = flat(passage.text);
    if (!text.includes(flat(p.quote))) {
      reject("quote is not verbatim in the passage");
      continue;
    }
    const unknown = p.responsible.find(
      (party) => !documentText.toLowerCase().includes(flat(party).toLowerCase()),
    );
    if (unknown) {
      reject(`party "${unknown}" does not occur in the document`);
      continue;
    }
    if (p.deadline && !text.includes(flat(p.deadline))) {
      reject("deadline phrase is not in the passage");
      continue;
    }
    const deadline = p.deadline ? deadlineOf(p.deadline, context) : deadlineOf(p.quote, context);
    obligations.push({
      id: `${passage.id}/llm-${createHash("sha256").update(p.quote).digest("hex").slice(0, 6)}`,
      documentId: meta.id,
      passageId: passage.id,
      section: passage.section,
      responsible: p.responsible,
      action: p.action,
      deadline,
      sourceText: passage.text,
    });
  }
  return obligations.length > 0 ? { obligations, rejected, fellBack: false } : { ...fallback(), rejected };
}
