import type { IncomingMessage } from "node:http";
import busboy from "busboy";
import { InputError } from "../../errors.ts";

/** Reads a request body up to `maxBytes`; larger bodies are refused, not truncated. */
export async function readBody(req: IncomingMessage, maxBytes = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new InputError("request body too large", "Dữ liệu gửi lên quá lớn.");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readBody(req, 64 * 1024)).toString("utf8"));
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse((await readBody(req, 64 * 1024)).toString("utf8"));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("invalid JSON body", "Dữ liệu gửi lên không hợp lệ.");
  }
}

export interface Upload {
  fields: Record<string, string>;
  file: { name: string; bytes: Buffer } | null;
}

/**
 * A multipart form with at most one file, size-capped while streaming (busboy). What the file *is* is decided
 * later from its content, not from its name or declared type.
 */
export function readUpload(req: IncomingMessage, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        limits: { fileSize: maxBytes, files: 1, fields: 20 },
      });
    } catch {
      reject(new InputError("not a multipart form", "Biểu mẫu tải lên không hợp lệ."));
      return;
    }
    const fields: Record<string, string> = {};
    let file: Upload["file"] = null;
    let tooLarge = false;
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (_name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        tooLarge = true;
      });
      stream.on("close", () => {
        file = { name: info.filename ?? "", bytes: Buffer.concat(chunks) };
      });
    });
    parser.on("error", () => reject(new InputError("bad multipart body", "Tải lên bị lỗi, hãy thử lại.")));
    parser.on("close", () => {
      if (tooLarge)
        reject(
          new InputError("upload too large", `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1048576)} MB).`),
        );
      else resolve({ fields, file });
    });
    req.pipe(parser);
  });
}
