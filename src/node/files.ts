/**
 * Reading and writing the command's files. A failure of the file system becomes one Vietnamese line (a
 * UsageError: exit 2), and a set of output files appears whole or not at all: each is written to a hidden
 * temporary file in its folder first and renamed into place only when every one of them was written.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./usage-error";

type Action = "read" | "write" | "folder";

/** The one-line Vietnamese explanation of a file-system error (Node's own `code`s), or undefined if none. */
function fileProblem(error: unknown, path: string, action: Action): UsageError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  const what = action === "read" ? "đọc" : "ghi";
  const folder = action === "folder" ? path : dirname(path);
  switch (code) {
    case "ENOENT":
      return new UsageError(
        action === "read"
          ? `Không tìm thấy tệp "${path}".`
          : `thư mục "${folder}" không có; tạo thư mục đó trước hoặc chọn nơi ghi khác.`,
      );
    case "ENOTDIR":
    case "EEXIST":
      return new UsageError(
        action === "read"
          ? `Không tìm thấy tệp "${path}" (một phần của đường dẫn là tệp, không phải thư mục).`
          : `"${folder}" là một tệp, không phải thư mục; chọn thư mục khác để ghi.`,
      );
    case "EISDIR":
      return new UsageError(`"${path}" là một thư mục, không phải tệp .xlsx; hãy ghi tên tệp.`);
    case "EACCES":
    case "EPERM":
      return new UsageError(`không có quyền ${what} "${path}"; chọn nơi khác hoặc xin quyền ${what}.`);
    case "ENOSPC":
    case "EDQUOT":
      return new UsageError(`ổ đĩa đã đầy, không ghi được "${path}"; giải phóng chỗ trống rồi chạy lại.`);
    case "EROFS":
      return new UsageError(`ổ đĩa chỉ cho đọc, không ghi được "${path}"; chọn nơi ghi khác.`);
    case "ENAMETOOLONG":
      return new UsageError(`tên tệp "${path}" quá dài; chọn tên ngắn hơn.`);
    default:
      return new UsageError(`không ${what} được "${path}" (lỗi hệ thống ${code}).`);
  }
}

export async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw fileProblem(error, path, "read") ?? error;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Creates the output folder (and its parents); a file in the way is one clear line. */
export async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw fileProblem(error, dir, "folder") ?? error;
  }
}

export interface OutputFile {
  path: string;
  data: Uint8Array;
}

/** Writes every file, or none: a failure removes what was written and leaves earlier files as they were. */
export async function writeAll(files: readonly OutputFile[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      temps.push(temp);
      await writeOne(temp, file.path, file.data);
    }
    for (const [i, file] of files.entries()) await renameOne(temps[i] ?? "", file.path);
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
  }
}

async function writeOne(temp: string, path: string, data: Uint8Array): Promise<void> {
  try {
    await writeFile(temp, data);
  } catch (error) {
    throw fileProblem(error, path, "write") ?? error;
  }
}

async function renameOne(temp: string, path: string): Promise<void> {
  try {
    await rename(temp, path);
  } catch (error) {
    throw fileProblem(error, path, "write") ?? error;
  }
}
