/** The command's PDF: the shared renderer (src/pdf, the same the add-on runs) with the fonts built into the bundle. */
import type { ReportDocument } from "../core/document";
import { reportFonts } from "../pdf/fonts";
import { renderPdf as render } from "../pdf/render";

export function renderPdf(doc: ReportDocument): Uint8Array {
  return render(doc, reportFonts());
}
