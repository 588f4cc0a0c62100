import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbedder, ingestCorpus } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { HashedNgramEmbeddings } from "../../src/search/hashed-ngram-embeddings.ts";
import { PassageIndex } from "../../src/search/passage-index.ts";
import { CORPUS, tempDir } from "../helpers.ts";

/**
 * An OpenAI-compatible /v1/embeddings endpoint on loopback. It answers with the hashed n-gram vectors, so
 * similar texts get similar vectors the way a real model's would, and counts the texts it embedded.
 */
class FakeEmbeddingsServer {
  embedded = 0;
  private server: Server | null = null;
  private readonly model = new HashedNgramEmbeddings({ dimensions: 64 });

  get baseURL(): string {
    if (!this.server) throw new Error("start() the fake server first");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (req.method !== "POST" || !req.url?.endsWith("/embeddings")) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        input: string | string[];
        encoding_format?: string;
      };
      const { input } = body;
      const texts = Array.isArray(input) ? input : [input];
      this.embedded += texts.length;
      const vectors = await this.model.embedDocuments(texts);
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          object: "list",
          model: "fake-embed",
          // The openai client asks for base64 (little-endian float32) unless told otherwise, as real servers give.
          data: vectors.map((v, index) => ({
            object: "embedding",
            index,
            embedding:
              body.encoding_format === "base64"
                ? Buffer.from(Float32Array.from(v).buffer).toString("base64")
                : v,
          })),
          usage: { prompt_tokens: 0, total_tokens: 0 },
        }),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe("vector channel", () => {
  let fake: FakeEmbeddingsServer;
  beforeAll(async () => {
    fake = await new FakeEmbeddingsServer().start();
  });
  afterAll(() => fake.stop());

  it("is off without EMBEDDINGS_MODEL: nothing is embedded and no HNSW file is written", async () => {
    expect(createEmbedder(loadConfig({}))).toBeNull();
    const dataDir = tempDir();
    const db = openDatabase(path.join(dataDir, "troly.db"));
    const index = await PassageIndex.open(db, dataDir, createEmbedder(loadConfig({})));
    await ingestCorpus(index, CORPUS);
    expect(existsSync(path.join(dataDir, "vectors.hnsw"))).toBe(false);
    const stored = db.$client
      .prepare("select count(*) as n from passages where vector is not null")
      .get() as {
      n: number;
    };
    expect(stored.n).toBe(0);
    const [top] = await index.search("hạn rà soát bổ sung quy hoạch cán bộ trẻ", 3);
    expect(top.vector).toBe(0);
    expect(top.lexical).toBeGreaterThan(0);
    db.$client.close();
  });

  it("with a neural EMBEDDINGS_MODEL embeds, builds and reuses HNSW, and fuses its hits", async () => {
    const env = { EMBEDDINGS_MODEL: "fake-embed", OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: "test" };
    const spec = createEmbedder(loadConfig(env));
    expect(spec?.id).toContain("fake-embed");
    const dataDir = tempDir();
    const db = openDatabase(path.join(dataDir, "troly.db"));
    const index = await PassageIndex.open(db, dataDir, spec);
    await ingestCorpus(index, CORPUS);
    expect(fake.embedded).toBe(index.passages.length);
    expect(existsSync(path.join(dataDir, "vectors.hnsw"))).toBe(true);
    const hits = await index.search("hạn rà soát bổ sung quy hoạch cán bộ trẻ", 3);
    expect(hits.map((h) => h.passage.id)).toContain("hy-kl-can-bo-tre-2024#2.2-y1");
    const fused = await index.search("hạn rà soát bổ sung quy hoạch cán bộ trẻ", 10);
    expect(fused.some((h) => h.vector > 0)).toBe(true);
    db.$client.close();

    // A restart reuses the stored vectors and the HNSW file: only the query is embedded.
    const before = fake.embedded;
    const db2 = openDatabase(path.join(dataDir, "troly.db"));
    const reopened = await PassageIndex.open(db2, dataDir, createEmbedder(loadConfig(env)));
    expect(fake.embedded).toBe(before);
    const again = await reopened.search("hạn rà soát bổ sung quy hoạch cán bộ trẻ", 3);
    expect(again.map((h) => h.passage.id)).toEqual(hits.map((h) => h.passage.id));
    expect(fake.embedded).toBe(before + 1);
    db2.$client.close();
  });

  it("switching from the offline default to a model embeds the stored passages once", async () => {
    const dataDir = tempDir();
    const db = openDatabase(path.join(dataDir, "troly.db"));
    const offline = await PassageIndex.open(db, dataDir, createEmbedder(loadConfig({})));
    await ingestCorpus(offline, CORPUS);
    const before = fake.embedded;
    const env = { EMBEDDINGS_MODEL: "fake-embed", OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: "test" };
    const neural = await PassageIndex.open(db, dataDir, createEmbedder(loadConfig(env)));
    expect(fake.embedded - before).toBe(neural.passages.length);
    expect(existsSync(path.join(dataDir, "vectors.hnsw"))).toBe(true);
    db.$client.close();
  });
});
