/**
 * Signing a PDF in a test, as a leader's signing tool would (ký số): a certificate made here with
 * node-forge (no key is committed), a placeholder added by @signpdf/placeholder-plain, the CMS
 * SignedData made by @signpdf/signer-p12. pdfkit writes a classic cross-reference table, which
 * placeholder-plain reads as is; signing a signed file again appends an incremental update, as a second
 * signature (the agency's, after the leader's) does.
 */
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { P12Signer } from "@signpdf/signer-p12";
import signpdf from "@signpdf/signpdf";
import forge from "node-forge";
import { dayOf } from "../../src/core/day";
import { prepareReport } from "../../src/core/engine";
import { renderPdf } from "../../src/node/pdf";
import { sampleWorkbook } from "../../src/sample/sample";

export interface Signer {
  name: string;
  p12: Buffer;
}

const PASSPHRASE = "thu-nghiem";

/** A self-signed certificate and its key as a .p12, the CN in UTF-8 (as Vietnamese CAs issue them). */
export function makeSigner(name: string): Signer {
  // 1024 bits keep the test quick; the key's strength is not what is tested.
  const keys = forge.pki.rsa.generateKeyPair(1024);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = String(10 + Math.floor(Math.random() * 80));
  cert.validity.notBefore = new Date(Date.UTC(2020, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2030, 0, 1));
  const subject = [
    { shortName: "C", value: "VN" },
    { shortName: "O", value: "BQLKCN" },
    // forge encodes a UTF8-tagged value itself (the other values go as they are, one byte a character).
    { shortName: "CN", value: name, valueTagClass: forge.asn1.Type.UTF8 },
  ];
  cert.setSubject(subject as forge.pki.CertificateField[]);
  cert.setIssuer([{ shortName: "CN", value: "CA thu nghiem" }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], PASSPHRASE, { algorithm: "3des" });
  return { name, p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary") };
}

/** The PDF signed by `signer` (a signed PDF gets a second signature in an incremental update). */
export async function signPdf(pdf: Uint8Array, signer: Signer, signingTime?: Date): Promise<Uint8Array> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: "Ký số báo cáo",
    contactInfo: "",
    name: signer.name,
    location: "Việt Nam",
    signingTime,
  });
  const signed = await signpdf.sign(
    withPlaceholder,
    new P12Signer(signer.p12, { passphrase: PASSPHRASE }),
    signingTime,
  );
  return new Uint8Array(signed);
}

let draft: Uint8Array | undefined;

/** The example's Q1 report as the tool renders it: the unsigned draft. */
export function examplePdf(): Uint8Array {
  draft ??= renderPdf(prepareReport(sampleWorkbook(), "2020-Q1", dayOf(2020, 3, 16)).document);
  return draft;
}

/** Node's digest, as the command injects it. */
export { nodeDigest } from "../../src/node/digest";

/** The file with one byte changed at `at` (a digit for a digit, so the PDF still parses). */
export function withByteChanged(bytes: Uint8Array, at: number): Uint8Array {
  const out = new Uint8Array(bytes);
  out[at] = (out[at] ?? 0) === 0x30 ? 0x31 : 0x30;
  return out;
}

/**
 * An unsigned incremental update after the last signature: a new Info dictionary with another title,
 * as a PDF editor saving a change would append.
 */
export function withUnsignedUpdate(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const size = Math.max(...[...text.matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1])));
  const root = [...text.matchAll(/\/Root\s+(\d+ \d+ R)/g)].pop()?.[1];
  const object = `\n${size} 0 obj\n<< /Title (Da sua sau khi ky) >>\nendobj\n`;
  const at = bytes.length + 1;
  const xrefAt = bytes.length + object.length;
  const tail =
    `xref\n${size} 1\n${String(at).padStart(10, "0")} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(bytes), Buffer.from(object + tail, "latin1")]));
}

/** The signature's /Contents replaced by hex that is not a SignedData (same length, so offsets hold). */
export function withGarbageContents(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  const m = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)/.exec(text);
  if (!m) throw new Error("no signature to spoil");
  const start = Number(m[1]) + 1;
  const end = Number(m[2]) - 1;
  const out = new Uint8Array(bytes);
  const garbage = Buffer.from(
    "30820102DEADBEEF".repeat(Math.ceil((end - start) / 16)).slice(0, end - start),
    "latin1",
  );
  out.set(garbage, start);
  return out;
}

/** Where the first signed range holds a digit of the page content to change (inside the signed bytes). */
export function signedDigitAt(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString("latin1");
  const m = /\/MediaBox\s*\[\s*0\s+0\s+(\d)/.exec(text);
  if (!m) throw new Error("no MediaBox");
  return m.index + m[0].length - 1;
}
