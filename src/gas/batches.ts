/**
 * The requests that build a report, cut into Sheets API batches of at most `budget` bytes each, in
 * their order. Google recommends a 2 MB payload (Sheets API, "Usage limits") and callers report
 * requests above 10,485,760 bytes refused outright, while the text of a 10,000-task report alone is
 * about 7 MB. The requests that swap the report in (show the new sheets, delete the old ones, log)
 * always travel together in the last batch, so the old report is replaced in one atomic step
 * however many batches it took to build the new one.
 */
type Request = GoogleAppsScript.Sheets.Schema.Request;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;

/** Google's recommended largest payload for one request, kept a little under 2 MiB. */
export const BATCH_BYTES = 2_000_000;
/** `{"requests":[` and `]}` around the requests. */
const ENVELOPE = 15;

export function packBatches(build: Request[], swap: Request[], budget = BATCH_BYTES): Request[][] {
  const packer = new Packer(budget);
  for (const request of build) packer.add(request);
  packer.addTogether(swap);
  return packer.finish();
}

/** Fills batches in order; an updateCells too large for the room left is cut between its rows. */
class Packer {
  private readonly batches: Request[][] = [];
  private batch: Request[] = [];
  private size = ENVELOPE;

  constructor(private readonly budget: number) {}

  add(request: Request): void {
    const bytes = bytesOf(request);
    if (bytes > this.room() && request.updateCells?.rows && request.updateCells.start)
      this.addByRows(request);
    else this.place([request], bytes);
  }

  addTogether(requests: Request[]): void {
    this.place(
      requests,
      requests.reduce((sum, r) => sum + bytesOf(r), requests.length - 1),
    );
  }

  finish(): Request[][] {
    if (this.batch.length > 0) this.closeBatch();
    return this.batches;
  }

  /** Bytes the open batch can still take for one more request. */
  private room(): number {
    return this.budget - this.size - (this.batch.length > 0 ? 1 : 0);
  }

  /** Into the open batch if they fit, else into a new one (alone if larger than a batch). */
  private place(requests: Request[], bytes: number): void {
    if (this.batch.length > 0 && bytes > this.room()) this.closeBatch();
    this.size += (this.batch.length > 0 ? 1 : 0) + bytes;
    this.batch.push(...requests);
  }

  private closeBatch(): void {
    this.batches.push(this.batch);
    this.batch = [];
    this.size = ENVELOPE;
  }

  /** Runs of the request's rows, each as large as the room left allows (a single row is never cut). */
  private addByRows(request: Request): void {
    const cells = request.updateCells ?? {};
    const start = cells.start ?? {};
    const piece = (rowIndex: number, rows: RowData[]): Request => ({
      updateCells: { ...cells, start: { ...start, rowIndex }, rows },
    });
    // The request without rows, with room for any row index.
    const fixed = bytesOf(piece(Number.MAX_SAFE_INTEGER, []));
    let rowIndex = start.rowIndex ?? 0;
    let slice: RowData[] = [];
    let bytes = fixed;
    for (const row of cells.rows ?? []) {
      const rowBytes = bytesOf(row);
      if (bytes + 1 + rowBytes > this.room() && (slice.length > 0 || this.batch.length > 0)) {
        if (slice.length > 0) this.place([piece(rowIndex, slice)], bytes);
        rowIndex += slice.length;
        slice = [];
        bytes = fixed;
        this.closeBatch();
      }
      bytes += (slice.length > 0 ? 1 : 0) + rowBytes;
      slice.push(row);
    }
    if (slice.length > 0) this.place([piece(rowIndex, slice)], bytes);
  }
}

/** The bytes of a request as the advanced service sends it: JSON in UTF-8. */
export function bytesOf(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one character outside the BMP
      i++;
    } else bytes += 3;
  }
  return bytes;
}
