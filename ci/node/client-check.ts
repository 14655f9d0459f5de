// A frontend's view of the API, typed from the generated client (generated/api.d.ts, made by
// openapi-typescript from openapi/openapi.json). `tsc --noEmit` fails when the document no longer
// gives a client what it needs: the paths, operations and schemas used below.
import type { components, operations, paths } from "./generated/api";

type Schemas = components["schemas"];
type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
type ProblemJson<T> = T extends { content: { "application/problem+json": infer B } } ? B : never;

// GET /api/v1/calls: a page of calls, filtered by query parameters.
type ListCalls = paths["/api/v1/calls"]["get"];
type CallsQuery = NonNullable<ListCalls["parameters"]["query"]>;
type CallsPage = Json<ListCalls["responses"][200]>;
type CallsBadQuery = ProblemJson<ListCalls["responses"][400]>;

// POST /api/v1/auth/token: a bearer token for a demo account.
type TokenOp = operations["issue_token"];
type TokenRequest = TokenOp["requestBody"] extends { content: { "application/json": infer B } } | undefined ? B : never;
type TokenResponse = Json<TokenOp["responses"][200]>;

const query: CallsQuery = { q: "EXP23", status: "open", page: 1, per_page: 20 };

const login: TokenRequest = { email: "admin@grantdesk.local", password: "demo-admin-password" };

function bearer(token: TokenResponse): string {
    return `${token.token_type} ${token.access_token}`;
}

// Money is a decimal string, deadlines carry their zone, every page says where it is.
function summarise(page: CallsPage): string[] {
    const total: number = page.total;
    return page.items.map((call: Schemas["CallView"]) => {
        const budget: string = call.budget;
        const tracks: number = call.tracks.length;
        const open: boolean = call.accepting_submissions;
        return `${call.reference} ${budget} ${tracks} ${open} ${total} ${call.deadline.time_zone}`;
    });
}

// Every error is problem+json with a stable type.
function explain(problem: Schemas["Problem"] | CallsBadQuery): string {
    const fields = (problem.errors ?? []).map((e: Schemas["FieldError"]) => e.field).join(", ");
    return `${problem.status} ${problem.type}: ${problem.title} (${problem.detail}) ${fields}`;
}

// A draft call as the admin would send it.
const draft: Schemas["CallRequest"] = {
    reference: "EXP30",
    title: "Expertenpool ter ondersteuning van lokale besturen",
    budget: "750000.00",
    budget_article: "SJ0-1SMC2GA-WT",
    budget_year: 2030,
    tracks: [{ name: "Eén-op-één ondersteuning" }],
    deadline: "2030-08-31T10:00",
    time_zone: "Europe/Brussels",
    start_date: "2030-11-01",
};

export { bearer, draft, explain, login, query, summarise };
