/** The signed-copy check's digest (src/core/signature.ts), by Node's crypto. */
import { createHash } from "node:crypto";
import type { Digest } from "../core/signature";

export const nodeDigest: Digest = (algorithm, parts) => {
  const hash = createHash(algorithm.replace("-", "").toLowerCase());
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
};
