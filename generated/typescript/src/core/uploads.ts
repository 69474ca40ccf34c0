// File uploads: toFile() and the multipart body of a write that sends files.
// Uses the global File, Blob and FormData (Node >= 20, browsers, Deno, Bun, workers).

export type ToFileInput = Blob | ArrayBuffer | ArrayBufferView | string;

export interface FilePropertyBag {
  /** The MIME type, e.g. "application/pdf"; a Blob's own type is kept when not given. */
  type?: string;
  lastModified?: number;
}

// The part's type is inferred: @types/node without the DOM lib declares no global BlobPart.
function blobPart(value: ToFileInput) {
  if (typeof value === "string" || value instanceof Blob) return value;
  // A copy into a plain ArrayBuffer: a view may sit on a SharedArrayBuffer, which Blob refuses.
  const view =
    value instanceof ArrayBuffer
      ? new Uint8Array(value)
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy;
}

/** A File from bytes, a Blob, an ArrayBuffer, a typed array or a string (sent as UTF-8). */
export function toFile(
  value: ToFileInput,
  name: string,
  options: FilePropertyBag = {},
): File {
  const type = options.type ?? (value instanceof Blob ? value.type : undefined);
  const bag: FilePropertyBag = {};
  if (type !== undefined) bag.type = type;
  if (options.lastModified !== undefined)
    bag.lastModified = options.lastModified;
  return new File([blobPart(value)], name, bag);
}

export function isBlob(value: unknown): value is Blob {
  return typeof Blob !== "undefined" && value instanceof Blob;
}

function formValue(value: unknown): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint")
    return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value); // nested objects travel as JSON text
}

function append(form: FormData, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (isBlob(value)) {
    const name = value instanceof File ? value.name : "upload";
    form.append(key, value, name);
  } else {
    form.append(key, formValue(value));
  }
}

/** The body fields as multipart form data: files as parts, arrays repeated, objects as JSON. */
export function buildMultipart(
  fields: Readonly<Record<string, unknown>>,
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) {
      for (const item of value) append(form, key, item);
    } else {
      append(form, key, value);
    }
  }
  return form;
}
