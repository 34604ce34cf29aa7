/**
 * Shared machinery of the Apps Script fakes: the call recorder (counting, scopes and authorisation
 * modes, fault injection), method instrumentation, enums, bytes and blobs, and time-zone arithmetic.
 */
import { type Access, checkAccess, ruleOf } from "./scopes";

/** Counts every public call on a fake and can make the k-th one throw. */
export class Recorder {
  readonly calls: string[] = [];
  /** What the manifest grants and the mode this execution runs in; every call is checked against it. */
  readonly access: Access = { granted: new Set<string>(), mode: "FULL" };
  private faults: Array<{ remaining: number; match: string | undefined; message: string | undefined }> = [];
  private paused = 0;

  rec(name: string): void {
    if (this.paused > 0) return;
    this.calls.push(name);
    checkAccess(name, this.access);
    for (let i = 0; i < this.faults.length; i++) {
      const fault = this.faults[i];
      if (fault === undefined || !callMatches(name, fault.match)) continue;
      fault.remaining--;
      if (fault.remaining === 0) {
        this.faults.splice(i, 1);
        throw new Error(fault.message ?? `Injected failure in ${name} (fake service error)`);
      }
    }
  }

  count(match?: string): number {
    let n = 0;
    for (const call of this.calls) if (callMatches(call, match)) n++;
    return n;
  }

  reset(): void {
    this.calls.length = 0;
  }

  /** The k-th (1-based) counted call from now on, among those matching `match`, throws. */
  failOnCall(k: number, match?: string, message?: string): void {
    if (!Number.isInteger(k) || k < 1) throw new Error(`failOnCall: k must be a positive integer, got ${k}`);
    this.faults.push({ remaining: k, match, message });
  }

  clearFaults(): void {
    this.faults = [];
  }

  pendingFaults(): number {
    return this.faults.length;
  }

  uncounted<T>(fn: () => T): T {
    this.paused++;
    try {
      return fn();
    } finally {
      this.paused--;
    }
  }
}

/**
 * `undefined` or "" matches every call; "Range" (no dot) matches "Range.*"; "Range." likewise;
 * anything else ("Range.setValues") matches exactly.
 */
export function callMatches(call: string, match: string | undefined): boolean {
  if (match === undefined || match === "") return true;
  if (call === match) return true;
  if (match.endsWith(".")) return call.startsWith(match);
  if (!match.includes(".")) return call.startsWith(`${match}.`);
  return false;
}

/**
 * Every facade keeps its environment, which holds the recorder, in a field `env`. It is declared
 * `protected` (not private) because only the instrumentation wrapper reads it; either way it
 * stays out of `keyof`, so a facade's public keys are exactly its Apps Script methods.
 */
export interface CountedEnv {
  readonly recorder: Recorder;
}
type Counted = { env: CountedEnv };

/** Every instrumented "Label.method": what the fakes can answer (read by tests/fakes/scopes.test.ts). */
export const instrumented = new Set<string>();

/**
 * Wraps every prototype method of a facade class so that calling it records "<label>.<name>"
 * (and may throw an injected failure) before doing its work. Facades never call each other's
 * public methods internally, so each user call counts exactly once.
 */
export function instrument(cls: { prototype: object }, label: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === "constructor") continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor === undefined || typeof descriptor.value !== "function") continue;
    const original = descriptor.value as (...args: unknown[]) => unknown;
    const callName = `${label}.${name}`;
    // A faked method without its scopes would let a missing permission pass unnoticed.
    if (ruleOf(callName) === undefined)
      throw new Error(`Fakes: ${callName} has no scope rule; add it to tests/fakes/scopes.ts`);
    instrumented.add(callName);
    const wrapped = function (this: Counted, ...args: unknown[]): unknown {
      this.env.recorder.rec(callName);
      return original.apply(this, args);
    };
    Object.defineProperty(wrapped, "name", { value: name });
    Object.defineProperty(proto, name, { ...descriptor, value: wrapped });
  }
}

/** A string enum like Apps Script's: `E.SOLID === "SOLID"`, and String(E.SOLID) is the name. */
export function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  const out: Record<string, string> = {};
  for (const name of names) out[name] = name;
  return Object.freeze(out) as { readonly [P in K]: P };
}

/** Casts a fake to the Apps Script interface it stands for. */
export function as<T>(value: object): T {
  return value as unknown as T;
}

export function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === "[object Date]";
}

/** Apps Script's own wording when arguments do not fit any overload. */
export function signatureError(service: string, method: string, args: unknown[]): Error {
  const types = args.map((a) => {
    if (a === null || a === undefined) return "null";
    if (Array.isArray(a)) return "object";
    if (isDate(a)) return "Date";
    return typeof a === "string" ? "String" : typeof a;
  });
  return new Error(
    `The parameters (${types.join(",")}) don't match the method signature for ${service}.${method}.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Bytes and blobs

/** Java bytes, as Apps Script hands them out: signed integers -128..127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    out[i] = b > 127 ? b - 256 : b;
  }
  return out;
}

export function toUint8(data: string | Uint8Array | ArrayLike<number>): Uint8Array {
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return new Uint8Array(data);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = (data[i] ?? 0) & 0xff;
  return out;
}

export function decodeText(bytes: Uint8Array, charset = "UTF-8"): string {
  const label = charset.toLowerCase().replace(/_/g, "-");
  return new TextDecoder(label === "us-ascii" ? "ascii" : label).decode(bytes);
}

export interface BlobData {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
}

/** Reads the data behind a fake Blob, HTTPResponse, File or HtmlOutput without counting a call. */
const blobSources = new WeakMap<object, () => BlobData>();

export function registerBlobSource(source: object, read: () => BlobData): void {
  blobSources.set(source, read);
}

export function blobDataOf(source: unknown): BlobData {
  if (typeof source === "object" && source !== null) {
    const read = blobSources.get(source);
    if (read !== undefined) {
      const data = read();
      return { bytes: new Uint8Array(data.bytes), contentType: data.contentType, name: data.name };
    }
  }
  throw new Error("Fakes: expected a Blob (or a BlobSource) created by the fakes");
}

const EXTENSION_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  txt: "text/plain",
  html: "text/html",
  htm: "text/html",
  csv: "text/csv",
  json: "application/json",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
};

export function contentTypeFromName(name: string | null): string | null {
  const m = name === null ? null : /\.([A-Za-z0-9]+)$/.exec(name);
  return m?.[1] === undefined ? null : (EXTENSION_TYPES[m[1].toLowerCase()] ?? null);
}

export class FakeBlob implements Partial<GoogleAppsScript.Base.Blob> {
  private bytes: Uint8Array;
  private contentType: string | null;
  private name: string | null;
  constructor(
    protected readonly env: CountedEnv,
    data: BlobData,
  ) {
    this.bytes = new Uint8Array(data.bytes);
    this.contentType = data.contentType;
    this.name = data.name;
    registerBlobSource(this, () => ({ bytes: this.bytes, contentType: this.contentType, name: this.name }));
  }
  copyBlob(): GoogleAppsScript.Base.Blob {
    return as(new FakeBlob(this.env, { bytes: this.bytes, contentType: this.contentType, name: this.name }));
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== this.contentType) {
      throw new Error(`Converting from ${this.contentType ?? "unknown"} to ${contentType} is not supported.`);
    }
    return as(new FakeBlob(this.env, { bytes: this.bytes, contentType: this.contentType, name: this.name }));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return as(this);
  }
  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    return decodeText(this.bytes, charset);
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.bytes = toUint8(data);
    return as(this);
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return as(this);
  }
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    const type = contentTypeFromName(this.name);
    if (type === null) throw new Error(`Could not determine the content type of "${this.name ?? ""}".`);
    this.contentType = type;
    return as(this);
  }
  setDataFromString(text: string): GoogleAppsScript.Base.Blob {
    this.bytes = toUint8(text);
    return as(this);
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return as(this);
  }
}
instrument(FakeBlob, "Blob");

// ---------------------------------------------------------------------------------------------
// Time zones

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The wall-clock fields of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  let formatter = partFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      era: "short",
    });
    partFormatters.set(timeZone, formatter);
  }
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) fields[part.type] = part.value;
  let year = Number(fields.year);
  if (fields.era === "BC" || fields.era === "B") year = 1 - year;
  return {
    year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(fields.weekday ?? "Sun"),
  };
}

/** Offset of `timeZone` from UTC at instant `date`, in milliseconds (+07:00 → 25 200 000). */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return asUtc - date.getTime();
}

/** The instant at which clocks in `timeZone` show the given wall time. */
export function zonedDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  // A second pass settles instants near a daylight-saving change.
  guess = wall - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/**
 * The Date that Sheets hands back for a cell where a user typed the calendar day y-m-d, in a
 * spreadsheet whose time zone is `timeZone`: midnight of that day in that zone.
 * sheetDate(2020, 3, 1, "Asia/Ho_Chi_Minh") → 2020-02-29T17:00:00.000Z.
 */
export function sheetDate(year: number, month: number, day: number, timeZone: string): Date {
  return zonedDate(timeZone, year, month, day);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

function offsetText(offsetMs: number, colon: boolean): string {
  const total = Math.round(offsetMs / 60000);
  const sign = total < 0 ? "-" : "+";
  const abs = Math.abs(total);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ":" : ""}${pad(abs % 60, 2)}`;
}

/**
 * java.text.SimpleDateFormat, as Utilities.formatDate uses it: y M d E H h k K m s S a Z X and
 * 'quoted' literals. Unknown pattern letters throw, like Java.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unterminated quote in date pattern "${pattern}"`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === ch) n++;
    i += n;
    switch (ch) {
      case "y":
      case "Y":
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case "M":
      case "L":
        if (n >= 4) out += MONTHS[p.month - 1];
        else if (n === 3) out += MONTHS[p.month - 1]?.slice(0, 3);
        else out += pad(p.month, n);
        break;
      case "d":
        out += pad(p.day, n);
        break;
      case "E":
        out += n >= 4 ? DAY_NAMES[p.weekday] : DAY_NAMES[p.weekday]?.slice(0, 3);
        break;
      case "u":
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case "H":
        out += pad(p.hour, n);
        break;
      case "k":
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case "K":
        out += pad(p.hour % 12, n);
        break;
      case "h":
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case "m":
        out += pad(p.minute, n);
        break;
      case "s":
        out += pad(p.second, n);
        break;
      case "S":
        out += pad(p.millisecond, n);
        break;
      case "a":
        out += p.hour < 12 ? "AM" : "PM";
        break;
      case "Z":
        out += offsetText(zoneOffsetMs(date, timeZone), false);
        break;
      case "X": {
        const offset = zoneOffsetMs(date, timeZone);
        if (offset === 0) out += "Z";
        else if (n === 1) out += offsetText(offset, false).slice(0, 3);
        else out += offsetText(offset, n >= 3);
        break;
      }
      case "z":
        out += n >= 4 ? timeZone : `GMT${offsetText(zoneOffsetMs(date, timeZone), true)}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Small shared facades and registries

export class FakeUser implements Partial<GoogleAppsScript.Base.User> {
  constructor(
    protected readonly env: CountedEnv,
    private readonly email: string,
  ) {}
  getEmail(): string {
    // "not available in any context that allows a script to run without that user's authorization,
    // like a simple onOpen(e) or onEdit(e) trigger" (base/user#getEmail()).
    return this.env.recorder.access.mode === "FULL" ? this.email : "";
  }
}
instrument(FakeUser, "User");

/** What a sidebar or dialog shows, read from a fake HtmlOutput without counting a call. */
export interface HtmlData {
  title: string;
  content: string;
  width: number;
  height: number;
}

const htmlSources = new WeakMap<object, () => HtmlData>();

export function registerHtmlOutput(output: object, read: () => HtmlData): void {
  htmlSources.set(output, read);
}

export function htmlDataOf(output: unknown): HtmlData {
  const read = typeof output === "object" && output !== null ? htmlSources.get(output) : undefined;
  if (read === undefined) throw new Error("Fakes: expected an HtmlOutput created by the fake HtmlService");
  return { ...read() };
}
