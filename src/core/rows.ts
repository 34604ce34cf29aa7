/** Sheet rows in the schema's layout: a header row, then one row per record. */
import { SETTINGS, SETTINGS_SHEET, type SheetSpec } from "./schema";

/** A header row and one row per record, each value under its column's header. */
export function rowsOf<K extends string>(
  spec: SheetSpec<K>,
  records: readonly Partial<Record<K, unknown>>[],
): unknown[][] {
  return [spec.columns.map((c) => c.header), ...records.map((r) => spec.columns.map((c) => r[c.key] ?? ""))];
}

/** The `Cấu hình` rows: every setting of the schema with the given values, or its default. */
export function settingsRows(values: Partial<Record<string, unknown>>): unknown[][] {
  return rowsOf(
    SETTINGS_SHEET,
    SETTINGS.map((s) => ({ item: s.label, value: values[s.key] ?? s.defaultValue })),
  );
}
