/**
 * Where the report PDFs are saved: one Drive folder that every staff member of the Sheet finds.
 *
 * - `Thư mục lưu báo cáo` (a folder link or id) when the settings name one: the team's own folder.
 * - Otherwise the folder this document used before (its id kept in the document's properties, which
 *   every user of the document shares), or a new `Báo cáo PAPI <năm>` made beside the Sheet and shared
 *   with the Sheet's editors, so a colleague's export lands in the same place.
 *
 * The new folder's id is kept before it is shared: a share that fails never makes a second folder.
 * It is shared through the Drive API with `sendNotificationEmail: false`, one editor at a time: no
 * "shared with you" mail to every editor (DriveApp's addEditors mails each one and throws on the first
 * address the domain refuses), and an address the domain refuses is named, the PDF saved anyway.
 *
 * DriveApp needs the `drive` scope: `drive.file` is granted per user and per file, so a folder made
 * through one colleague's authorisation would stay invisible to the others (docs/add-on.md, permissions).
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

/** Document property holding who made that folder: the one user for whom "not found" means deleted. */
export const FOLDER_MAKER_PROPERTY = "PAPI_REPORT_FOLDER_MAKER";

/**
 * The report folder for this document, found or made (see the module's comment). `notices`: what the
 * user should know that did not stop the work (editors the new folder could not be shared with).
 */
export function reportFolder(
  ss: Spreadsheet,
  settings: Settings,
  year: number,
  notices: string[] = [],
): Folder {
  if (settings.folder) return configuredFolder(settings.folder, year);
  const properties = PropertiesService.getDocumentProperties();
  const known = properties.getProperty(FOLDER_PROPERTY);
  let unopened = false;
  if (known) {
    const folder = openFolder(known);
    if (folder && !folder.isTrashed()) return folder;
    unopened = folder === null;
  }
  const me = Session.getEffectiveUser().getEmail();
  // Drive answers "not found" alike for a folder deleted for ever and one not shared with this user;
  // for the user who made it, it can only be gone, and a new one is made.
  const maker = properties.getProperty(FOLDER_MAKER_PROPERTY);
  if (unopened && maker !== me)
    throw new UserError(
      `Thư mục báo cáo của bảng tính này (https://drive.google.com/drive/folders/${known}) chưa được chia sẻ với bạn. ` +
        `Hãy nhờ người tạo thư mục${maker ? ` (${maker})` : ""} chia sẻ quyền chỉnh sửa, hoặc ghi một thư mục chung vào mục "Thư mục lưu báo cáo" của trang "Cấu hình".`,
    );
  const folder = createBesideSheet(ss, defaultFolderName(year));
  // Kept before sharing, so that whatever happens next, the next export finds this folder.
  properties.setProperties({ [FOLDER_PROPERTY]: folder.getId(), [FOLDER_MAKER_PROPERTY]: me });
  const refused = shareWithEditors(ss, folder, me);
  if (refused.length > 0)
    notices.push(
      `Chưa chia sẻ được thư mục "${folder.getName()}" với: ${refused.join(", ")}. ` +
        "Người đó chưa mở được báo cáo trong thư mục; hãy chia sẻ tay nếu tên miền cho phép, hoặc ghi một thư mục chung vào mục " +
        '"Thư mục lưu báo cáo" của trang "Cấu hình".',
    );
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

/** A new folder in the Sheet's own folder, so it sits where the team keeps the plan. */
function createBesideSheet(ss: Spreadsheet, name: string): Folder {
  const parents = DriveApp.getFileById(ss.getId()).getParents();
  const parent = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
  try {
    return parent.createFolder(name);
  } catch {
    // The Sheet's folder may be someone else's, shared read-only: the user's own Drive then.
    return DriveApp.createFolder(name);
  }
}

/** permissions.create of the Drive advanced service (v3), as far as it is used here. */
interface DrivePermissions {
  create(
    resource: { role: string; type: string; emailAddress: string },
    fileId: string,
    optionalArgs: { sendNotificationEmail: boolean; fields: string },
  ): unknown;
}

/**
 * Shares the folder with the Sheet's editors without mailing them, one at a time; returns the
 * addresses that could not be shared with (all of them when the Drive advanced service is off).
 */
function shareWithEditors(ss: Spreadsheet, folder: Folder, me: string): string[] {
  const editors = ss
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e !== "" && e !== me);
  const drive = (globalThis as { Drive?: { Permissions?: DrivePermissions } }).Drive;
  const permissions = drive?.Permissions;
  if (!permissions) return editors;
  const refused: string[] = [];
  for (const email of editors)
    try {
      permissions.create({ role: "writer", type: "user", emailAddress: email }, folder.getId(), {
        sendNotificationEmail: false,
        fields: "id",
      });
    } catch {
      refused.push(email);
    }
  return refused;
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
  notices: string[] = [],
): ExportedFile[] {
  const folder = found ?? reportFolder(ss, settings, year, notices);
  const created: GoogleAppsScript.Drive.File[] = [];
  try {
    for (const blob of blobs) created.push(folder.createFile(blob));
    return created.map((file) => ({ name: file.getName(), id: file.getId(), url: file.getUrl() }));
  } catch (error) {
    for (const file of created) retryOnce(() => file.setTrashed(true));
    throw error;
  }
}
