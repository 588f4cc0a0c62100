import { uploadTooLarge } from "../bot/read-upload.ts";
import { InputError } from "../errors.ts";

export interface FetchFileOptions {
  maxBytes: number;
  /** "Telegram", "Zalo": named in the user's message. */
  source: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const failed = (source: string, reason: string) =>
  new InputError(
    `${source} file download failed: ${reason}`,
    `Không tải được tệp từ ${source}. Anh/chị hãy gửi lại tệp sau ít phút.`,
  );

/**
 * Downloads a file a user sent, at most `maxBytes`: a larger Content-Length is refused before the body is read,
 * and the body is read in chunks and abandoned as soon as it passes the limit. Errors are InputErrors whose
 * messages never quote the URL (a Telegram file URL carries the bot token).
 *
 * @example
 * const bytes = await fetchFile(url, { maxBytes: 10 * 1024 * 1024, source: "Zalo" });
 */
export async function fetchFile(url: string, options: FetchFileOptions): Promise<Uint8Array> {
  const { maxBytes, source } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) });
  } catch (error) {
    throw failed(source, error instanceof Error ? error.name : "network error");
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw failed(source, `HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw uploadTooLarge(declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.length;
      if (total > maxBytes) throw uploadTooLarge(total, maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failed(source, error instanceof Error ? error.name : "read error");
  }
  return Buffer.concat(chunks);
}
