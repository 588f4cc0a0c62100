/**
 * A minimal image-only PDF writer: one JPEG per page, drawn over the whole page, no text layer. That is exactly
 * what a scanner produces, and small enough to write by hand (a catalog, a page tree, one image per page).
 */

export interface JpegPage {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

/**
 * Writes the pages as a PDF whose page size follows the image size at `dpi`.
 *
 * @example
 * const pdf = imagesToPdf([{ jpeg, width: 1240, height: 1754 }], 150); // an A4 page at 150 dpi
 */
export function imagesToPdf(pages: JpegPage[], dpi: number): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (part: string | Uint8Array) => {
    const buffer = typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part);
    chunks.push(buffer);
    length += buffer.length;
  };
  const object = (id: number, body: string | (string | Uint8Array)[]) => {
    offsets[id] = length;
    write(`${id} 0 obj\n`);
    for (const part of Array.isArray(body) ? body : [body]) write(part);
    write("\nendobj\n");
  };
  write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  const pageIds = pages.map((_, i) => 3 + 3 * i);
  object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  object(
    2,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`,
  );
  pages.forEach((page, i) => {
    const [pageId, imageId, contentId] = [pageIds[i], pageIds[i] + 1, pageIds[i] + 2];
    const w = ((page.width * 72) / dpi).toFixed(2);
    const h = ((page.height * 72) / dpi).toFixed(2);
    object(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    object(imageId, [
      `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB ` +
        `/BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
      page.jpeg,
      "\nendstream",
    ]);
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(contentId, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  });
  const xref = length;
  const count = 3 + 3 * pages.length;
  write(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) write(`${String(offsets[id]).padStart(10, "0")} 00000 n \n`);
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}
