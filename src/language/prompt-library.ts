import { readFileSync } from "node:fs";
import path from "node:path";
import { PromptTemplate } from "@langchain/core/prompts";

/** The prompts in `prompts/`, filled with @langchain/core templates so wording lives in files, not in code. */
export interface PromptLibrary {
  system: string;
  answer: PromptTemplate;
  repair: PromptTemplate;
  rewrite: PromptTemplate;
  /** LLM-assisted obligation extraction (`troly obligations --llm`). */
  obligations: PromptTemplate;
}

/**
 * Loads the prompt files once. Retrieved passages are inserted as delimited, numbered data blocks (`passageBlocks`).
 *
 * @example
 * const prompts = loadPrompts("prompts"); await prompts.answer.format({ passages, question })
 */
export function loadPrompts(dir: string): PromptLibrary {
  const read = (name: string) => readFileSync(path.join(dir, name), "utf8").trim();
  return {
    system: read("system.md"),
    answer: PromptTemplate.fromTemplate(read("answer.md")),
    repair: PromptTemplate.fromTemplate(read("repair.md")),
    rewrite: PromptTemplate.fromTemplate(read("rewrite.md")),
    obligations: PromptTemplate.fromTemplate(read("obligations.md")),
  };
}

/** A passage cannot fake the end of its block: the delimiters inside its text are defused. */
const defuse = (text: string) => text.replace(/<<</g, "‹‹‹").replace(/>>>/g, "›››");

/** Numbered blocks the model cites by number; the text is a value filled in, never parsed as a template. */
export function passageBlocks(
  passages: { n: number; title: string; section: string; text: string }[],
): string {
  return passages
    .map(
      (p) =>
        `<<<NGUỒN [${p.n}]\nVăn bản: ${defuse(p.title)}\nMục: ${p.section}\nNội dung: ${defuse(p.text)}\nHẾT NGUỒN [${p.n}]>>>`,
    )
    .join("\n\n");
}
