/** Generating, exporting and sending hold the document lock, so two users never half-write a report. */
import { UserError } from "./errors";
import { retryOnce } from "./retry";

export const LOCK_WAIT_MS = 10_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    throw new UserError(
      "Một người khác đang tạo, xuất hoặc gửi báo cáo trên bảng tính này. Vui lòng đợi ít phút rồi thử lại.",
    );
  try {
    return work();
  } finally {
    retryOnce(() => lock.releaseLock());
  }
}
