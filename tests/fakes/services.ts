/**
 * In-memory DriveApp, MailApp, LockService, PropertiesService, ScriptApp, Session, Utilities and
 * HtmlService (the services the add-on calls; UrlFetchApp, CacheService, Logger, MimeType and
 * HtmlTemplate went when the add-on stopped calling them). Every public method counts a
 * call on the shared Recorder, like the SpreadsheetApp fakes.
 */
import { createHash } from "node:crypto";
import {
  as,
  type BlobData,
  blobDataOf,
  type CountedEnv,
  contentTypeFromName,
  decodeText,
  enumOf,
  FakeBlob,
  FakeUser,
  formatJavaDate,
  instrument,
  isDate,
  isValidTimeZone,
  type Recorder,
  registerBlobSource,
  registerHtmlOutput,
  signatureError,
  toSignedBytes,
  toUint8,
  zonedDate,
} from "./core";

type GBlob = GoogleAppsScript.Base.Blob;
type GBlobSource = GoogleAppsScript.Base.BlobSource;
type GUser = GoogleAppsScript.Base.User;
type GFile = GoogleAppsScript.Drive.File;
type GFolder = GoogleAppsScript.Drive.Folder;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GTrigger = GoogleAppsScript.Script.Trigger;
type GLock = GoogleAppsScript.Lock.Lock;
type GProperties = GoogleAppsScript.Properties.Properties;

export interface Clock {
  /** Virtual milliseconds spent in Utilities.sleep and in waiting for locks. */
  elapsedMs: number;
  sleeps: number[];
}

export interface ServicesEnv extends CountedEnv {
  /** required: the user has not granted every scope of the manifest yet. */
  readonly authorization: { required: boolean };
  readonly recorder: Recorder;
  readonly clock: Clock;
  readonly users: { active: string; effective: string; owner: string };
  readonly scriptTimeZone: string;
  readonly locale: string;
  readonly mail: MailState;
  readonly locks: LockState;
  readonly properties: PropertyStores;
  readonly drive: DriveState;
  readonly html: HtmlFiles;
  readonly triggers: TriggerState;
  readonly oauthToken: string;
  readonly scriptId: string;
  /** The id of the fake spreadsheet, for ScriptApp.newTrigger().forSpreadsheet(ss). */
  readonly spreadsheetIdOf: (spreadsheet: unknown) => string | undefined;
  uuid: number;
}

function newBlob(env: CountedEnv, data: BlobData): GBlob {
  return as<GBlob>(new FakeBlob(env, data));
}

// ---------------------------------------------------------------------------------------------
// DriveApp

/** Who may see and change a Drive item: its owner, editors and viewers, or those of a folder above it. */
export interface Sharing {
  owner: string;
  editors: string[];
  viewers: string[];
}

export interface FolderData extends Sharing {
  id: string;
  name: string;
  parents: string[];
  trashed: boolean;
  created: Date;
  description: string;
}

export interface FileData extends Sharing {
  id: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  parents: string[];
  trashed: boolean;
  created: Date;
  updated: Date;
  description: string;
}

export class DriveState {
  /** The default user's My Drive (every user has their own, made on first use). */
  readonly rootId = "root-folder-id";
  readonly folders = new Map<string, FolderData>();
  readonly files = new Map<string, FileData>();
  private readonly roots = new Map<string, string>();
  private seq = 0;
  /** Addresses the domain's sharing policy refuses: sharing with them throws (test handle). */
  readonly refused = new Set<string>();
  /** The "shared with you" mails Drive sent, one per person an item was shared with notifying them. */
  readonly shareMails: { to: string; itemId: string }[] = [];

  constructor(private readonly users: { active: string; owner: string }) {
    this.roots.set(users.active, this.rootId);
    this.folders.set(this.rootId, this.rootFolder(this.rootId, users.active));
  }

  private rootFolder(id: string, owner: string): FolderData {
    return {
      id,
      name: "My Drive",
      parents: [],
      trashed: false,
      created: new Date(0),
      description: "",
      ...share(owner),
    };
  }

  /** The My Drive of `user` (default: the user running the script). */
  rootOf(user = this.users.active): string {
    let id = this.roots.get(user);
    if (id === undefined) {
      id = `root-${user}`;
      this.roots.set(user, id);
      this.folders.set(id, this.rootFolder(id, user));
    }
    return id;
  }

  nextId(kind: "file" | "folder"): string {
    this.seq++;
    return `fake-${kind}-${String(this.seq).padStart(4, "0")}`;
  }

  addFolder(
    name: string,
    parentId = this.rootOf(),
    id = this.nextId("folder"),
    owner = this.users.active,
  ): FolderData {
    const folder: FolderData = {
      id,
      name,
      parents: [parentId],
      trashed: false,
      created: new Date(),
      description: "",
      ...share(owner),
    };
    this.folders.set(id, folder);
    return folder;
  }

  addFile(
    data: BlobData,
    parentId = this.rootOf(),
    id = this.nextId("file"),
    owner = this.users.active,
  ): FileData {
    const now = new Date();
    const file: FileData = {
      id,
      name: data.name ?? "Untitled",
      mimeType: data.contentType ?? "application/octet-stream",
      bytes: new Uint8Array(data.bytes),
      parents: [parentId],
      trashed: false,
      created: now,
      updated: now,
      description: "",
      ...share(owner),
    };
    this.files.set(file.id, file);
    return file;
  }

  /**
   * In the bin: trashed itself or inside a trashed folder. Drive: "If the target is a folder, all
   * descendants owned by the user are also moved to the trash" (v3 reference, files#trashed); an item
   * made in a trashed folder afterwards is in the bin with it.
   */
  inBin(item: { trashed: boolean; parents: string[] }, seen = new Set<string>()): boolean {
    if (item.trashed) return true;
    return item.parents.some((id) => {
      const parent = this.folders.get(id);
      if (parent === undefined || seen.has(id)) return false;
      seen.add(id);
      return this.inBin(parent, seen);
    });
  }

  /**
   * What the running user may do with an item: its own sharing or that of any folder above it
   * (Drive: "Files inherit the permissions of the folders they are in").
   */
  access(item: Sharing & { parents: string[] }, seen = new Set<string>()): "edit" | "view" | null {
    const user = this.users.active;
    if (item.owner === user || item.editors.includes(user)) return "edit";
    let best: "edit" | "view" | null = item.viewers.includes(user) ? "view" : null;
    for (const id of item.parents) {
      const parent = this.folders.get(id);
      if (parent === undefined || seen.has(id)) continue;
      seen.add(id);
      const inherited = this.access(parent, seen);
      if (inherited === "edit") return "edit";
      best ??= inherited;
    }
    return best;
  }
}

function share(owner: string): Sharing {
  return { owner, editors: [], viewers: [] };
}

/** DriveApp's answer to a change the user may not make (drive/folder: shared items need edit rights). */
function accessDenied(): Error {
  return new Error("Access denied: DriveApp.");
}

function requireEdit(env: ServicesEnv, item: Sharing & { parents: string[] }): void {
  if (env.drive.access(item) !== "edit") throw accessDenied();
}

/**
 * Shares with each person in turn, mailing each new one as Drive does when DriveApp shares; an
 * address the domain refuses throws there, after the ones before it were shared (the error's text is
 * ours: Google documents none).
 */
function addPeople(env: ServicesEnv, itemId: string, list: string[], people: unknown[]): void {
  for (const p of people) {
    const email = typeof p === "string" ? p : (p as GUser).getEmail();
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error(`Invalid argument: ${email}`);
    if (env.drive.refused.has(email))
      throw new Error(`Sharing with ${email} is not allowed by your domain's sharing policy.`);
    if (list.includes(email)) continue;
    list.push(email);
    env.drive.shareMails.push({ to: email, itemId });
  }
}

function notFound(): Error {
  return new Error("No item with the given ID could be found, or you do not have permission to access it.");
}

function fileFacade(env: ServicesEnv, data: FileData): GFile {
  return as<GFile>(new FakeFile(env, data));
}

function folderFacade(env: ServicesEnv, data: FolderData): GFolder {
  return as<GFolder>(new FakeFolder(env, data));
}

function createFileIn(env: ServicesEnv, parentId: string, a: unknown, b?: unknown, c?: unknown): GFile {
  let data: BlobData;
  if (typeof a === "string") {
    if (typeof b !== "string") throw signatureError("DriveApp", "createFile", [a, b, c]);
    data = { bytes: toUint8(b), contentType: typeof c === "string" ? c : "text/plain", name: a };
  } else data = blobDataOf(a);
  if (data.name === null || data.name === "") data.name = "Untitled";
  if (data.contentType === null)
    data.contentType = contentTypeFromName(data.name) ?? "application/octet-stream";
  return fileFacade(env, env.drive.addFile(data, parentId));
}

function liveFolders(
  env: ServicesEnv,
  filter: (f: FolderData) => boolean,
): GoogleAppsScript.Drive.FolderIterator {
  const list = [...env.drive.folders.values()].filter(
    (f) => !env.drive.inBin(f) && f.parents.length > 0 && env.drive.access(f) !== null && filter(f),
  );
  return as(
    new FakeFolderIterator(
      env,
      list.map((f) => () => folderFacade(env, f)),
    ),
  );
}

function liveFiles(env: ServicesEnv, filter: (f: FileData) => boolean): GoogleAppsScript.Drive.FileIterator {
  const list = [...env.drive.files.values()].filter(
    (f) => !env.drive.inBin(f) && env.drive.access(f) !== null && filter(f),
  );
  return as(
    new FakeFileIterator(
      env,
      list.map((f) => () => fileFacade(env, f)),
    ),
  );
}

export class FakeDriveApp implements Partial<GoogleAppsScript.Drive.DriveApp> {
  constructor(protected readonly env: ServicesEnv) {}
  getRootFolder(): GFolder {
    return folderFacade(this.env, this.env.drive.folders.get(this.env.drive.rootOf()) as FolderData);
  }
  getFolderById(id: string): GFolder {
    const folder = this.env.drive.folders.get(id);
    if (folder === undefined || this.env.drive.access(folder) === null) throw notFound();
    return folderFacade(this.env, folder);
  }
  getFileById(id: string): GFile {
    const file = this.env.drive.files.get(id);
    if (file === undefined || this.env.drive.access(file) === null) throw notFound();
    return fileFacade(this.env, file);
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return liveFolders(this.env, (f) => f.name === name);
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return liveFolders(this.env, () => true);
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return liveFiles(this.env, (f) => f.name === name);
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return liveFiles(this.env, () => true);
  }
  createFolder(name: string): GFolder {
    return folderFacade(this.env, this.env.drive.addFolder(name));
  }
  createFile(a: unknown, b?: string, c?: string): GFile {
    return createFileIn(this.env, this.env.drive.rootOf(), a, b, c);
  }
}
instrument(FakeDriveApp, "DriveApp");

export class FakeFolder implements Partial<GFolder> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly data: FolderData,
  ) {}
  getId(): string {
    return this.data.id;
  }
  getName(): string {
    return this.data.name;
  }
  setName(name: string): GFolder {
    requireEdit(this.env, this.data);
    this.data.name = name;
    return as<GFolder>(this);
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.data.id}`;
  }
  getDescription(): string | null {
    return this.data.description || null;
  }
  setDescription(description: string): GFolder {
    this.data.description = description;
    return as<GFolder>(this);
  }
  getDateCreated(): Date {
    return new Date(this.data.created.getTime());
  }
  isTrashed(): boolean {
    return this.env.drive.inBin(this.data);
  }
  setTrashed(trashed: boolean): GFolder {
    requireEdit(this.env, this.data);
    this.data.trashed = trashed;
    return as<GFolder>(this);
  }
  createFile(a: unknown, b?: string, c?: string): GFile {
    requireEdit(this.env, this.data);
    return createFileIn(this.env, this.data.id, a, b, c);
  }
  createFolder(name: string): GFolder {
    requireEdit(this.env, this.data);
    return folderFacade(this.env, this.env.drive.addFolder(name, this.data.id));
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return as(new FakeUser(this.env, this.data.owner));
  }
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this.data.editors.map((e) => as<GoogleAppsScript.Drive.User>(new FakeUser(this.env, e)));
  }
  addEditor(emailAddressOrUser: string | GUser): GFolder {
    requireEdit(this.env, this.data);
    addPeople(this.env, this.data.id, this.data.editors, [emailAddressOrUser]);
    return as<GFolder>(this);
  }
  addEditors(emailAddresses: string[]): GFolder {
    requireEdit(this.env, this.data);
    addPeople(this.env, this.data.id, this.data.editors, emailAddresses);
    return as<GFolder>(this);
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return liveFiles(this.env, (f) => f.parents.includes(this.data.id));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return liveFiles(this.env, (f) => f.parents.includes(this.data.id) && f.name === name);
  }
  /**
   * developers.google.com/apps-script/reference/drive/folder#getFilesByType(String): the folder's
   * files of exactly that MIME type (Drive compares the stored type; a name ending in .pdf does not
   * make a PDF), trashed ones left out as in every DriveApp listing; anything but a string is refused.
   */
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    if (typeof mimeType !== "string") throw signatureError("Folder", "getFilesByType", [mimeType]);
    return liveFiles(this.env, (f) => f.parents.includes(this.data.id) && f.mimeType === mimeType);
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return liveFolders(this.env, (f) => f.parents.includes(this.data.id));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return liveFolders(this.env, (f) => f.parents.includes(this.data.id) && f.name === name);
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    // Only the parents this user can open (a file shared on its own shows none).
    const parents = this.data.parents
      .map((id) => this.env.drive.folders.get(id))
      .filter((f): f is FolderData => f !== undefined && this.env.drive.access(f) !== null);
    return as(
      new FakeFolderIterator(
        this.env,
        parents.map((f) => () => folderFacade(this.env, f)),
      ),
    );
  }
}
instrument(FakeFolder, "Folder");

/**
 * The Drive advanced service (Drive API v3), its permissions.create only
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create): shares a
 * file or folder with one person. `sendNotificationEmail` "defaults to true for users and groups": only
 * an explicit false shares without mailing. Another field or parameter is refused as not modelled.
 */
export class FakeDrivePermissions {
  constructor(protected readonly env: ServicesEnv) {}
  create(resource: Record<string, unknown>, fileId: string, optionalArgs: Record<string, unknown> = {}) {
    const fail = (detail: string) =>
      new Error(`API call to drive.permissions.create failed with error: ${detail}`);
    for (const key of Object.keys(resource))
      if (!["role", "type", "emailAddress"].includes(key))
        throw fail(`Fakes: field "${key}" is not modelled.`);
    for (const key of Object.keys(optionalArgs))
      if (!["sendNotificationEmail", "fields", "supportsAllDrives"].includes(key))
        throw fail(`Fakes: parameter "${key}" is not modelled.`);
    if (resource.type !== "user") throw fail("Fakes: only type user is modelled.");
    if (!["writer", "reader", "commenter"].includes(String(resource.role)))
      throw fail(`Fakes: role "${String(resource.role)}" is not modelled.`);
    const email = String(resource.emailAddress ?? "");
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw fail(`Bad Request: invalid email address ${email}`);
    const item = this.env.drive.folders.get(fileId) ?? this.env.drive.files.get(fileId);
    if (item === undefined || this.env.drive.access(item) === null) throw fail(`File not found: ${fileId}.`);
    if (this.env.drive.access(item) !== "edit")
      throw fail("The user does not have sufficient permissions for this file.");
    if (this.env.drive.refused.has(email))
      throw fail(`Bad Request. Sharing with ${email} is not allowed by the domain's sharing policy.`);
    const list = resource.role === "writer" ? item.editors : item.viewers;
    if (!list.includes(email)) list.push(email);
    if (optionalArgs.sendNotificationEmail !== false)
      this.env.drive.shareMails.push({ to: email, itemId: fileId });
    return { id: `perm-${email}`, role: resource.role, type: "user", emailAddress: email };
  }
}
instrument(FakeDrivePermissions, "Drive.Permissions");

export class FakeFile implements Partial<GFile> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly data: FileData,
  ) {
    registerBlobSource(this, () => ({
      bytes: this.data.bytes,
      contentType: this.data.mimeType,
      name: this.data.name,
    }));
  }
  getId(): string {
    return this.data.id;
  }
  getName(): string {
    return this.data.name;
  }
  setName(name: string): GFile {
    this.data.name = name;
    this.data.updated = new Date();
    return as<GFile>(this);
  }
  getUrl(): string {
    return `https://drive.google.com/file/d/${this.data.id}/view?usp=drivesdk`;
  }
  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this.data.id}&export=download`;
  }
  getMimeType(): string {
    return this.data.mimeType;
  }
  getSize(): number {
    return this.data.bytes.length;
  }
  getBlob(): GBlob {
    return newBlob(this.env, {
      bytes: this.data.bytes,
      contentType: this.data.mimeType,
      name: this.data.name,
    });
  }
  getAs(contentType: string): GBlob {
    if (contentType !== this.data.mimeType) {
      throw new Error(`Converting from ${this.data.mimeType} to ${contentType} is not supported.`);
    }
    return newBlob(this.env, { bytes: this.data.bytes, contentType, name: this.data.name });
  }
  setContent(content: string): GFile {
    this.data.bytes = toUint8(content);
    this.data.updated = new Date();
    return as<GFile>(this);
  }
  getDescription(): string | null {
    return this.data.description || null;
  }
  setDescription(description: string): GFile {
    this.data.description = description;
    return as<GFile>(this);
  }
  getDateCreated(): Date {
    return new Date(this.data.created.getTime());
  }
  getLastUpdated(): Date {
    return new Date(this.data.updated.getTime());
  }
  isTrashed(): boolean {
    return this.env.drive.inBin(this.data);
  }
  setTrashed(trashed: boolean): GFile {
    requireEdit(this.env, this.data);
    this.data.trashed = trashed;
    return as<GFile>(this);
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    // Only the parents this user can open (a file shared on its own shows none).
    const parents = this.data.parents
      .map((id) => this.env.drive.folders.get(id))
      .filter((f): f is FolderData => f !== undefined && this.env.drive.access(f) !== null);
    return as(
      new FakeFolderIterator(
        this.env,
        parents.map((f) => () => folderFacade(this.env, f)),
      ),
    );
  }
  moveTo(destination: GFolder): GFile {
    const target =
      destination instanceof FakeFolder ? (destination as unknown as { data: FolderData }).data : null;
    if (target === null) throw new Error("Fakes: expected a Folder from the fake DriveApp");
    this.data.parents = [target.id];
    return as<GFile>(this);
  }
}
instrument(FakeFile, "File");

export class FakeFolderIterator implements Partial<GoogleAppsScript.Drive.FolderIterator> {
  private at = 0;
  constructor(
    protected readonly env: ServicesEnv,
    private readonly items: Array<() => GFolder>,
  ) {}
  hasNext(): boolean {
    return this.at < this.items.length;
  }
  next(): GFolder {
    const make = this.items[this.at];
    if (make === undefined) throw new Error("Cannot retrieve the next object: iterator has reached the end.");
    this.at++;
    return make();
  }
  getContinuationToken(): string {
    return `folders:${this.at}`;
  }
}
instrument(FakeFolderIterator, "FolderIterator");

export class FakeFileIterator implements Partial<GoogleAppsScript.Drive.FileIterator> {
  private at = 0;
  constructor(
    protected readonly env: ServicesEnv,
    private readonly items: Array<() => GFile>,
  ) {}
  hasNext(): boolean {
    return this.at < this.items.length;
  }
  next(): GFile {
    const make = this.items[this.at];
    if (make === undefined) throw new Error("Cannot retrieve the next object: iterator has reached the end.");
    this.at++;
    return make();
  }
  getContinuationToken(): string {
    return `files:${this.at}`;
  }
}
instrument(FakeFileIterator, "FileIterator");

// ---------------------------------------------------------------------------------------------
// MailApp

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  noReply: boolean;
  attachments: BlobData[];
  /** Recipients charged against the daily quota. */
  recipients: string[];
}

export class MailState {
  readonly sent: SentMail[] = [];
  constructor(
    /** Remaining daily quota: each recipient (to, cc and bcc) uses one. */
    public quota = 100,
  ) {}
}

function addresses(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

export class FakeMailApp implements Partial<GoogleAppsScript.Mail.MailApp> {
  constructor(protected readonly env: ServicesEnv) {}
  getRemainingDailyQuota(): number {
    return this.env.mail.quota;
  }
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let m: GoogleAppsScript.Mail.MailAdvancedParameters;
    if (typeof a === "object" && a !== null && b === undefined)
      m = { ...(a as GoogleAppsScript.Mail.MailAdvancedParameters) };
    else if (
      typeof a === "string" &&
      typeof b === "string" &&
      typeof c === "string" &&
      typeof d === "string"
    ) {
      m = { to: a, replyTo: b, subject: c, body: d };
    } else if (typeof a === "string" && typeof b === "string" && typeof c === "string") {
      m = {
        ...((d as GoogleAppsScript.Mail.MailAdvancedParameters | undefined) ?? {}),
        to: a,
        subject: b,
        body: c,
      };
    } else
      throw signatureError(
        "MailApp",
        "sendEmail",
        [a, b, c, d].filter((x) => x !== undefined),
      );
    const recipients = [...addresses(m.to), ...addresses(m.cc), ...addresses(m.bcc)];
    if (recipients.length === 0) throw new Error("Failed to send email: no recipient");
    for (const r of recipients)
      if (!/^[^@\s]+@[^@\s]+$/.test(r.replace(/^.*<(.+)>$/, "$1"))) throw new Error(`Invalid email: ${r}`);
    // Quotas of guides/services/quotas: recipients per day (to, cc and bcc each count), 50 recipients
    // per message, 25 MB of attachments per message.
    if (recipients.length > 50) throw new Error("Limit Exceeded: Email Recipients Per Message.");
    const attached = (m.attachments ?? []).reduce((n, x) => n + blobDataOf(x).bytes.length, 0);
    if (attached > 25 * 1024 * 1024) throw new Error("Limit Exceeded: Email Total Attachments Size.");
    if (recipients.length > this.env.mail.quota)
      throw new Error("Service invoked too many times for one day: email.");
    this.env.mail.quota -= recipients.length;
    this.env.mail.sent.push({
      to: m.to ?? "",
      cc: m.cc ?? "",
      bcc: m.bcc ?? "",
      replyTo: m.replyTo ?? "",
      name: m.name ?? "",
      subject: m.subject ?? "",
      body: m.body ?? "",
      htmlBody: m.htmlBody ?? "",
      noReply: m.noReply === true,
      attachments: (m.attachments ?? []).map((x) => blobDataOf(x)),
      recipients,
    });
  }
}
instrument(FakeMailApp, "MailApp");

// ---------------------------------------------------------------------------------------------
// LockService

export type LockKind = "document" | "script" | "user";

interface LockSlot {
  heldBy: "none" | "self" | "other";
  /** When another user holds the lock: virtual ms after which they release it (null = never). */
  releaseAfterMs: number | null;
}

export class LockState {
  /** false: LockService.getDocumentLock() answers null, as outside a document. */
  documentLockAvailable = true;
  private readonly slots: Record<LockKind, LockSlot> = {
    document: { heldBy: "none", releaseAfterMs: null },
    script: { heldBy: "none", releaseAfterMs: null },
    user: { heldBy: "none", releaseAfterMs: null },
  };

  /** Simulates another execution holding the lock, released after `releaseAfterMs` of waiting. */
  holdByOther(kind: LockKind, releaseAfterMs: number | null = null): void {
    this.slots[kind] = { heldBy: "other", releaseAfterMs };
  }

  releaseByOther(kind: LockKind): void {
    if (this.slots[kind].heldBy === "other") this.slots[kind] = { heldBy: "none", releaseAfterMs: null };
  }

  state(kind: LockKind): "free" | "self" | "other" {
    const held = this.slots[kind].heldBy;
    return held === "none" ? "free" : held;
  }

  /** Kinds the code under test still holds: should be empty when an entry point returns. */
  heldBySelf(): LockKind[] {
    return (Object.keys(this.slots) as LockKind[]).filter((k) => this.slots[k].heldBy === "self");
  }

  slot(kind: LockKind): LockSlot {
    return this.slots[kind];
  }
}

function acquire(env: ServicesEnv, kind: LockKind, timeoutMs: number): boolean {
  if (typeof timeoutMs !== "number" || Number.isNaN(timeoutMs) || timeoutMs < 0) {
    throw new Error(`Invalid argument: timeoutInMillis`);
  }
  const slot = env.locks.slot(kind);
  if (slot.heldBy === "other") {
    if (slot.releaseAfterMs !== null && slot.releaseAfterMs <= timeoutMs) {
      env.clock.elapsedMs += slot.releaseAfterMs;
      slot.heldBy = "self";
      slot.releaseAfterMs = null;
      return true;
    }
    env.clock.elapsedMs += timeoutMs;
    if (slot.releaseAfterMs !== null) slot.releaseAfterMs -= timeoutMs;
    return false;
  }
  slot.heldBy = "self";
  return true;
}

export class FakeLock implements Partial<GLock> {
  private has = false;
  constructor(
    protected readonly env: ServicesEnv,
    private readonly kind: LockKind,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    this.has = acquire(this.env, this.kind, timeoutInMillis) || this.has;
    return this.has;
  }
  waitLock(timeoutInMillis: number): void {
    if (!acquire(this.env, this.kind, timeoutInMillis)) {
      throw new Error("Lock timeout: another process was holding the lock for too long.");
    }
    this.has = true;
  }
  releaseLock(): void {
    if (!this.has) return;
    this.has = false;
    const slot = this.env.locks.slot(this.kind);
    if (slot.heldBy === "self") slot.heldBy = "none";
  }
  hasLock(): boolean {
    return this.has && this.env.locks.slot(this.kind).heldBy === "self";
  }
}
instrument(FakeLock, "Lock");

export class FakeLockService implements Partial<GoogleAppsScript.Lock.LockService> {
  constructor(protected readonly env: ServicesEnv) {}
  // The typings say Lock, Google's reference says "or null": the fake follows Google.
  getDocumentLock(): GLock {
    // "null if the method is called from a standalone script or add-on" without a document
    // (lock/lock-service#getDocumentLock()).
    if (!this.env.locks.documentLockAvailable) return null as unknown as GLock;
    return as<GLock>(new FakeLock(this.env, "document"));
  }
  getScriptLock(): GLock {
    return as<GLock>(new FakeLock(this.env, "script"));
  }
  getUserLock(): GLock {
    return as<GLock>(new FakeLock(this.env, "user"));
  }
}
instrument(FakeLockService, "LockService");

// ---------------------------------------------------------------------------------------------
// PropertiesService

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

function storeSize(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += toUint8(k).length + toUint8(v).length;
  return n;
}

function putProperty(store: Map<string, string>, key: string, value: unknown): void {
  const text = String(value);
  if (toUint8(text).length > PROPERTY_VALUE_LIMIT) throw new Error("Argument too large: value");
  const previous = store.get(key);
  store.set(String(key), text);
  if (storeSize(store) > PROPERTY_STORE_LIMIT) {
    if (previous === undefined) store.delete(key);
    else store.set(key, previous);
    throw new Error(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
  }
}

export class FakeProperties implements Partial<GProperties> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly store: Map<string, string>,
  ) {}
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GProperties {
    putProperty(this.store, key, value);
    return as<GProperties>(this);
  }
  deleteProperty(key: string): GProperties {
    this.store.delete(key);
    return as<GProperties>(this);
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): GProperties {
    if (deleteAllOthers === true) this.store.clear();
    for (const [k, v] of Object.entries(properties)) putProperty(this.store, k, v);
    return as<GProperties>(this);
  }
  deleteAllProperties(): GProperties {
    this.store.clear();
    return as<GProperties>(this);
  }
}
instrument(FakeProperties, "Properties");

export class FakePropertiesService implements Partial<GoogleAppsScript.Properties.PropertiesService> {
  constructor(protected readonly env: ServicesEnv) {}
  getDocumentProperties(): GProperties {
    return as<GProperties>(new FakeProperties(this.env, this.env.properties.document));
  }
  getUserProperties(): GProperties {
    return as<GProperties>(new FakeProperties(this.env, this.env.properties.user));
  }
  getScriptProperties(): GProperties {
    return as<GProperties>(new FakeProperties(this.env, this.env.properties.script));
  }
}
instrument(FakePropertiesService, "PropertiesService");

// ---------------------------------------------------------------------------------------------
// ScriptApp

export const AuthMode = enumOf("NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL");
export const AuthorizationStatus = enumOf("REQUIRED", "NOT_REQUIRED");

/**
 * Whether the user still has to grant scopes (script/authorization-info). Without a list it speaks of
 * the manifest's scopes; with one (ScriptApp.getAuthorizationInfo(authMode, oauthScopes), for granular
 * consent: "checks if the user has granted authorization for all or part of the provided scopes"), of
 * those: REQUIRED while any of them is not granted, and getAuthorizedScopes() lists the granted ones.
 */
export class FakeAuthorizationInfo implements Partial<GoogleAppsScript.Script.AuthorizationInfo> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly requested?: readonly string[],
  ) {}
  private required(): boolean {
    const granted = this.env.recorder.access.granted;
    return this.env.authorization.required || (this.requested ?? []).some((s) => !granted.has(s));
  }
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.required()
      ? "REQUIRED"
      : "NOT_REQUIRED") as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  // "null if no authorization is required" (script/authorization-info); the typings say string.
  getAuthorizationUrl(): string {
    return (this.required() ? "https://script.google.com/macros/auth?fake" : null) as string;
  }
  /** The granted scopes among those asked about, or all granted ones when none were named. */
  getAuthorizedScopes(): string[] {
    const granted = this.env.recorder.access.granted;
    return this.requested ? this.requested.filter((s) => granted.has(s)) : [...granted];
  }
}
instrument(FakeAuthorizationInfo, "AuthorizationInfo");
export const EventType = enumOf(
  "CLOCK",
  "ON_OPEN",
  "ON_EDIT",
  "ON_FORM_SUBMIT",
  "ON_CHANGE",
  "ON_EVENT_UPDATED",
);
export const TriggerSource = enumOf("SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR");
export const Weekday = enumOf("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY");

export interface TriggerData {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string;
  schedule: Record<string, unknown>;
}

export class TriggerState {
  readonly triggers: TriggerData[] = [];
  seq = 0;
}

const MAX_TRIGGERS = 20;

export class FakeTrigger implements Partial<GTrigger> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly data: TriggerData,
  ) {}
  getHandlerFunction(): string {
    return this.data.handler;
  }
  getUniqueId(): string {
    return this.data.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.data.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.data.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.data.sourceId;
  }
}
instrument(FakeTrigger, "Trigger");

function createTrigger(env: ServicesEnv, data: Omit<TriggerData, "id">): GTrigger {
  if (data.eventType === "") throw new Error("Choose an event for the trigger before creating it.");
  if (env.triggers.triggers.length >= MAX_TRIGGERS) {
    throw new Error(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
  }
  env.triggers.seq++;
  const trigger: TriggerData = {
    ...data,
    id: String(1_000_000 + env.triggers.seq),
    schedule: { ...data.schedule },
  };
  env.triggers.triggers.push(trigger);
  return as<GTrigger>(new FakeTrigger(env, trigger));
}

export class FakeTriggerBuilder implements Partial<GoogleAppsScript.Script.TriggerBuilder> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly handler: string,
  ) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return as(
      new FakeClockTriggerBuilder(this.env, {
        handler: this.handler,
        eventType: "CLOCK",
        source: "CLOCK",
        sourceId: "",
        schedule: {},
      }),
    );
  }
  forSpreadsheet(sheet: unknown): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === "string" ? sheet : this.env.spreadsheetIdOf(sheet);
    if (id === undefined) throw new Error("Fakes: expected a Spreadsheet or a spreadsheet id");
    return as(
      new FakeSpreadsheetTriggerBuilder(this.env, {
        handler: this.handler,
        eventType: "",
        source: "SPREADSHEETS",
        sourceId: id,
        schedule: {},
      }),
    );
  }
}
instrument(FakeTriggerBuilder, "TriggerBuilder");

export class FakeClockTriggerBuilder implements Partial<GoogleAppsScript.Script.ClockTriggerBuilder> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly data: Omit<TriggerData, "id">,
  ) {}
  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.after = durationMilliseconds;
    return as(this);
  }
  at(date: Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.at = new Date(date.getTime());
    return as(this);
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.atHour = hour;
    return as(this);
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.nearMinute = minute;
    return as(this);
  }
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error("The value passed to everyMinutes must be 1, 5, 10, 15 or 30.");
    this.data.schedule.everyMinutes = n;
    return as(this);
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.everyHours = n;
    return as(this);
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.everyDays = n;
    return as(this);
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.everyWeeks = n;
    return as(this);
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.onWeekDay = String(day);
    return as(this);
  }
  onMonthDay(day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.onMonthDay = day;
    return as(this);
  }
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.data.schedule.timezone = timezone;
    return as(this);
  }
  create(): GTrigger {
    return createTrigger(this.env, this.data);
  }
}
instrument(FakeClockTriggerBuilder, "ClockTriggerBuilder");

export class FakeSpreadsheetTriggerBuilder
  implements Partial<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>
{
  constructor(
    protected readonly env: ServicesEnv,
    private readonly data: Omit<TriggerData, "id">,
  ) {}
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.data.eventType = "ON_OPEN";
    return as(this);
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.data.eventType = "ON_EDIT";
    return as(this);
  }
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.data.eventType = "ON_CHANGE";
    return as(this);
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.data.eventType = "ON_FORM_SUBMIT";
    return as(this);
  }
  create(): GTrigger {
    return createTrigger(this.env, this.data);
  }
}
instrument(FakeSpreadsheetTriggerBuilder, "SpreadsheetTriggerBuilder");

export class FakeScriptApp implements Partial<GoogleAppsScript.Script.ScriptApp> {
  readonly AuthMode = as<typeof GoogleAppsScript.Script.AuthMode>(AuthMode);
  readonly AuthorizationStatus = as<typeof GoogleAppsScript.Script.AuthorizationStatus>(AuthorizationStatus);
  readonly EventType = as<typeof GoogleAppsScript.Script.EventType>(EventType);
  readonly TriggerSource = as<typeof GoogleAppsScript.Script.TriggerSource>(TriggerSource);
  readonly WeekDay = as<typeof GoogleAppsScript.Base.Weekday>(Weekday);
  constructor(protected readonly env: ServicesEnv) {}
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oauthScopes?: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo {
    if (String(authMode) !== "FULL" && oauthScopes !== undefined)
      throw new Error("Fakes: only AuthMode.FULL is modelled for a list of scopes.");
    if (oauthScopes !== undefined && !Array.isArray(oauthScopes))
      throw new Error("Fakes: getAuthorizationInfo's scopes are a list of scope URLs.");
    return as(new FakeAuthorizationInfo(this.env, oauthScopes));
  }
  getOAuthToken(): string {
    return this.env.oauthToken;
  }
  getScriptId(): string {
    return this.env.scriptId;
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return as(new FakeTriggerBuilder(this.env, functionName));
  }
  getProjectTriggers(): GTrigger[] {
    return this.env.triggers.triggers.map((t) => as<GTrigger>(new FakeTrigger(this.env, t)));
  }
  getUserTriggers(spreadsheet: unknown): GTrigger[] {
    const id = this.env.spreadsheetIdOf(spreadsheet);
    return this.env.triggers.triggers
      .filter((t) => t.sourceId === id)
      .map((t) => as<GTrigger>(new FakeTrigger(this.env, t)));
  }
  deleteTrigger(trigger: GTrigger): void {
    const id =
      trigger instanceof FakeTrigger ? (trigger as unknown as { data: TriggerData }).data.id : undefined;
    const list = this.env.triggers.triggers;
    const at = list.findIndex((t) => t.id === id);
    if (at >= 0) list.splice(at, 1);
  }
}
instrument(FakeScriptApp, "ScriptApp");

// ---------------------------------------------------------------------------------------------
// Session

export class FakeSession implements Partial<GoogleAppsScript.Base.Session> {
  constructor(protected readonly env: ServicesEnv) {}
  getActiveUser(): GUser {
    return as<GUser>(new FakeUser(this.env, this.env.users.active));
  }
  getEffectiveUser(): GUser {
    return as<GUser>(new FakeUser(this.env, this.env.users.effective));
  }
  getScriptTimeZone(): string {
    return this.env.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this.env.locale.split("_")[0] ?? "en";
  }
  getTemporaryActiveUserKey(): string {
    return `temp-key-${Buffer.from(this.env.users.active).toString("base64url")}`;
  }
}
instrument(FakeSession, "Session");

// ---------------------------------------------------------------------------------------------
// Utilities

export const Charset = enumOf("US_ASCII", "UTF_8");
export const DigestAlgorithm = enumOf("MD2", "MD5", "SHA_1", "SHA_256", "SHA_384", "SHA_512");

function bytesOfInput(data: unknown, charset?: unknown): Uint8Array {
  if (typeof data === "string") {
    if (String(charset ?? "UTF_8") === "US_ASCII")
      return Uint8Array.from(data, (ch) => ch.charCodeAt(0) & 0x7f);
    return toUint8(data);
  }
  if (Array.isArray(data) || data instanceof Uint8Array) return toUint8(data as ArrayLike<number>);
  throw new Error("Invalid argument: data");
}

export class FakeUtilities implements Partial<GoogleAppsScript.Utilities.Utilities> {
  readonly Charset = as<typeof GoogleAppsScript.Utilities.Charset>(Charset);
  readonly DigestAlgorithm = as<typeof GoogleAppsScript.Utilities.DigestAlgorithm>(DigestAlgorithm);
  constructor(protected readonly env: ServicesEnv) {}
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw signatureError("Utilities", "formatDate", [date, timeZone, format]);
    // Like Java's TimeZone.getTimeZone, an unknown zone silently means GMT.
    return formatJavaDate(date, isValidTimeZone(timeZone) ? timeZone : "UTC", format);
  }
  /**
   * Java's SimpleDateFormat for the numeric fields (yyyy, MM, dd, HH, mm, ss) and literal separators;
   * the wall-clock time is read in `timeZone`. Text that does not fit the pattern throws like Apps Script.
   */
  parseDate(date: string, timeZone: string, format: string): Date {
    const fields: string[] = [];
    const pattern = format.replace(/yyyy|MM|dd|HH|mm|ss|[.*+?^${}()|[\]\\]/g, (token) => {
      if (/^[a-zA-Z]+$/.test(token)) {
        fields.push(token);
        return token === "yyyy" ? "(\\d{4})" : "(\\d{1,2})";
      }
      return `\\${token}`;
    });
    const m = new RegExp(`^${pattern}$`).exec(String(date));
    if (!m) throw new Error(`Exception: Unparseable date: "${date}"`);
    const get = (field: string, fallback: number) => {
      const i = fields.indexOf(field);
      return i < 0 ? fallback : Number(m[i + 1]);
    };
    const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
    return zonedDate(
      zone,
      get("yyyy", 1970),
      get("MM", 1),
      get("dd", 1),
      get("HH", 0),
      get("mm", 0),
      get("ss", 0),
    );
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(
      /%(-?\d*)(?:\.(\d+))?([sdfi%])/g,
      (_m, _w: string, precision: string | undefined, kind: string) => {
        if (kind === "%") return "%";
        const arg = args[i++];
        if (kind === "d" || kind === "i") return String(Math.trunc(Number(arg)));
        if (kind === "f") return Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
        return String(arg);
      },
    );
  }
  sleep(milliseconds: number): void {
    this.env.clock.sleeps.push(milliseconds);
    this.env.clock.elapsedMs += milliseconds;
  }
  newBlob(data: string | number[], contentType?: string, name?: string): GBlob {
    return newBlob(this.env, { bytes: toUint8(data), contentType: contentType ?? null, name: name ?? null });
  }
  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(bytesOfInput(data, charset)).toString("base64");
  }
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(bytesOfInput(data, charset))
      .toString("base64")
      .replace(/\+/g, "-")
      .replace(/\//g, "_");
  }
  base64Decode(encoded: string): number[] {
    return toSignedBytes(new Uint8Array(Buffer.from(encoded, "base64")));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(
      new Uint8Array(Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64")),
    );
  }
  /**
   * developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,Byte):
   * the algorithm one of Utilities.DigestAlgorithm (the fake's enum values are their names, so anything
   * else is refused), the value a string or a Byte[] (signed, -128…127: Java's bytes; a value outside
   * cannot become a Java byte), and the answer a Byte[], signed too.
   */
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: unknown,
  ): number[] {
    if (!Object.values(DigestAlgorithm).includes(algorithm as never))
      throw signatureError("Utilities", "computeDigest", [algorithm, value]);
    if (Array.isArray(value) && value.some((b) => !Number.isInteger(b) || b < -128 || b > 127))
      throw new Error("Cannot convert Array to byte[]: a value is outside -128…127.");
    const name = String(algorithm).toLowerCase().replace("_", "");
    if (name === "md2") throw new Error("Fakes: MD2 is not modelled");
    const hash = createHash(name);
    hash.update(bytesOfInput(value, charset));
    return toSignedBytes(new Uint8Array(hash.digest()));
  }
  getUuid(): string {
    this.env.uuid++;
    const hex = this.env.uuid.toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${hex}`;
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(csv, delimiter ?? ",");
  }
}
instrument(FakeUtilities, "Utilities");

function parseCsv(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv.charAt(i);
    if (quoted) {
      if (ch === '"' && csv.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && csv.charAt(i + 1) === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// HtmlService

export class HtmlFiles {
  /** Project HTML files by name, without the ".html" extension. */
  readonly files = new Map<string, string>();
  get(name: string): string {
    const key = name.replace(/\.html$/, "");
    const content = this.files.get(key);
    if (content === undefined) throw new Error(`No HTML file named ${key} was found.`);
    return content;
  }
}

export const SandboxMode = enumOf("EMULATED", "IFRAME", "NATIVE");
export const XFrameOptionsMode = enumOf("ALLOWALL", "DEFAULT");

interface HtmlOutputData {
  title: string;
  content: string;
  width: number;
  height: number;
  sandboxMode: string;
  xFrameOptionsMode: string;
  faviconUrl: string;
  metaTags: Array<{ name: string; content: string }>;
}

function newHtmlOutput(env: ServicesEnv, content: string): GHtmlOutput {
  return as<GHtmlOutput>(
    new FakeHtmlOutput(env, {
      title: "",
      content,
      width: 300,
      height: 300,
      sandboxMode: "IFRAME",
      xFrameOptionsMode: "DEFAULT",
      faviconUrl: "",
      metaTags: [],
    }),
  );
}

export class FakeHtmlOutput implements Partial<GHtmlOutput> {
  constructor(
    protected readonly env: ServicesEnv,
    private readonly data: HtmlOutputData,
  ) {
    registerHtmlOutput(this, () => ({
      title: this.data.title,
      content: this.data.content,
      width: this.data.width,
      height: this.data.height,
    }));
    registerBlobSource(this, () => ({
      bytes: toUint8(this.data.content),
      contentType: "text/html",
      name: null,
    }));
  }
  getContent(): string {
    return this.data.content;
  }
  setContent(content: string): GHtmlOutput {
    this.data.content = content;
    return as<GHtmlOutput>(this);
  }
  append(addedContent: string): GHtmlOutput {
    this.data.content += addedContent;
    return as<GHtmlOutput>(this);
  }
  appendUntrusted(addedContent: string): GHtmlOutput {
    this.data.content += escapeHtml(addedContent);
    return as<GHtmlOutput>(this);
  }
  clear(): GHtmlOutput {
    this.data.content = "";
    return as<GHtmlOutput>(this);
  }
  getTitle(): string {
    return this.data.title;
  }
  setTitle(title: string): GHtmlOutput {
    this.data.title = title;
    return as<GHtmlOutput>(this);
  }
  getWidth(): number {
    return this.data.width;
  }
  setWidth(width: number): GHtmlOutput {
    this.data.width = width;
    return as<GHtmlOutput>(this);
  }
  getHeight(): number {
    return this.data.height;
  }
  setHeight(height: number): GHtmlOutput {
    this.data.height = height;
    return as<GHtmlOutput>(this);
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GHtmlOutput {
    this.data.sandboxMode = String(mode);
    return as<GHtmlOutput>(this);
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GHtmlOutput {
    this.data.xFrameOptionsMode = String(mode);
    return as<GHtmlOutput>(this);
  }
  setFaviconUrl(iconUrl: string): GHtmlOutput {
    this.data.faviconUrl = iconUrl;
    return as<GHtmlOutput>(this);
  }
  getFaviconUrl(): string {
    return this.data.faviconUrl;
  }
  addMetaTag(name: string, content: string): GHtmlOutput {
    this.data.metaTags.push({ name, content });
    return as<GHtmlOutput>(this);
  }
  getBlob(): GBlob {
    return newBlob(this.env, { bytes: toUint8(this.data.content), contentType: "text/html", name: null });
  }
  getAs(contentType: string): GBlob {
    if (contentType === "text/html") {
      return newBlob(this.env, { bytes: toUint8(this.data.content), contentType: "text/html", name: null });
    }
    throw new Error(`Fakes: HtmlOutput.getAs("${contentType}") is not simulated`);
  }
}
instrument(FakeHtmlOutput, "HtmlOutput");

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export class FakeHtmlService implements Partial<GoogleAppsScript.HTML.HtmlService> {
  readonly SandboxMode = as<typeof GoogleAppsScript.HTML.SandboxMode>(SandboxMode);
  readonly XFrameOptionsMode = as<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(XFrameOptionsMode);
  constructor(protected readonly env: ServicesEnv) {}
  createHtmlOutput(html?: string | GBlobSource): GHtmlOutput {
    const content =
      html === undefined ? "" : typeof html === "string" ? html : decodeText(blobDataOf(html).bytes);
    return newHtmlOutput(this.env, content);
  }
  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    return newHtmlOutput(this.env, this.env.html.get(filename));
  }
  getUserAgent(): string {
    return "Mozilla/5.0 (fake Apps Script)";
  }
}
instrument(FakeHtmlService, "HtmlService");
