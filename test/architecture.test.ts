import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const SRC = path.join(ROOT, "src");

/** The top-level folder of a file under src/ ("answer", "corpus"…), or "" for the files at the root. */
const folderOf = (file: string) => {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? (parts[0] as string) : "";
};

/** Folder → folders it imports from (relative imports only; the root files app.ts, service.ts sit on top). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  for (const rel of files) {
    const file = path.join(SRC, rel);
    const from = folderOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const m of readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
      const to = folderOf(path.resolve(path.dirname(file), m[1] as string));
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle found by depth-first search, as "a → b → a". */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) found.add([...trail.slice(at), next].join(" → "));
      else visit(next, [...trail, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return [...found];
}

describe("architecture", () => {
  it("has no dependency cycle between the folders of src/", () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it("keeps the core (corpus, search, language) free of channels, bot, server and cli", () => {
    const graph = folderGraph();
    for (const core of ["corpus", "search", "language"]) {
      const outward = [...(graph.get(core) ?? [])].filter((f) =>
        ["channels", "bot", "server", "cli"].includes(f),
      );
      expect(outward, core).toEqual([]);
    }
  });
});
