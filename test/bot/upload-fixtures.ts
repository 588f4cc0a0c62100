import { cpSync, readdirSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";
import { CORPUS, tempDir } from "../helpers.ts";

/**
 * A minimal text-layer PDF (Helvetica, WinAnsi: ASCII text only), one line of text per entry, as a scanner's
 * "searchable PDF" or a word processor's export would carry it.
 */
export function pdfOf(lines: string[]): Buffer {
  const ops = lines
    .map((line, i) => `BT /F1 12 Tf 72 ${760 - 16 * i} Td (${line.replace(/[\\()]/g, "\\$&")}) Tj ET\n`)
    .join("");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
    `<< /Length ${Buffer.byteLength(ops, "latin1")} >>\nstream\n${ops}endstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A PDF cut off after its header: what a broken download or a damaged file looks like. */
export const CORRUPT_PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R", "latin1");

/** A valid white PNG (8-bit greyscale) of `width`×`height`: a photo with no text on it. */
export function blankPng(width = 200, height = 120): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  // Each row: filter byte 0, then white pixels.
  const rows = Buffer.alloc((width + 1) * height, 0xff);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A copy of the seed corpus in a temporary folder, so a test's uploads never touch the repository's corpus. */
export function corpusCopy(): string {
  const dir = tempDir("troly-upload-corpus-");
  cpSync(CORPUS, dir, { recursive: true });
  return dir;
}

export const corpusFiles = (dir: string) => readdirSync(dir).sort();

/** A notice with a number, a date, a province and two obligations, as an office would send it (.docx lines). */
export const NOTICE_LINES = [
  "TỈNH ỦY LẠNG SƠN",
  "BAN TỔ CHỨC",
  "Số 77-TB/BTCTU",
  "Lạng Sơn, ngày 05 tháng 3 năm 2026",
  "THÔNG BÁO KẾT LUẬN",
  "về mô hình chi bộ số",
  "Ngày 05/3/2026, Thường trực Tỉnh ủy nghe Ban Tổ chức Tỉnh ủy báo cáo và kết luận như sau:",
  "1. Ban Tổ chức Tỉnh ủy chủ trì tổng kết mô hình chi bộ số ở các xã biên giới, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/6/2026.",
  "2. Các huyện ủy, thành ủy nhân rộng sổ tay đảng viên điện tử trong quý III/2026.",
];
