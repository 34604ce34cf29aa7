/**
 * Where the report PDFs are saved: one Drive folder that every staff member of the Sheet finds.
 *
 * - `Thư mục lưu báo cáo` (a folder link or id) when the settings name one: the team's own folder.
 * - Otherwise the folder this document used before (its id kept in the document's properties, which
 *   every user of the document shares), or a new `Báo cáo PAPI <năm>` made beside the Sheet and shared
 *   with the Sheet's editors, so a colleague's export lands in the same place.
 *
 * DriveApp needs the `drive` scope: `drive.file` is granted per user and per file, so a folder made
 * through one colleague's authorisation would stay invisible to the others (README, permissions).
 */
import { defaultFolderName } from "../core/export";
import type { Settings } from "../core/plan";
import type { ExportedFile } from "../core/sidebar-api";
import { UserError } from "./errors";
import { retryOnce } from "./retry";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;

/** Document property holding the id of the folder made for this document. */
export const FOLDER_PROPERTY = "PAPI_REPORT_FOLDER_ID";

/** The folder id in a Drive link (`…/folders/<id>…`), or the text itself when it is a bare id. */
export function folderIdOf(text: string): string {
  return /\/folders\/([\w-]+)/.exec(text)?.[1] ?? /[?&]id=([\w-]+)/.exec(text)?.[1] ?? text.trim();
}

/** The report folder for this document, found or made (see the module's comment). */
export function reportFolder(ss: Spreadsheet, settings: Settings, year: number): Folder {
  if (settings.folder) return configuredFolder(settings.folder, year);
  const properties = PropertiesService.getDocumentProperties();
  const known = properties.getProperty(FOLDER_PROPERTY);
  if (known) {
    const folder = openFolder(known);
    if (folder && !folder.isTrashed()) return folder;
    if (!folder)
      throw new UserError(
        `Thư mục báo cáo của bảng tính này (https://drive.google.com/drive/folders/${known}) chưa được chia sẻ với bạn. ` +
          `Hãy nhờ người tạo thư mục chia sẻ quyền chỉnh sửa, hoặc ghi một thư mục chung vào mục "Thư mục lưu báo cáo" của trang "Cấu hình".`,
      );
  }
  const folder = createBesideSheet(ss, defaultFolderName(year));
  properties.setProperty(FOLDER_PROPERTY, folder.getId());
  return folder;
}

/**
 * The report folder when there is one already, else null: nothing is made, so a look (the send's preview)
 * leaves no folder behind.
 */
export function existingReportFolder(settings: Settings, year: number): Folder | null {
  if (settings.folder) return configuredFolder(settings.folder, year);
  const known = PropertiesService.getDocumentProperties().getProperty(FOLDER_PROPERTY);
  const folder = known ? openFolder(known) : null;
  return folder && !folder.isTrashed() ? folder : null;
}

function configuredFolder(setting: string, year: number): Folder {
  const folder = openFolder(folderIdOf(setting));
  if (folder && !folder.isTrashed()) return folder;
  throw new UserError(
    `Không mở được thư mục "${setting}" ghi ở mục "Thư mục lưu báo cáo": thư mục không tồn tại, đã bị xoá, hoặc chưa được chia sẻ ` +
      `quyền chỉnh sửa với bạn. Hãy kiểm tra đường dẫn và quyền chia sẻ, hoặc để trống để tiện ích tự tạo thư mục "${defaultFolderName(year)}".`,
  );
}

/** The folder, or null when it does not exist or this user cannot open it (Drive answers both alike). */
function openFolder(id: string): Folder | null {
  try {
    return DriveApp.getFolderById(id);
  } catch {
    return null;
  }
}

/**
 * A new folder in the Sheet's own folder (so it sits where the team keeps the plan), shared with the
 * Sheet's editors: whoever can edit the plan finds and can add to its reports.
 */
function createBesideSheet(ss: Spreadsheet, name: string): Folder {
  const parents = DriveApp.getFileById(ss.getId()).getParents();
  const parent = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
  let folder: Folder;
  try {
    folder = parent.createFolder(name);
  } catch {
    // The Sheet's folder may be someone else's, shared read-only: the user's own Drive then.
    folder = DriveApp.createFolder(name);
  }
  const me = Session.getEffectiveUser().getEmail();
  const editors = ss
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e !== "" && e !== me);
  if (editors.length > 0) folder.addEditors(editors);
  return folder;
}

/**
 * Saves every blob in the report folder (`found`, when the caller has it already), all or none: a report
 * without its appendix is not a report.
 */
export function savePdfs(
  ss: Spreadsheet,
  settings: Settings,
  year: number,
  blobs: GoogleAppsScript.Base.Blob[],
  found?: Folder,
): ExportedFile[] {
  const folder = found ?? reportFolder(ss, settings, year);
  const created: GoogleAppsScript.Drive.File[] = [];
  try {
    for (const blob of blobs) created.push(folder.createFile(blob));
    return created.map((file) => ({ name: file.getName(), id: file.getId(), url: file.getUrl() }));
  } catch (error) {
    for (const file of created) retryOnce(() => file.setTrashed(true));
    throw error;
  }
}
