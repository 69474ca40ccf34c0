// Query values and filter families (`f=v`, `f[op]=v`) encoded the way the API reads them; the
// same rules as templates/runtime/_filters.py. Every check runs before any request: a wrong
// value is a TypeError naming the filter, not a 422 (or a silently different query).
//
// - A plain value means eq under the bare key (`status: 'open'` -> `status=open`) when the field
//   is `plain`, else `f[eq]`; a plain array means `f[in]`.
// - An object applies operators, each one the spec allows for the field (`{ gte, lte }`).
// - `in`/`nin` and their variants (`in-insensitive`) take a non-empty array, sent once,
//   comma-joined (`status[in]=open,backordered`).
// - Datetimes go out in UTC as `YYYY-MM-DDTHH:MM:SSZ`, with the fraction of a second when there
//   is one (`.123Z`, `.123456Z`), from a Date or an ISO-8601 string *with* a time zone; any
//   other string is rejected. A `date` filter takes `YYYY-MM-DD` (a Date is sent as its UTC day).

export type FilterValueType =
  "string" | "enum" | "integer" | "number" | "boolean" | "datetime" | "date";

export interface FilterSpec {
  readonly ops: readonly string[];
  readonly type: FilterValueType;
  /** The bare key `f=v` means eq for this field. */
  readonly plain?: boolean;
}

/** `in`, `nin` and their variants (`in-insensitive`) take a list of values. */
export function isListOperator(op: string): boolean {
  const head = op.split("-", 1)[0];
  return head === "in" || head === "nin";
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function utcText(epochMs: number, micros: number): string {
  const date = new Date(epochMs);
  const text =
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  if (!micros) return text + "Z";
  // Milliseconds when that is exact, else microseconds: never round precision away.
  const fraction = pad(micros, 6);
  return `${text}.${fraction.endsWith("000") ? fraction.slice(0, 3) : fraction}Z`;
}

function dateTimeOf(value: Date, where: string): string {
  const ms = value.getTime();
  if (Number.isNaN(ms)) throw new TypeError(`${where}: invalid Date`);
  const millis = ((ms % 1000) + 1000) % 1000;
  return utcText(ms - millis, millis * 1000);
}

const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

function parseDateTimeText(text: string, where: string): string {
  const match = ISO_DATETIME.exec(text.trim());
  if (!match) {
    const hasTime =
      /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/.test(
        text.trim(),
      );
    throw new TypeError(
      hasTime
        ? `${where}: ${JSON.stringify(text)} has no time zone, so it is ambiguous; add one (e.g. ` +
            `'${text.trim()}Z' or '+02:00'), or pass a Date`
        : `${where}: ${JSON.stringify(text)} is not an ISO-8601 datetime; pass a Date, or a ` +
            "string such as '2024-01-31T10:00:00Z'",
    );
  }
  const [, y, mo, d, h, mi, s, fraction, , sign, offH, offM] = match;
  const numbers = [y, mo, d, h, mi, s ?? "0"].map(Number);
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] =
    numbers;
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    month < 1 ||
    month > 12 ||
    probe.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new TypeError(
      `${where}: ${JSON.stringify(text)} is not a valid datetime`,
    );
  }
  const offset = sign
    ? (sign === "-" ? -1 : 1) * (Number(offH) * 60 + Number(offM))
    : 0;
  const micros = fraction ? Number(fraction.slice(0, 6).padEnd(6, "0")) : 0;
  return utcText(probe.getTime() - offset * 60_000, micros);
}

function dateOf(value: unknown, where: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new TypeError(`${where}: invalid Date`);
    return dateTimeOf(value, where).slice(0, 10);
  }
  if (typeof value === "string") return value;
  throw new TypeError(
    `${where}: expected a date string (YYYY-MM-DD) or a Date`,
  );
}

/** One scalar value as the API reads it; `type` is the spec's value type (undefined if unknown). */
export function encodeValue(
  type: FilterValueType | undefined,
  value: unknown,
  where = "query value",
): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (type === "date") return dateOf(value, where);
  if (value instanceof Date) return dateTimeOf(value, where);
  if (typeof value === "string")
    return type === "datetime" ? parseDateTimeText(value, where) : value;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new TypeError(`${where}: cannot send ${value}`);
    return String(value);
  }
  if (typeof value === "bigint") return value.toString();
  const kind =
    value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  throw new TypeError(
    `${where}: cannot send ${kind} as a ${type ?? "query"} value`,
  );
}

function encodeList(
  type: FilterValueType | undefined,
  values: readonly unknown[],
  where: string,
): string {
  if (!values.length) {
    // `f[in]=` would ask the API for records whose value is "", not "any of nothing".
    throw new TypeError(
      `${where}: the list is empty; leave the key out to not filter on it`,
    );
  }
  return values.map((value) => encodeValue(type, value, where)).join(",");
}

/** Any plain query value, an array included (comma-joined): query params and `extraQuery`. */
export function encodeParam(value: unknown, where = "query value"): string {
  return Array.isArray(value)
    ? encodeList(undefined, value, where)
    : encodeValue(undefined, value, where);
}

function isOperatorObject(
  value: unknown,
): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}

function listOperand(
  name: string,
  spec: FilterSpec,
  op: string,
  operand: unknown,
): string {
  const where = `filter '${name}' operator '${op}'`;
  if (!Array.isArray(operand)) {
    const shown =
      typeof operand === "string" ? JSON.stringify(operand) : typeof operand;
    const example =
      typeof operand === "string" ? `[${JSON.stringify(operand)}]` : "[...]";
    throw new TypeError(
      `${where} takes an array of values, got ${shown}; pass an array such as ${example}`,
    );
  }
  return encodeList(spec.type, operand, where);
}

function scalarOperand(
  name: string,
  spec: FilterSpec,
  op: string | undefined,
  operand: unknown,
): string {
  const where = `filter '${name}'` + (op ? ` operator '${op}'` : "");
  return encodeValue(spec.type, operand, where);
}

/** The query pairs of one filter field's value; throws TypeError for a value the spec forbids. */
export function encodeFilter(
  name: string,
  spec: FilterSpec,
  value: unknown,
): Array<[string, string]> {
  const ops = spec.ops;
  if (!isOperatorObject(value)) {
    if (Array.isArray(value) && ops.includes("in")) {
      return [[`${name}[in]`, listOperand(name, spec, "in", value)]]; // a list means "any of"
    }
    if (spec.plain)
      return [[name, scalarOperand(name, spec, undefined, value)]];
    if (ops.includes("eq"))
      return [[`${name}[eq]`, scalarOperand(name, spec, "eq", value)]];
    if (ops.includes("in"))
      return [[`${name}[in]`, listOperand(name, spec, "in", value)]];
    throw new TypeError(
      `filter '${name}' takes an object of operators (${[...ops].sort().join(", ")}), not a plain value`,
    );
  }
  const pairs: Array<[string, string]> = [];
  for (const [op, operand] of Object.entries(value)) {
    if (!ops.includes(op)) {
      const allowed = [...ops].sort().join(", ") || "none";
      throw new TypeError(
        `filter '${name}' does not support operator '${op}'; allowed: ${allowed}`,
      );
    }
    if (operand === undefined || operand === null) continue;
    pairs.push([
      `${name}[${op}]`,
      isListOperator(op)
        ? listOperand(name, spec, op, operand)
        : scalarOperand(name, spec, op, operand),
    ]);
  }
  return pairs;
}

/** A path parameter, percent-encoded as Python's quote(safe=""); an empty one is an error. */
export function encodePathParam(name: string, value: unknown): string {
  if (typeof value !== "string" || !value) {
    throw new TypeError(
      `expected a non-empty string for path parameter '${name}', got ${JSON.stringify(value) ?? String(value)}`,
    );
  }
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
