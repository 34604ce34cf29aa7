// Stands in for brotli in the Apps Script bundle: the report's fonts are TrueType, never WOFF2.
export default function decompress() {
  throw new Error("WOFF2 fonts are not supported in the Apps Script bundle");
}
