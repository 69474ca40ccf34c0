// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface CartPassthroughParams {
  data?: Record<string, unknown> | null;
  headers?: Record<string, string> | null;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  params?: Record<string, unknown> | null;
  path: string;
}

export interface CartPassthroughResponse {
  body?: unknown;
  headers?: Record<string, string>;
  status_code?: number;
}
