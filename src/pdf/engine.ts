/**
 * The PDF engine as the add-on loads it: pdfkit, fontkit, their Unicode tables and the report's fonts
 * behind one function. In the Apps Script bundle this module is a lazily-loaded engine
 * (scripts/lazy-engines.mjs): nothing of it is evaluated until a PDF is made, so an onOpen or onEdit
 * never pays for it. Exports functions only (each becomes a stub that loads the engine on first call).
 */
import type { ReportDocument } from "../core/document";
import { reportFonts } from "./fonts";
import { renderPdf } from "./render";

/** The report's PDF bytes, with the fonts built into the bundle. */
export function renderReportPdf(document: ReportDocument): Uint8Array {
  return renderPdf(document, reportFonts());
}
