/**
 * Signed copies in the report folder: the PDF the leader signed (ký số), put there by the sidebar's upload
 * or by hand. A period's signed copy is a PDF whose name begins with the report's base name
 * (`BC-PAPI-2020-Y-BQLKCN…`) and which holds a signature; the newest one decides what "Gửi báo cáo" sends.
 * The check itself is the core's (src/core/signature.ts); its digest is Utilities.computeDigest here.
 */
import { reportBaseName } from "../core/export";
import type { Period } from "../core/periods";
import type { Settings } from "../core/plan";
import {
  checkSignatures,
  type Digest,
  type DigestAlgorithm,
  hex,
  isCopyOf,
  type PdfSignature,
  type SignatureCheck,
} from "../core/signature";

export const PDF_TYPE = "application/pdf";

export interface SignedCopy {
  file: GoogleAppsScript.Drive.File;
  name: string;
  url: string;
  bytes: Uint8Array;
  check: Extract<SignatureCheck, { pdf: true }>;
  /** The last signature: the one that must hold. */
  last: PdfSignature;
}

/** Utilities.computeDigest over the parts as one message (it takes Java's signed bytes). */
export const gasDigest: Digest = (algorithm, parts) => {
  let total = 0;
  for (const part of parts) total += part.length;
  const signed = new Array<number>(total);
  let k = 0;
  for (const part of parts)
    for (let i = 0; i < part.length; i++) {
      const b = part[i] ?? 0;
      signed[k++] = b > 127 ? b - 256 : b;
    }
  return unsigned(Utilities.computeDigest(digestEnum(algorithm), signed));
};

function digestEnum(algorithm: DigestAlgorithm): GoogleAppsScript.Utilities.DigestAlgorithm {
  const d = Utilities.DigestAlgorithm;
  return { MD5: d.MD5, "SHA-1": d.SHA_1, "SHA-256": d.SHA_256, "SHA-384": d.SHA_384, "SHA-512": d.SHA_512 }[
    algorithm
  ];
}

/** Java's signed bytes as bytes. */
export function unsigned(bytes: number[]): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes[i] ?? 0) & 0xff;
  return out;
}

/** The SHA-256 of the bytes a mail carries, for `Nhật ký`. */
export function sha256Of(blob: GoogleAppsScript.Base.Blob): string {
  return hex(unsigned(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, blob.getBytes())));
}

/** The base name every file of the period's report begins with. */
export function baseNameOf(settings: Settings, period: Pick<Period, "year" | "kind">): string {
  return reportBaseName(period, settings.agencyCode);
}

/**
 * The newest PDF of the period in the report folder that holds a signature (intact or not), or null.
 * Unsigned PDFs (the drafts "Xuất PDF" files there) are passed over; newest is Drive's last update.
 */
export function newestSignedCopy(
  folder: GoogleAppsScript.Drive.Folder,
  settings: Settings,
  period: Pick<Period, "year" | "kind">,
): SignedCopy | null {
  const base = baseNameOf(settings, period);
  const candidates: { file: GoogleAppsScript.Drive.File; name: string; updated: number }[] = [];
  const files = folder.getFilesByType(PDF_TYPE);
  while (files.hasNext()) {
    const file = files.next();
    const name = file.getName();
    if (isCopyOf(name, base)) candidates.push({ file, name, updated: file.getLastUpdated().getTime() });
  }
  candidates.sort((a, b) => b.updated - a.updated || (a.name < b.name ? 1 : -1));
  for (const { file, name } of candidates) {
    const copy = readCopy(file, name);
    if (copy) return copy;
  }
  return null;
}

/** The file's signatures, or null when it holds none (or is no PDF). */
export function readCopy(file: GoogleAppsScript.Drive.File, name = file.getName()): SignedCopy | null {
  const bytes = unsigned(file.getBlob().getBytes());
  const check = checkSignatures(bytes, gasDigest);
  const last = check.pdf ? check.signatures[check.signatures.length - 1] : undefined;
  if (!check.pdf || !last) return null;
  return { file, name, url: file.getUrl(), bytes, check, last };
}
