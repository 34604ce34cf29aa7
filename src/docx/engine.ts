/**
 * The Word engine as the add-on loads it: docx and its zip behind one function. Exports functions only,
 * so the add-on's build can load it on first use, as it does the PDF engine (scripts/build-gas.mjs).
 */
import type { ReportDocument } from "../core/document";
import { renderDocx } from "./render";

/** The report's .docx bytes. */
export function renderReportDocx(document: ReportDocument): Uint8Array {
  return renderDocx(document);
}
