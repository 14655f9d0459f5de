/**
 * @grantdesk/client: a typed client for the grantdesk API.
 *
 * The types come from openapi/openapi.json (src/schema.d.ts, made by `npm run generate` with
 * openapi-typescript); requests go through openapi-fetch. Amounts are `Decimal` strings.
 */
import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, operations, paths, webhooks } from "./schema.js";
export type { Decimal } from "./decimal.js";
export { addDecimals, compareDecimals, decimal, isDecimal } from "./decimal.js";
export {
  canonicalJson,
  compareCodePoints,
  sha256Hex,
  snapshotDigest,
  verifyReceiptDigest,
} from "./canonical.js";

/** Every schema of the API by name: `Schemas["ApplicationView"]`. */
export type Schemas = components["schemas"];
/** An RFC 9457 problem, the body of every error. */
export type Problem = Schemas["Problem"];
/** The typed client (openapi-fetch): `client.GET("/api/v1/calls", { params: { query: { q } } })`. */
export type GrantdeskClient = Client<paths, `${string}/${string}`>;

/** A bearer token, or a function giving the current one (undefined: send none). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface GrantdeskClientOptions {
  /** The server's root, e.g. "https://grantdesk.example.org" (the paths start with /api/v1). */
  baseUrl: string;
  /** Sent as `authorization: Bearer <token>` on every request. */
  token?: TokenSource;
  /** A fetch of your own (tests, proxies); defaults to the global fetch. */
  fetch?: ClientOptions["fetch"];
  /** Headers sent on every request. */
  headers?: ClientOptions["headers"];
}

/** A middleware that sends `authorization: Bearer <token>` unless the request sets its own. */
export function bearerAuth(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === "function" ? await token() : token;
      if (value && !request.headers.has("authorization")) {
        request.headers.set("authorization", `Bearer ${value}`);
      }
      return request;
    },
  };
}

/** A typed client for a grantdesk server. */
export function createGrantdeskClient(options: GrantdeskClientOptions): GrantdeskClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  if (options.token !== undefined) client.use(bearerAuth(options.token));
  return client;
}

/** The error `unwrap` throws: the HTTP status and the problem the server answered. */
export class GrantdeskError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | unknown,
  ) {
    const p = problem as Partial<Problem> | undefined;
    super(
      `${status} ${p?.type ?? ""} ${p?.title ?? ""}${p?.detail ? `: ${p.detail}` : ""}`.replace(/\s+/g, " ").trim(),
    );
    this.name = "GrantdeskError";
  }
}

/**
 * The body of a successful answer, or a thrown {@link GrantdeskError} with the problem:
 * `const call = unwrap(await client.GET(...))`.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new GrantdeskError(result.response.status, result.error);
  }
  return result.data as T;
}

export type AttachmentView = Schemas["AttachmentView"];

/** A client, or what it takes to make one. */
export type ClientOrOptions = GrantdeskClient | GrantdeskClientOptions;

function isClient(value: ClientOrOptions): value is GrantdeskClient {
  return typeof (value as GrantdeskClient).POST === "function";
}

/** The multipart body of an upload: the form fields (strings) and one file. */
export function multipartForm(
  fields: Record<string, string>,
  file: Blob | Uint8Array,
  fileName: string,
  fileField = "file",
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const blob = file instanceof Uint8Array ? new Blob([new Uint8Array(file)]) : file;
  form.append(fileField, blob, fileName);
  return form;
}

/**
 * Uploads an attachment to a draft application (`POST /api/v1/applications/{id}/attachments`,
 * multipart/form-data with `kind` and `file`). The server reads the file's type from its content
 * and wants the name's extension to agree ("form.pdf" for a PDF).
 *
 * Returns openapi-fetch's result: `data` (the attachment, 201) or `error` (a problem).
 */
export async function uploadAttachment(
  client: ClientOrOptions,
  applicationId: string,
  kind: string,
  file: Blob | Uint8Array,
  fileName: string,
) {
  const api = isClient(client) ? client : createGrantdeskClient(client);
  const form = multipartForm({ kind }, file, fileName);
  return api.POST("/api/v1/applications/{id}/attachments", {
    params: { path: { id: applicationId } },
    // the generated type of the multipart body says `file: string` (format: binary)
    body: { kind, file: fileName },
    bodySerializer: () => form,
  });
}
