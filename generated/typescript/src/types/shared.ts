// Generated from specs/ by the Trackstar SDK generator: do not edit.

/** A datetime filter value: a Date, or an ISO-8601 string with a time zone. */
export type DateTimeInput = Date | string;

export type DatetimeFilter =
  | DateTimeInput
  | ReadonlyArray<DateTimeInput>
  | FilterOperators<
      "eq" | "neq" | "gt" | "gte" | "lt" | "lte" | "in" | "nin",
      DateTimeInput
    >;

export type DatetimeRangeFilter =
  | DateTimeInput
  | FilterOperators<"eq" | "neq" | "gt" | "gte" | "lt" | "lte", DateTimeInput>;

/**
 * One member of a union of bodies, exactly: each member forbids the keys that only
 * other members have, so an object mixing two members' fields fits none.
 */
export type Exclusive<U, K extends PropertyKey = KeysOf<U>> = U extends unknown
  ? U & { [P in Exclude<K, keyof U>]?: never }
  : never;

/** An object of the operators a filter field allows, each with its operand. */
export type FilterOperators<Ops extends string, Value> = {
  [Op in Ops]?: Op extends ListOperator ? ReadonlyArray<Value> : Value;
};

/** Every key of every member of a union (`keyof` gives only the shared ones). */
export type KeysOf<U> = U extends unknown ? keyof U : never;

/** The operators that take a list of values (`in`, `nin`, `in-insensitive`, ...). */
export type ListOperator = "in" | "nin" | `in-${string}` | `nin-${string}`;

export type StringCaseInsensitiveFilter =
  | string
  | ReadonlyArray<string>
  | FilterOperators<
      | "eq"
      | "eq-insensitive"
      | "in"
      | "in-insensitive"
      | "nin"
      | "contains"
      | "contains-insensitive"
      | "not_contains",
      string
    >;

export type StringEqContainsNotContainsFilter =
  string | FilterOperators<"eq" | "contains" | "not_contains", string>;

export type StringEqInNinContainsNotContainsFilter =
  | string
  | ReadonlyArray<string>
  | FilterOperators<"eq" | "in" | "nin" | "contains" | "not_contains", string>;

export type StringFilter =
  | string
  | ReadonlyArray<string>
  | FilterOperators<
      "eq" | "neq" | "in" | "nin" | "contains" | "not_contains",
      string
    >;

export type StringInFilter =
  ReadonlyArray<string> | FilterOperators<"in", string>;
