import { readFileSync } from "node:fs";
import path from "node:path";
import { ChatHistory } from "../../src/answer/chat-history.ts";
import { ConclusionAnswerer } from "../../src/answer/conclusion-answerer.ts";
import { ExtractiveAnswerer } from "../../src/answer/extractive-answerer.ts";
import { ObligationAnswerer } from "../../src/answer/obligation-answerer.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { refreshObligations } from "../../src/obligations/refresh-obligations.ts";
import { HashedNgramEmbeddings } from "../../src/search/hashed-ngram-embeddings.ts";
import { PassageIndex } from "../../src/search/passage-index.ts";
import { ROOT, tempDir } from "../helpers.ts";

export const DEV_DOCS = path.join(ROOT, "..", "shared", "dev-corpus", "docs");

/**
 * The answerers over the given files (seed files and real documents of the dev corpus), parsed and indexed as the
 * app does, in a fresh data folder. Obligations are read only with `obligations` (questions of who must do what).
 */
export async function answerersOver(
  files: readonly string[],
  options: { obligations?: boolean; lexicalOnly?: boolean } = {},
) {
  const dataDir = tempDir("troly-answer-");
  const db = openDatabase(path.join(dataDir, "troly.db"));
  const embedder = new HashedNgramEmbeddings();
  // `lexicalOnly`: BM25 alone, as the app runs with no embeddings model configured.
  const spec = options.lexicalOnly
    ? null
    : { embedder, id: `hashed-ngram:${embedder.dimensions}`, fusionWeight: 0.1 };
  const index = await PassageIndex.open(db, dataDir, spec);
  await index.ingest(files.map((file) => parseDocument(readFileSync(file, "utf8"), path.basename(file))));
  if (options.obligations) refreshObligations(db, { defaultProvince: "" });
  const extractive = new ExtractiveAnswerer(index);
  const history = new ChatHistory(db);
  const answerer = new ConclusionAnswerer(extractive, new ObligationAnswerer(db, index), { history });
  return { index, extractive, answerer };
}

/**
 * The answerers over documents of the dev corpus, by id.
 *
 * @example
 * const { answerer } = await devAnswerers(["12-2012-q-ubnd", "6154-2011-qd-ubnd-hn"]);
 */
export const devAnswerers = (
  ids: readonly string[],
  options: { obligations?: boolean; lexicalOnly?: boolean } = {},
) =>
  answerersOver(
    ids.map((id) => path.join(DEV_DOCS, `${id}.md`)),
    options,
  );
