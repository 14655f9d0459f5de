// Generated from openapi/openapi.json (sha256 fae442464a68e90ff53c11d0264146a67661bc20504659263dbb4508d94923ff) by scripts/generate.mjs: do not edit, run `npm run generate`.
import type { Decimal } from "./decimal.js";
export interface paths {
    "/api/v1/aid-regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The regulations a call's aid can rely on (any signed-in user): the de minimis regulations
         *     with their ceiling per single undertaking and rolling period, the block exemption; each
         *     with its legal source and the days of awards it applies to.
         */
        get: operations["list_regulations"];
        put?: never;
        /**
         * Add a regulation (admin): a new regulation is a configuration change, not a release. A de
         *     minimis one has a ceiling and a rolling period (1 to 10 years), a block exemption neither.
         *     Regulations are never changed or removed.
         */
        post: operations["add_regulation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications: an applicant sees their organisations' only, a reviewer those assigned
         *     to them; admins and auditors all; filtered by call, track, status and organisation.
         */
        get: operations["list_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application (a member of the lead organisation, admin, auditor, an assigned reviewer).
         *     Admins and auditors also see its latest eligibility screening.
         */
        get: operations["get_application"];
        /**
         * Replace a draft's content (a member of the lead organisation; drafts only, before the
         *     deadline).
         */
        put: operations["update_application"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/after-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application's whole history after the decision (admin, auditor): every
         *     decision on it in order (the latest is current), its reserve place, its grant's acceptance
         *     and its objection.
         */
        get: operations["application_after_decision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a reviewer to an eligible application (admin). A reviewer affiliated with the lead
         *     or a partner organisation is refused (409 conflict-of-interest).
         */
        post: operations["assign_reviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a document to a draft (a member of the lead organisation, before the deadline), as
         *     multipart/form-data with `kind` (one of the call's attachment kinds, or "annex") and
         *     `file`. The type is read from the content and its structure checked: PDF, ODF/OOXML
         *     documents and spreadsheets, PNG, JPEG; the file name's extension must be that type's
         *     (`.pdf`, `.png`, `.jpg`/`.jpeg`, `.odt`, `.ods`, `.docx`, `.xlsx`, any case). A file over
         *     the upload limit or a form over its total (413), a form that does not arrive within the
         *     upload time (408), another type, a damaged file or a name with another extension (415), an
         *     empty file or a name with path parts (422) are refused and nothing is stored.
         */
        post: operations["upload_attachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (those who may read the application). */
        get: operations["download_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{attachment_id}/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detach a document from a draft (the record and the file are kept, marked detached). */
        post: operations["detach_attachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/budget-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace only a draft's budget lines (a member of the lead organisation; drafts only, before
         *     the deadline). The requested amount becomes their exact sum, checked against the call's cap
         *     per project; the rest of the content stays as it is.
         */
        put: operations["replace_budget_lines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decision on a submitted application (admin): selected (with an award, at most the
         *     requested amount and the cap; it holds that money on the ledger), reserve or rejected, with
         *     a motivation. A new decision replaces the current one until the selection is final; its
         *     hold is voided exactly. Refused (409 insufficient-funds) when the call, or the track's own
         *     budget, has too little left, however many admins decide at once.
         */
        post: operations["record_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/double-funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application's double-funding signals (admin, auditor): the submitted applications of its
         *     lead organisation and of its single undertaking in other calls, each with the similarity of
         *     its title, summary and budget lines (per mille) and whether the periods overlap; flagged
         *     ones (overlapping and alike) first; and the screeners' findings.
         */
        get: operations["double_funding_signals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/double-funding/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a finding on an application's double-funding signals (admin): no_double_funding,
         *     suspected or confirmed, with a note. The latest counts; earlier ones stay.
         */
        post: operations["record_double_funding_finding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/objection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application's objection and its ruling (admins, auditors, and its organisation's
         *     members); 404 when none was lodged.
         */
        get: operations["get_objection"];
        put?: never;
        /**
         * Lodge an objection (bezwaar) against an application's decision (the representative of its
         *     lead organisation): one per application, with its grounds, strictly before the end of the
         *     call's `after_decision.objection_days` after the decision letter, counted as a legal period
         *     in the call's zone and enforced to the second. The organisation's members are told it was
         *     received.
         */
        post: operations["lodge_objection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/objection/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a document to an objection (the representative of the application's lead
         *     organisation), as multipart/form-data with `file` and an optional `description`: strictly
         *     before the end of the objection period and before staff rule, at most 20 per objection. The
         *     file is checked as an application's attachment is: its type from its content and structure
         *     (PDF, ODF/OOXML documents and spreadsheets, PNG, JPEG), its name's extension that type's.
         */
        post: operations["attach_to_objection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/objection/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document attached to an objection (admins, auditors, and its organisation's
         *     members).
         */
        get: operations["download_objection_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/objection/ruling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rule on an objection (admin), once, with a motivation: inadmissible, rejected or upheld.
         *     Upheld, for an application without a grant, names the award it is decided again with: it
         *     is offered when that much is free where the award would draw from (a hold, a grant awaiting
         *     its acceptance, a letter), and otherwise the application joins the reserve list at the
         *     rank its score gives it (`outcome` says which). The organisation is told.
         */
        post: operations["rule_objection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every receipt of an application, oldest first; the last is what is assessed. */
        get: operations["list_receipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/receipts/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One receipt with its frozen snapshot (whose canonical JSON hashes to the digest). */
        get: operations["get_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/receipts/{number}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * That the submission is in the audit log (whoever may read the receipt): the inclusion proof
         *     of the receipt's log entry in the latest signed checkpoint. Check it with
         *     `tools/verify_inclusion.py` and the log's public key. 409 while the entry waits to be sealed
         *     (about a second), and for receipts issued before the log.
         */
        get: operations["receipt_proof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reviews of an application: admins and auditors see all; a reviewer sees their own, and
         *     the others' submitted reviews only once their own is submitted.
         */
        get: operations["list_reviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a submitted application back to draft to change it (before the deadline). Its receipts
         *     stay; submit again for a new one. Until then nothing of it is submitted.
         */
        post: operations["revise_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen a submitted application's eligibility (admin): eligible, or not eligible with a
         *     reason. Only eligible applications go to review. Screening again records a new verdict;
         *     an application whose current decision is `selected` (its award holds money) cannot be
         *     screened not eligible until the decision is changed (409).
         */
        post: operations["screen_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a complete draft (a member of the lead organisation), strictly before the deadline.
         *     Answers a receipt: a number unique within the call, the server's instant, the SHA-256 of
         *     the frozen snapshot. Submitting a submitted application again answers the same receipt.
         */
        post: operations["submit_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application (before the deadline). It is kept, and cannot come back. */
        post: operations["withdraw_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assignments: a reviewer sees their own active ones; admins and auditors filter by
         *     application or reviewer.
         */
        get: operations["list_assignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a conflict of interest on one's assignment (reviewer): it leaves one's work, and
         *     the application is no longer readable to one; the reason is kept.
         */
        post: operations["declare_conflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save one's review of an assignment as a draft (reviewer): a score per criterion within its
         *     range, and a comment.
         */
        put: operations["put_review"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/review/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit one's saved review (reviewer): every criterion scored and a comment. Final. */
        post: operations["submit_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the audit trail, oldest first (auditor, admin). */
        get: operations["list_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the audit trail's hash chain from its first record (auditor, admin): each record
         *     holds the hash of the one before, so an edited, removed or reordered record is named.
         */
        get: operations["verify_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset. When an enabled account has the address, a one-time token (valid
         *     for an hour) is written to the account's outbox for delivery by e-mail. The answer is the
         *     same whether or not an account has the address.
         */
        post: operations["request_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset's one-time token. Every token issued to the account before
         *     stops working; sign in with the new password.
         */
        post: operations["confirm_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: the bearer's token stops working at once (on every server process); the
         *     account's other tokens keep working.
         */
        post: operations["sign_out"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up as staff of an applicant organisation (role applicant). Then register an
         *     organisation, or ask its representative to invite you (and accept the invitation).
         */
        post: operations["signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange email and password for a bearer token (JWT, HS256). */
        post: operations["issue_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List budget articles (finance, admin, auditor). */
        get: operations["list_articles"];
        put?: never;
        /** Create a budget article for a budget year, with its VAK and VEK ledgers (finance, admin). */
        post: operations["create_article"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-articles/{code}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An article's balances for a year, per credit type (finance, admin, auditor): credit,
         *     reserved for calls, committed, paid, recovered, released, available. Read from running
         *     totals (a fixed number of rows, however long the history); with `?at=` recomputed from the
         *     transfers recorded at or before that instant, which gives what the running totals said then.
         */
        get: operations["article_balances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-articles/{code}/{year}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit an article (finance): a CREDIT transfer from the article's appropriation to its
         *     available account. Idempotent on `transfer_id`: the same id and payload → 200 with the same
         *     transfer; the same id with another payload → 409.
         */
        post: operations["credit_article"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calls. Without a token only published calls (from `open` on) are listed; admins,
         *     finance and auditors also see drafts.
         */
        get: operations["list_calls"];
        put?: never;
        /** Create a draft call (admin). */
        post: operations["create_call"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one call. Published calls are public; drafts are visible to admins, finance and
         *     auditors only (others get 404).
         */
        get: operations["get_call"];
        /** Replace a draft call's definition (admin; drafts only). */
        put: operations["update_call"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/after-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a call's awards became after its decision (admin, finance, auditor), per call and per
         *     track: offered (by the selection and afterwards), accepted, pending, renounced, expired,
         *     re-offered (from the reserve list or on an upheld objection), and what the reserve list
         *     still waits for. The ledger's side (awarded, held, freed, remaining) is
         *     `GET /calls/{id}/budget`.
         */
        get: operations["call_after_decision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a draft application in an open call, for an organisation you are a member of
         *     (applicant). The content may be partial; `missing` in the answer says what submission still
         *     needs.
         */
        post: operations["create_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the assessment of a closed call (admin): from then on applications are screened,
         *     assigned, reviewed and decided. Tracks with a budget of their own get it set apart on the
         *     ledger (from the call's account to the track's), so awards can never exceed it.
         */
        post: operations["start_assessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign reviewers in bulk (admin): every eligible application of the call (or of one track)
         *     gets reviewers from the list, round robin, skipping conflicts of interest and existing
         *     assignments, until it has `per_application`.
         */
        post: operations["bulk_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A call's money: budget, reserved, awarded, held, paid, released, remaining, and per track
         *     (admin, finance, auditor). Read from the running totals of the call's, its tracks' and its
         *     grants' accounts; with `?at=` recomputed from the transfers recorded at or before then.
         */
        get: operations["call_budget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a call before it is decided (admin). An opened call's reservation is released back
         *     to the article in the same transaction.
         */
        post: operations["cancel_call"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/deadline-extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an open call's deadline to a later instant, with a reason (admin). The history of
         *     deadlines is kept and shown.
         */
        post: operations["extend_deadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current decision of every decided application of a call (admin, auditor). */
        get: operations["list_decisions"];
        put?: never;
        /** Record many decisions at once (admin), all or none. */
        post: operations["bulk_decisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalise the selection (admin): every submitted application must be screened and every
         *     eligible one must have a decision; every held award is posted as a commitment, each
         *     selected application becomes a grant (starting on the call's start date, paid by the call's
         *     schedule), the decisions become final, the call moves to `decided`, and a decision
         *     notification per submitted application is written to the outbox (for one screened not
         *     eligible and not decided: `decision` `not_eligible` with the screening's reason).
         */
        post: operations["finalise_selection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/gates/{gate}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an approval gate's evidence (admin): `if_advice` (finance inspectorate advice),
         *     `budget_agreement`, `government_approval`, in that order. An unfavourable verdict is
         *     recorded but does not advance the call.
         */
        post: operations["record_gate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The objections in a call, oldest first (admin, auditor). */
        get: operations["list_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open an approved call (admin): reserves its budget on the article's VAK ledger, in the same
         *     transaction. Refused when the article's available credit is short (the problem says what is
         *     available), when a gate is missing or unfavourable, when the call has no assessment criteria
         *     (its applications could never be reviewed), or when the deadline has passed.
         */
        post: operations["open_call"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The questions of a published call: without a token the published ones; an applicant also
         *     sees their own; admins and auditors see all, with who asked.
         */
        get: operations["list_questions"];
        put?: never;
        /** Ask a question about a published call (applicant). */
        post: operations["ask_question"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ranking per track of the eligible applications (admin, auditor): by score (the mean of
         *     the submitted reviews' 0-100 scores, each rounded to two decimals, the mean rounded to two
         *     decimals half away from zero), ties broken by the earliest receipt; unscored applications
         *     last. `format=csv` gives CSV.
         */
        get: operations["ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A call's reserve list (admin, finance, auditor): per track in ranking order, the
         *     applications decided `reserve` that scored at or above the call's threshold, each waiting,
         *     offered (with its acceptance) or closed (the reserve period ended).
         */
        get: operations["reserve_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/control-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The control links, oldest first (admin, auditor), filtered by status: `declared` are the
         *     ones to decide.
         */
        get: operations["list_control_links"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/control-links/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide on a control link (admin): confirm or reject a declared one, end a confirmed one
         *     when the control ceased (a reason is required to reject or end).
         */
        post: operations["decide_control_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery queue (admin): messages by delivery status, by default the failed ones (parked
         *     after their last attempt), oldest first; to whom, how many attempts, the relay's last
         *     answer. Not their content, which is the recipient's.
         */
        get: operations["deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a message whose delivery failed (admin): it is due again now, with a fresh count of
         *     attempts. Audited.
         */
        post: operations["retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/360giving.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The awarded grants as a 360Giving 1.4 data package (finance, admin, auditor): all grants of
         *     every decided call, or of one call. Each grant's id is the configured prefix
         *     (`GRANTDESK_360G_PREFIX`) and its uuid; the recipient is identified by its enterprise number
         *     (`BE-BCE_KBO-…`), the funder and publisher as configured; the payments of its tranches are
         *     its `disbursementTransaction`s. Amounts are JSON numbers with exactly two decimals, written
         *     from the exact decimal, never through a float. 404 when there is no grant to publish.
         */
        get: operations["export_360giving"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/subsidy-register.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same quarter as CSV: a header row of the JSON's field names, in order, then one row per
         *     award; amounts as decimal strings, dates as `YYYY-MM-DD`, empty cells for nulls.
         */
        get: operations["subsidy_register_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/subsidy-register.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The subsidy register of a quarter (admin, finance, auditor): every award whose legal right
         *     was conferred in it (Brussels dates), once, in the fields a public register publishes
         *     (beneficiary and enterprise number, amount awarded, date of award, legal basis and budget
         *     article, purpose, aid regime and regulation). Awards never taken up are left out.
         */
        get: operations["subsidy_register_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grants: staff see all (filter by call); an applicant sees their organisations' own. */
        get: operations["list_grants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grant with its tranches, committed, paid and open amounts (running totals). */
        get: operations["get_grant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or renounce a grant (the representative of its organisation), strictly before the
         *     end of the period the decision letter (or the reserve offer) gives: the call's
         *     `after_decision.acceptance_days`, counted as a legal period in the call's zone. Only an
         *     accepted grant is paid. A renunciation frees the award (on the ledger: its commitment goes
         *     back to the account it was awarded from) and, in the same transaction, offers the money to
         *     the call's reserve list: the next application that fits gets an award hold, a grant
         *     awaiting its own acceptance and a letter. Silence past the period has the same effect (the
         *     server's expiry job).
         */
        post: operations["answer_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel (withdraw) a grant (admin): an accepted grant that is not settled, with a motivation
         *     the organisation reads. Nothing more is paid, reported or settled on it. The grantee keeps
         *     `kept` of what was paid (by default nothing); the rest of what was paid is recovered and
         *     everything not kept is decommitted: freed to the account the award came from and offered to
         *     the call's reserve list in the same transaction while a place waits there, otherwise
         *     released to the article. All or nothing; idempotent on `transfer_id`.
         */
        post: operations["cancel_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/final-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A grant's final reports with their verdicts (those who may see the grant). */
        get: operations["list_final_reports"];
        put?: never;
        /**
         * Submit the final report (a member of the grantee organisation) as multipart/form-data with
         *     `spent` and `file`: from the grant's start, while no report awaits a verdict or was accepted.
         *     A rejected report is followed by a new version. The file is checked as an attachment is:
         *     its type from its content and structure, its name's extension that type's.
         */
        post: operations["submit_final_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/final-reports/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the verdict on the latest final report (admin): accepted (with the accepted spend,
         *     at most what was reported; by default all of it) or rejected (the grantee then submits a
         *     new version). A motivation is required when rejecting or accepting less than reported.
         */
        post: operations["decide_final_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/final-reports/{version}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a final report's document (those who may see the grant). */
        get: operations["download_final_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a tranche (finance): the commitment is liquidated on the VAK ledger (committed → paid)
         *     and the amount paid from the article's VEK ledger, both or neither. A start tranche is
         *     payable from the grant's start date; the final-report tranche once the final report is
         *     accepted: it pays the balance, min(committed, accepted spend) − paid, and settles the grant
         *     (releasing what is not needed), exactly as `POST /grants/{id}/settlement` does; when nothing
         *     is due (the advances cover the accepted spend) it is refused and the grant is settled with
         *     that endpoint instead. Paying more than is committed, or more than the VEK credit
         *     available, is refused. Idempotent on `transfer_id`.
         */
        post: operations["pay_tranche"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle a grant (finance) once its final report is accepted: pay the balance, book a
         *     recovery, release what is not needed to the article (see the module documentation for the
         *     transfers). All or nothing; idempotent on `transfer_id`.
         */
        post: operations["settle_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation addressed to you: you become a member of its organisation. */
        post: operations["accept_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation addressed to you. */
        post: operations["decline_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger's transfers as CSV (finance, admin, auditor): one row per transfer, in the order
         *     they were written, with its ledger (year, VAK/VEK, article), both accounts (kind and owning
         *     call, track or grant), the amount as a decimal string with two decimals, status, reference
         *     and actor. At most 50,000 transfers (otherwise 422: narrow the filters). Free text that a
         *     spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.
         */
        get: operations["export_ledger_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger's transfers as an XLSX workbook (finance, admin, auditor): the same columns and
         *     filters as the CSV, on one sheet "ledger" with a frozen header row and an autofilter.
         *     `budget_year` is a number; `amount` is a text cell holding the exact decimal string
         *     ("28800.00"), so that no spreadsheet ever rounds it.
         */
        get: operations["export_ledger_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transfers, oldest first (finance, admin, auditor). Filter by article and year (with
         *     credit type, default VAK), by account, by code.
         */
        get: operations["list_transfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transfer (finance, admin, auditor). */
        get: operations["get_transfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/transfers/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a credit (finance): a REVERSE transfer moving the amount back from the article's
         *     available account to its appropriation. Refused (and stays refused under its id) when that
         *     money is no longer available, e.g. because a call reserved it. Idempotent on `transfer_id`.
         */
        post: operations["reverse_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The log's latest signed checkpoint (any signed-in user): its tree size and root, as a C2SP
         *     signed note with the key to check it. 404 before anything is sealed.
         */
        get: operations["latest_checkpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every signed checkpoint, oldest first (any signed-in user): keep one, and later ask for a
         *     consistency proof from it.
         */
        get: operations["list_checkpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sealed entries by index (auditor, admin), with the exact bytes each leaf hashes, so
         *     that a mirror can recompute the tree.
         */
        get: operations["list_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * That the tree of `second` entries extends the tree of `first` (any signed-in user): an
         *     RFC 9162 consistency proof, with the signed checkpoints at both sizes where there are.
         */
        get: operations["consistency_proof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * That an entry (by `index` or audit `entry_id`) is in a signed tree (auditor, admin): an
         *     RFC 9162 inclusion proof against the latest checkpoint or the one at `tree_size`. 409 while
         *     the entry is committed and not yet sealed (about a second).
         */
        get: operations["inclusion_proof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the bearer is. */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invitations pending for your account's e-mail address. */
        get: operations["my_invitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the language the bearer's account is written to in: `nl` (the default), `fr` or `en`.
         *     Later mail goes out in it; the inbox shows every message in it.
         */
        put: operations["set_language"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bearer's messages (receipts, decision letters, invitations, account messages), unread
         *     first and then the newest first, each written in the account's language. An applicant reads
         *     an organisation's messages while it is a member.
         */
        get: operations["inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the bearer's messages read (marking it again keeps the first instant). */
        post: operations["mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the bearer's password (the current one is required). Every token issued before,
         *     this one included, stops working; the answer is a new token.
         */
        put: operations["change_password"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the bearer gets reminders (of a call's deadline while its organisation has a draft,
         *     and of a grant's final report once it is due); on unless turned off.
         */
        get: operations["reminders"];
        /** Turn the bearer's reminders on or off. Other messages always go out. Audited. */
        put: operations["set_reminders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Claims on enterprise numbers (admin, auditor): by default the unverified ones, waiting for
         *     staff; by enterprise number and then oldest first, so that competing claims are listed
         *     together, each with how many other unverified claims share its number.
         */
        get: operations["list_claims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations: an applicant's own; every organisation for staff. */
        get: operations["list_organisations"];
        put?: never;
        /**
         * Register an organisation (applicant). The one who registers becomes its first member and its
         *     representative. The organisation is an unverified claim on its enterprise number until staff
         *     verify it (it may apply, it is paid nothing); another claim on the same number is recorded
         *     beside it, and staff settle which one holds it.
         */
        post: operations["create_organisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation (its members, a reviewer assigned to one of its applications, or staff). */
        get: operations["get_organisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/aid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's own view of its aid (its members, staff): its single undertaking and, per
         *     de minimis regulation, the rolling window ending on `on` (default today, Brussels), the
         *     awards made here to any member under that regulation in the window, and what is left under
         *     the ceiling.
         */
        get: operations["aid_position"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/control-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a control link (the organisation's representative): the organisation registered
         *     under `other_kbo` controls this one (`other_is: parent`) or is controlled by it
         *     (`subsidiary`), by one of the de minimis regulation's four criteria. It makes a single
         *     undertaking once staff confirm it.
         */
        post: operations["declare_control_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's invitations still pending (the representative only). */
        get: operations["list_invitations"];
        put?: never;
        /**
         * Invite whoever holds an e-mail address to become a member (the representative only). The
         *     answer is the same whether or not an account has the address and whether or not it is a
         *     member already; the invitee finds the invitation at `GET /me/invitations` (and, when an
         *     account has the address, a message in its outbox). It may be answered for 14 days.
         */
        post: operations["invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a pending invitation (the representative only); it is kept, as withdrawn. */
        delete: operations["withdraw_invitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The members of an organisation (its members, or admin, finance and audit staff; never a
         *     reviewer).
         */
        get: operations["list_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End a membership: your own (you leave; the representative hands the role on first) or,
         *     as the representative, another member's (they are removed and told). The membership is kept
         *     in the organisation's history; from the next request on, the organisation and its
         *     applications are no longer visible to the one who left.
         */
        delete: operations["end_membership"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an organisation's claim on its enterprise number (admin), with a reason told to its
         *     members. Only an unverified claim is rejected; a decision is not changed (a correction is
         *     a new registration). Audited.
         */
        post: operations["reject_organisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/representative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Hand the representative's role on to another current member (the representative only);
         *     you stay a member. Answers the members.
         */
        put: operations["hand_on"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/single-undertaking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The single undertaking an organisation belongs to (its members, staff): every organisation
         *     reached through confirmed control links, either way, and every link touching one of them.
         */
        get: operations["single_undertaking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an organisation (admin) on the evidence checked: its KBO extract, the mandate of the
         *     person who registered it, the representative's identity. Settles its enterprise number:
         *     every other unverified claim on it is rejected ("another claim on this enterprise number
         *     was verified") and the members of each are told; the organisation's own members are told
         *     too. Audited with the evidence.
         */
        post: operations["verify_organisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a question and (by default) publish it (admin). Answering again corrects the answer;
         *     the audit trail keeps every version.
         */
        post: operations["answer_question"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The one-click unsubscribe link of a reminder mail (RFC 8058: its `List-Unsubscribe` header,
         *     posted by the mail program with the body `List-Unsubscribe=One-Click`): turns reminders off
         *     for the account the link was made for, without signing in. Audited. Turn them on again
         *     with `PUT /me/reminders`.
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff and applicant accounts, by email (admin, auditor); `role` filters. */
        get: operations["list_users"];
        put?: never;
        /** Create a staff account (admin), e.g. a reviewer with the enterprise numbers they work for. */
        post: operations["create_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account (admin; not their own): it cannot sign in, and every token issued to it
         *     stops working at once, on every server process.
         */
        post: operations["disable_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account again (admin; not their own). Tokens issued before it was
         *     disabled stay invalid: the user signs in again.
         */
        post: operations["enable_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person's personal data from the audit trail (admin; GDPR article 17, where no legal
         *     retention applies): the names, e-mail addresses and free text of every audit entry that
         *     concerns the user (as its author, as the user it is about, or by their address) are
         *     deleted with their salts. The sealed log does not change: it holds only salted commitments
         *     to that data, so every checkpoint and proof still verifies. Audited as
         *     `personal_data.erase`.
         */
        post: operations["erase_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give a staff account another staff role (admin; not their own): admin, finance, reviewer or
         *     auditor. Tokens issued before stop working at once.
         */
        put: operations["change_user_role"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoints the bearer sees: an admin all; an applicant those of its organisations. */
        get: operations["list_endpoints"];
        put?: never;
        /**
         * Register an endpoint. An applicant registers one for an organisation it represents (that
         *     organisation's events only); an admin for one organisation, or without `organisation_id`
         *     for every event. Each delivery is a POST signed as Standard Webhooks says (`webhook-id`,
         *     `webhook-timestamp`, `webhook-signature`) with the secret in this answer, shown once.
         *     Audited.
         */
        post: operations["create_endpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint. */
        get: operations["get_endpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint's delivery log: its messages, the newest first, each with every attempt (the
         *     receiver's status, or why there was none).
         */
        get: operations["list_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{message}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message again (delivered or failed), under the same `webhook-id`. Audited. */
        post: operations["replay_delivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable the endpoint: nothing is sent to it and no new events are written for it; waiting
         *     messages stay. Audited.
         */
        post: operations["disable_endpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable the endpoint again (also one disabled for its failures): its failures are forgotten
         *     and its waiting messages go out. Audited.
         */
        post: operations["enable_endpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the endpoint's secret (its organisation's representative, or an admin): the new one
         *     is in the answer, once; the ones it replaces keep signing beside it for 24 hours, so each
         *     delivery carries a signature by each until then. Audited.
         */
        post: operations["rotate_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the endpoint a `webhook.test` event (whatever it subscribes to), to try the receiver
         *     and its signature check. The answer is the message, queued.
         */
        post: operations["test_endpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers. */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers. */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: request counts and latency histograms per method, route pattern and
         *     status (text exposition format 0.0.4). Needs an admin, finance or auditor token; a scraper
         *     without one reads them on the address `GRANTDESK_METRICS_BIND` names instead.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Accept or renounce a grant. */
        AcceptanceRequest: {
            answer: components["schemas"]["AnswerKind"];
        };
        /** @description Where a grant's award stands with its organisation. */
        AcceptanceView: {
            /**
             * @description pending, accepted, renounced or expired.
             * @example pending
             */
            status: string;
            /**
             * Format: date-time
             * @description The decision letter's (or the reserve offer's) instant: the award date.
             */
            offered_at: string;
            /**
             * @description The end of the period to answer, in the call's zone: an answer at or after it is
             *     refused, and the award expires.
             * @example 2024-11-21T00:00:00+01:00
             */
            due: string;
            /** @description Offered from the reserve list (its hold is committed when it is accepted). */
            from_reserve: boolean;
            /** @description Offered less than the application asked (a partial award from the reserve). */
            partial: boolean;
            /** Format: date-time */
            answered_at?: string | null;
        };
        AddressDto: {
            /** @example Havermarkt 10 */
            street: string;
            /** @example 3500 */
            postal_code: string;
            /** @example Hasselt */
            city: string;
            /**
             * @description ISO 3166 two-letter code.
             * @default BE
             * @example BE
             */
            country?: string;
        };
        /**
         * @description What a call sets for the time after its decision: the periods (in days, counted as Belgian
         *     law counts them: from the day after the letter, a last day on a weekend or legal holiday
         *     runs on to the next working day), the reserve list, partial awards.
         */
        AfterDecisionDefinition: {
            /**
             * Format: int32
             * @description Days to accept or renounce an award, after its letter or offer (1 to 365; 30).
             * @default 30
             * @example 30
             */
            acceptance_days?: number;
            /**
             * Format: int32
             * @description Days to lodge an objection after the decision letter (1 to 365; 30).
             * @default 30
             * @example 30
             */
            objection_days?: number;
            /**
             * Format: int32
             * @description Days after the selection is final during which freed money is offered to the reserve
             *     list (1 to 365; 365).
             * @default 365
             * @example 365
             */
            reserve_days?: number;
            /**
             * Format: decimal
             * @description The lowest score (0 to 100, two decimals) that puts an eligible application that did
             *     not fit the budget on the reserve list ("0.00": every scored one).
             * @default 0.00
             * @example 60.00
             */
            reserve_threshold?: Decimal;
            /**
             * @description Whether the first in line may be offered less than it asked when nobody fits whole.
             * @default false
             */
            partial_awards?: boolean;
        };
        /** @description Where a call's awards stand after its decision (or one track's). */
        AftermathView: {
            /**
             * Format: decimal
             * @description Every award made: by the selection and afterwards (accepted + pending + renounced +
             *     expired).
             * @example 750000.00
             */
            offered: Decimal;
            /**
             * Format: decimal
             * @example 700000.00
             */
            accepted: Decimal;
            /**
             * Format: decimal
             * @example 0.00
             */
            pending: Decimal;
            /**
             * Format: decimal
             * @example 50000.00
             */
            renounced: Decimal;
            /**
             * Format: decimal
             * @example 0.00
             */
            expired: Decimal;
            /**
             * Format: decimal
             * @description Awards made after the selection: from the reserve list, or on an upheld objection.
             * @example 50000.00
             */
            reoffered: Decimal;
            /**
             * Format: decimal
             * @description What the reserve list's places still waiting ask.
             * @example 45000.00
             */
            reserve_waiting: Decimal;
            reserve_waiting_count: number;
        };
        /**
         * @description De minimis aid received from another granting authority (or under another regulation) in the
         *     three years before the application.
         */
        AidDeclarationDto: {
            /**
             * @description Who granted it.
             * @example Agentschap Innoveren & Ondernemen
             */
            authority: string;
            /**
             * Format: date
             * @description The day the legal right to it was conferred (not after today, in Brussels).
             * @example 2025-05-12
             */
            granted_on: string;
            /**
             * Format: decimal
             * @description A decimal string with at most two decimals, above zero.
             * @example 20000.00
             */
            amount: Decimal;
            /**
             * @description The regulation it was granted under.
             * @example EU 2023/2831
             */
            regulation: string;
        };
        /**
         * @description What a call's grants are under the state-aid rules; every field has its default (not state
         *     aid).
         */
        AidDefinition: {
            /**
             * @description not_state_aid (the default: for example local governments acting as public
             *     authorities), de_minimis, sgei_de_minimis or block_exempted.
             * @default not_state_aid
             * @example de_minimis
             */
            regime?: string;
            /**
             * @description The code of the regulation the aid relies on (one of `GET /aid-regulations` of the
             *     regime); required except for not_state_aid.
             * @default null
             * @example EU 2023/2831
             */
            regulation?: string | null;
            /**
             * @description The GBER article a block-exempted call relies on (required for block_exempted only).
             * @default null
             * @example art. 53
             */
            gber_article?: string | null;
            /**
             * @description De minimis regimes: an award over a single undertaking's ceiling is capped to what is
             *     left (its headroom) instead of refused.
             * @default false
             */
            cap_to_headroom?: boolean;
        };
        /**
         * @description An organisation's own view of its aid: its single undertaking and, per de minimis
         *     regulation, the window ending on `on` and what is left.
         */
        AidPositionView: {
            /** Format: uuid */
            organisation_id: string;
            /** Format: date */
            on: string;
            members: components["schemas"]["OrganisationRef"][];
            regulations: components["schemas"]["RegulationPositionView"][];
        };
        /**
         * @description The representative's answer to an award.
         * @enum {string}
         */
        AnswerKind: "accept" | "renounce";
        AnswerRequest: {
            answer: string;
            /**
             * @description Publish the question and answer to every user of the call (without the asker).
             * @default true
             */
            publish?: boolean;
        };
        /**
         * @description One application after the decision: every decision on it (the latest is current), its
         *     place on the reserve list, its grant's acceptance and its objection.
         */
        ApplicationAftermathView: {
            /** Format: uuid */
            application_id: string;
            decisions: components["schemas"]["DecisionView"][];
            reserve_place?: null | components["schemas"]["ReservePlaceView"];
            acceptance?: null | components["schemas"]["AcceptanceView"];
            objection?: null | components["schemas"]["ObjectionView"];
        };
        /** @description What the lead organisation writes; `PUT` replaces all of it. */
        ApplicationContentDto: {
            /**
             * Format: int32
             * @description One of the call's track numbers.
             * @example 1
             */
            track: number;
            /** @example Expertenpool Limburg */
            title?: string;
            summary?: string;
            /**
             * @description Answers by question key.
             * @example {
             *       "expertise": "Twintig jaar ervaring ..."
             *     }
             */
            answers?: {
                [key: string]: string;
            };
            /**
             * @description Partner organisations by enterprise number (not the lead).
             * @example [
             *       "0207.451.227"
             *     ]
             */
            partners?: string[];
            contact?: null | components["schemas"]["ContactDto"];
            budget_lines?: components["schemas"]["BudgetLineDto"][];
            /**
             * @description In a call whose aid regime has a ceiling (de minimis): the other de minimis aid the
             *     applicant and its single undertaking received in the three years before; required
             *     before submission (`[]` declares none), refused in other calls.
             */
            aid_declarations?: components["schemas"]["AidDeclarationDto"][] | null;
            /** @description Other funding asked for this same project. */
            other_funding?: components["schemas"]["OtherFundingDto"][];
        };
        /** @description A short line per application in listings. */
        ApplicationSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            call_id: string;
            /** Format: uuid */
            lead_organisation_id: string;
            /** @example submitted */
            status: string;
            /** Format: int32 */
            track: number;
            title: string;
            /**
             * Format: decimal
             * @example 48000.00
             */
            requested_amount: Decimal;
            /** @example EXP23-0007 */
            receipt_number?: string | null;
            /** Format: date-time */
            received_at_utc?: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        ApplicationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            call_id: string;
            /** @example EXP23 */
            call_reference: string;
            lead_organisation: components["schemas"]["OrganisationRef"];
            /**
             * @description draft, submitted or withdrawn.
             * @example draft
             */
            status: string;
            /** Format: int32 */
            track: number;
            title: string;
            summary: string;
            answers: {
                [key: string]: string;
            };
            /**
             * @example [
             *       "0207.451.227"
             *     ]
             */
            partners: string[];
            contact?: null | components["schemas"]["ContactDto"];
            budget_lines: components["schemas"]["BudgetLineView"][];
            /**
             * Format: decimal
             * @description The exact sum of the budget lines.
             * @example 48000.00
             */
            requested_amount: Decimal;
            /** @description The other de minimis aid declared (absent until declared). */
            aid_declarations?: components["schemas"]["AidDeclarationDto"][] | null;
            /** @description Other funding asked for this same project. */
            other_funding: components["schemas"]["OtherFundingDto"][];
            attachments: components["schemas"]["AttachmentView"][];
            latest_receipt?: null | components["schemas"]["ReceiptView"];
            /** @description What still stops a submission (empty when it can be submitted). */
            missing: components["schemas"]["FieldError"][];
            screening?: null | components["schemas"]["ScreeningView"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description One ledger's figures for an article and year, exact to the cent, from running totals. */
        ArticleBalance: {
            /** @example VAK */
            credit_type: string;
            /**
             * Format: decimal
             * @description Credited (net of reversals).
             * @example 750000.00
             */
            credit: Decimal;
            /**
             * Format: decimal
             * @description Reserved for open calls (net of releases).
             * @example 750000.00
             */
            reserved_for_calls: Decimal;
            /**
             * Format: decimal
             * @description Committed to grants (VAK; before releases at settlement, net of awards renounced or not
             *     accepted in time).
             * @example 0.00
             */
            committed: Decimal;
            /**
             * Format: decimal
             * @description Liquidated (VAK) or paid (VEK) to grantees, net of recoveries.
             * @example 0.00
             */
            paid: Decimal;
            /**
             * Format: decimal
             * @description Booked back from grantees whose advances exceeded what was due.
             * @example 0.00
             */
            recovered: Decimal;
            /**
             * Format: decimal
             * @description Given back to the article: `released_from_calls` + `released_from_grants`.
             * @example 0.00
             */
            released: Decimal;
            /**
             * Format: decimal
             * @description Call budgets given back (cancelled calls).
             * @example 0.00
             */
            released_from_calls: Decimal;
            /**
             * Format: decimal
             * @description Commitments released when grants were settled for less than committed.
             * @example 0.00
             */
            released_from_grants: Decimal;
            /**
             * Format: decimal
             * @description Still available on the article: for new calls (VAK) or payments (VEK).
             * @example 0.00
             */
            available: Decimal;
        };
        ArticleBalancesView: {
            /** @example SJ0-1SMC2GA-WT */
            code: string;
            /**
             * Format: int32
             * @example 2023
             */
            budget_year: number;
            description: string;
            /**
             * Format: date-time
             * @description The instant asked for with `?at=` (the balances are then recomputed from the transfers
             *     recorded at or before it); absent for the current running totals.
             */
            at?: string | null;
            /** @description VAK and VEK. */
            balances: components["schemas"]["ArticleBalance"][];
        };
        ArticleView: {
            /** @example SJ0-1SMC2GA-WT */
            code: string;
            /**
             * Format: int32
             * @example 2023
             */
            budget_year: number;
            description: string;
            /** Format: date-time */
            created_at: string;
        };
        AskRequest: {
            /** @example Mogen we de subsidie gebruiken voor de opleiding van onze medewerkers? */
            question: string;
        };
        AssignRequest: {
            /** Format: uuid */
            reviewer_id: string;
        };
        AssignmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            application_id: string;
            /** Format: uuid */
            reviewer_id: string;
            /**
             * @description active or conflict_declared.
             * @example active
             */
            status: string;
            /** Format: date-time */
            assigned_at: string;
            conflict_reason?: string | null;
        };
        /** @description A kind of document the call asks for. */
        AttachmentKindDefinition: {
            /** @example application_form */
            kind: string;
            /** @example Aanvraagformulier */
            label: string;
            required?: boolean;
        };
        AttachmentView: {
            /** Format: uuid */
            id: string;
            /** @example application_form */
            kind: string;
            /** @example aanvraagformulier.pdf */
            file_name: string;
            /** @example application/pdf */
            media_type: string;
            /** Format: int64 */
            size_bytes: number;
            /** @description SHA-256 of the content (lowercase hex). */
            sha256: string;
            /** Format: date-time */
            uploaded_at: string;
            /** @description Where to download it. */
            href: string;
        };
        /** @description One attempt to deliver a message. */
        AttemptView: {
            /** Format: date-time */
            at: string;
            /**
             * Format: int32
             * @description The receiver's HTTP status, when it answered.
             */
            response_status?: number | null;
            /** @description Why the attempt failed (a non-2xx answer, or no answer). */
            error?: string | null;
            /** Format: int64 */
            duration_ms: number;
        };
        /**
         * @description The result of checking the audit trail: the hash chain (the records written before the
         *     verifiable log replaced it, #16) and the log.
         */
        AuditVerification: {
            /** @description `true` when every link of the chain and everything in the log holds. */
            intact: boolean;
            /**
             * Format: int64
             * @description Chained records checked.
             */
            checked: number;
            /**
             * Format: int64
             * @description Records outside the chain (written before it began, or since the log replaced it).
             */
            unchained: number;
            first_broken?: null | components["schemas"]["BrokenLinkView"];
            /** @description The log: entries, tree hashes and signed checkpoints. */
            log: components["schemas"]["LogVerificationView"];
        };
        /** @description One change: who, when, what, and the target before and after. */
        AuditView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            actor: string;
            /** @example call.open */
            action: string;
            /** @example call */
            target_type: string;
            target_id: string;
            before?: Record<string, never> | null;
            after?: Record<string, never> | null;
        };
        BrokenLinkView: {
            /**
             * Format: int64
             * @description Its position in the chain (1-based).
             */
            chain_seq: number;
            /** @description Its id. */
            id: string;
            reason: string;
        };
        /**
         * @description What a budget line pays for.
         * @enum {string}
         */
        BudgetCategory: "personnel" | "operating" | "equipment" | "subcontracting" | "other";
        BudgetLineDto: {
            /** @description personnel, operating, equipment, subcontracting or other. */
            category: components["schemas"]["BudgetCategory"];
            /** @example Expert coaching, 40 days */
            description: string;
            /**
             * Format: decimal
             * @description A decimal string with at most two decimals (never a JSON number).
             * @example 24000.00
             */
            amount: Decimal;
        };
        BudgetLineView: {
            category: components["schemas"]["BudgetCategory"];
            description: string;
            /**
             * Format: decimal
             * @example 24000.00
             */
            amount: Decimal;
        };
        /** @description A draft's budget lines, replacing the ones it has (the rest of the content stays). */
        BudgetLinesRequest: {
            /** @description The new lines; the requested amount becomes their exact sum. */
            budget_lines: components["schemas"]["BudgetLineDto"][];
        };
        /**
         * @description Assigns reviewers to every eligible application of a call (or of one track), round robin,
         *     skipping conflicts and existing assignments, until each has `per_application` reviewers.
         */
        BulkAssignRequest: {
            /** Format: int32 */
            track?: number | null;
            reviewer_ids: string[];
            /**
             * Format: int32
             * @example 3
             */
            per_application: number;
        };
        BulkAssignView: {
            assigned: components["schemas"]["AssignmentView"][];
            /** @description Applications that could not get `per_application` reviewers (too few without conflicts). */
            short: components["schemas"]["ShortOfReviewers"][];
        };
        BulkDecisionItem: {
            /** Format: uuid */
            application_id: string;
            /** @example rejected */
            kind: string;
            /** Format: decimal */
            awarded?: Decimal | null;
            motivation: string;
        };
        /** @description Several decisions, all or none. */
        BulkDecisionRequest: {
            /** @description 1 to 1000 decisions. */
            decisions: components["schemas"]["BulkDecisionItem"][];
        };
        /** @description A call after its decision: its figures and each track's. */
        CallAftermathView: components["schemas"]["AftermathView"] & {
            /** Format: uuid */
            call_id: string;
            tracks: components["schemas"]["TrackAftermathView"][];
        };
        /** @description What a call's money looks like on the ledger. */
        CallBudgetView: {
            /** Format: uuid */
            call_id: string;
            /**
             * Format: date-time
             * @description The instant asked for with `?at=`; absent for the current running totals.
             */
            at?: string | null;
            /**
             * Format: decimal
             * @example 750000.00
             */
            budget: Decimal;
            /**
             * Format: decimal
             * @description Reserved on the article when the call opened (net of releases).
             * @example 750000.00
             */
            reserved: Decimal;
            /**
             * Format: decimal
             * @description Committed to grants (by the finalised selection and accepted reserve offers), net of
             *     awards freed again.
             * @example 0.00
             */
            awarded: Decimal;
            /**
             * Format: decimal
             * @description Held by provisional awards (decisions not yet finalised).
             * @example 0.00
             */
            held: Decimal;
            /**
             * Format: decimal
             * @description Paid to its grantees (net of recoveries).
             * @example 0.00
             */
            paid: Decimal;
            /**
             * Format: decimal
             * @description Given back to the article (e.g. when the call was cancelled).
             * @example 0.00
             */
            released: Decimal;
            /**
             * Format: decimal
             * @description Released from its grants' commitments at settlement (back to the article).
             * @example 0.00
             */
            released_from_grants: Decimal;
            /**
             * Format: decimal
             * @description Freed by awards renounced or not accepted in time: back to the call's (or the track's)
             *     account, for the reserve list (`awarded` is net of it).
             * @example 0.00
             */
            freed: Decimal;
            /**
             * Format: decimal
             * @description Still available for awards (the call's and its tracks' own budgets).
             * @example 750000.00
             */
            remaining: Decimal;
            tracks: components["schemas"]["TrackBudgetView"][];
        };
        /** @description A call's definition, to create a draft or to replace a draft's definition. */
        CallRequest: {
            /**
             * @description Short code, unique, used in receipt numbers (e.g. "EXP23"): 2-20 of A-Z, 0-9, "-".
             * @example EXP23
             */
            reference: string;
            /** @example Expertenpool ter ondersteuning van lokale besturen */
            title: string;
            description?: string;
            /** @description The policy objective the call serves (e.g. action 4.3 of the action plan). */
            policy_link?: string | null;
            /**
             * Format: decimal
             * @description The call's budget, a decimal string with at most two decimals.
             * @example 750000.00
             */
            budget: Decimal;
            /** @example SJ0-1SMC2GA-WT */
            budget_article: string;
            /**
             * Format: int32
             * @example 2023
             */
            budget_year: number;
            /**
             * Format: decimal
             * @description At most this much per project (optional), a decimal string with at most two decimals.
             * @example 60000.00
             */
            cap_per_project?: Decimal | null;
            tracks: components["schemas"]["TrackRequest"][];
            /**
             * @description The submission deadline: a local time in `time_zone` ("2023-08-31T10:00") or an RFC 3339
             *     instant with offset ("2023-08-31T10:00:00+02:00"). A whole second (no fraction, no
             *     second 60) of a four-digit year.
             * @example 2023-08-31T10:00
             */
            deadline: string;
            /**
             * @description IANA time zone of the deadline.
             * @default Europe/Brussels
             * @example Europe/Brussels
             */
            time_zone?: string;
            /**
             * Format: date
             * @description When the funded projects start (a four-digit year).
             * @example 2024-11-01
             */
            start_date: string;
            /** @description The questions an application answers (at most 50). */
            questions?: components["schemas"]["QuestionDefinition"][];
            /** @description The documents an application attaches (at most 20 kinds), e.g. the application form. */
            attachment_kinds?: components["schemas"]["AttachmentKindDefinition"][];
            /** @description How reviewers score an application (at most 20 criteria). */
            criteria?: components["schemas"]["CriterionDefinition"][];
            /**
             * @description How grants are paid, in tranches by whole percent adding up to 100; empty means 60 % at
             *     the start and the balance after the final report.
             */
            payment_schedule?: components["schemas"]["TrancheDefinition"][];
            /**
             * Format: int32
             * @description How long the funded projects run, in months from the start date (12 when left out).
             */
            grant_months?: number;
            /** @description What the call sets for the time after its decision; every field has its default. */
            after_decision?: components["schemas"]["AfterDecisionDefinition"];
            /** @description What the call's grants are under the state-aid rules; not state aid by default. */
            aid?: components["schemas"]["AidDefinition"];
        };
        /** @description A call as clients see it. */
        CallView: {
            /** Format: uuid */
            id: string;
            /** @example EXP23 */
            reference: string;
            title: string;
            description: string;
            policy_link?: string | null;
            /**
             * @description Effective status at the time of the request.
             * @example open
             */
            status: string;
            /** @description `true` while submissions are accepted (open and before the deadline). */
            accepting_submissions: boolean;
            /**
             * Format: decimal
             * @example 750000.00
             */
            budget: Decimal;
            /** @example SJ0-1SMC2GA-WT */
            budget_article: string;
            /**
             * Format: int32
             * @example 2023
             */
            budget_year: number;
            /**
             * Format: decimal
             * @example 60000.00
             */
            cap_per_project?: Decimal | null;
            tracks: components["schemas"]["TrackView"][];
            deadline: components["schemas"]["DeadlineView"];
            /**
             * Format: date
             * @example 2024-11-01
             */
            start_date: string;
            /** @description Approval evidence (IF advice, budget agreement, government approval), oldest first. */
            approvals: components["schemas"]["GateView"][];
            /** @description Every deadline the call has had, oldest first. */
            deadline_history: components["schemas"]["DeadlineChangeView"][];
            /** @description The application form's questions. */
            questions: components["schemas"]["QuestionDefinition"][];
            /** @description The documents an application attaches. */
            attachment_kinds: components["schemas"]["AttachmentKindDefinition"][];
            /** @description The assessment criteria. */
            criteria: components["schemas"]["CriterionDefinition"][];
            /** @description How grants are paid (the default schedule when the call set none). */
            payment_schedule: components["schemas"]["TrancheDefinition"][];
            /** Format: int32 */
            grant_months: number;
            after_decision: components["schemas"]["AfterDecisionDefinition"];
            aid: components["schemas"]["AidDefinition"];
            cancelled_reason?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        CancelRequest: {
            /** @example The policy priority was withdrawn */
            reason: string;
        };
        /** @description Cancel a grant (withdraw it); `transfer_id` is the idempotency key. */
        CancellationRequest: {
            /** Format: uuid */
            transfer_id: string;
            /**
             * @description Why the grant is cancelled (1 to 20,000 characters); the organisation reads it.
             * @example Het project werd niet opgestart; de organisatie werd ontbonden.
             */
            motivation: string;
            /**
             * Format: decimal
             * @description What the grantee keeps of what was paid (costs made in good faith before the
             *     cancellation), at most what was paid; by default nothing: everything paid is recovered.
             * @example 0.00
             */
            kept?: Decimal | null;
        };
        /** @description A grant's cancellation. */
        CancellationView: {
            /**
             * Format: uuid
             * @description The client's id (idempotency key).
             */
            id: string;
            /** Format: uuid */
            grant_id: string;
            motivation: string;
            /**
             * Format: decimal
             * @description Paid before the cancellation.
             * @example 30000.00
             */
            paid_before: Decimal;
            /**
             * Format: decimal
             * @description What the grantee keeps of it.
             * @example 0.00
             */
            kept: Decimal;
            /**
             * Format: decimal
             * @description Booked back: what was paid and not kept.
             * @example 30000.00
             */
            recovery: Decimal;
            /**
             * Format: decimal
             * @description Decommitted: everything not kept.
             * @example 50000.00
             */
            release: Decimal;
            /**
             * @description Where the release went: `reserve` (freed to the account the award came from and
             *     offered to the call's reserve list) or `article` (the budget article's credit).
             * @example reserve
             */
            released_to: string;
            cancelled_by: string;
            /** Format: date-time */
            cancelled_at: string;
        };
        /** @description A signed checkpoint: the log had `tree_size` entries with this root. */
        CheckpointView: {
            /**
             * @description The log's name (the first line of the note).
             * @example grantdesk.local/audit
             */
            origin: string;
            /** Format: int64 */
            tree_size: number;
            /**
             * @description The RFC 9162 root hash, hexadecimal.
             * @example 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
             */
            root_hash: string;
            /** @description The C2SP `tlog-checkpoint` in a C2SP `signed-note` (Ed25519), as standard tools read it. */
            note: string;
            /**
             * @description The log's public key in the note format (`name+keyid+base64(0x01 ‖ key)`), to check
             *     `note` with.
             */
            verifier_key: string;
            /** Format: date-time */
            signed_at: string;
        };
        /**
         * @description A claim on an enterprise number, listed by number and then oldest first (claims on one
         *     number are next to each other).
         */
        ClaimView: {
            organisation: components["schemas"]["OrganisationView"];
            /**
             * Format: int64
             * @description How many other unverified claims there are on the same enterprise number.
             */
            competing_claims: number;
        };
        ConflictRequest: {
            /** @example My partner works for the lead organisation */
            reason: string;
        };
        /**
         * @description That the tree of `second` entries extends the tree of `first` (RFC 9162 §2.1.4): nothing
         *     sealed was changed or removed.
         */
        ConsistencyProofView: {
            /** Format: int64 */
            first: number;
            /** Format: int64 */
            second: number;
            /** @description The proof, hexadecimal (empty when the sizes are equal). */
            proof: string[];
            first_checkpoint?: null | components["schemas"]["CheckpointView"];
            second_checkpoint?: null | components["schemas"]["CheckpointView"];
        };
        ContactDto: {
            /** @example Jan Peeters */
            name: string;
            /**
             * Format: email
             * @example jan.peeters@genk.be
             */
            email: string;
            /** @example +32 89 65 44 11 */
            phone?: string | null;
        };
        /** @description A control link declared by an organisation's representative. */
        ControlLinkRequest: {
            /**
             * @description The other organisation's enterprise number (registered here and verified by staff).
             * @example 0207.451.227
             */
            other_kbo: string;
            /** @description parent (the other controls this one) or subsidiary (this one controls the other). */
            other_is: components["schemas"]["OtherIs"];
            /**
             * @description majority_of_voting_rights, appoints_majority_of_board, dominant_influence or
             *     controls_votes_by_agreement (Regulation (EU) 2023/2831, article 2(2)).
             * @example majority_of_voting_rights
             */
            criterion: string;
        };
        /** @description A control link: `parent` controls `subsidiary`. */
        ControlLinkView: {
            /** Format: uuid */
            id: string;
            parent: components["schemas"]["OrganisationRef"];
            subsidiary: components["schemas"]["OrganisationRef"];
            /** @example majority_of_voting_rights */
            criterion: string;
            /**
             * @description declared, confirmed, rejected or ended; only confirmed links make a single undertaking.
             * @example confirmed
             */
            status: string;
            /** Format: date-time */
            declared_at: string;
            /** Format: date-time */
            decided_at?: string | null;
            reason?: string | null;
        };
        /** @description An award counted under a regulation's ceiling. */
        CountedAwardView: {
            /**
             * Format: uuid
             * @description The application awarded (its grant, once the selection is final, has the same id).
             */
            application_id: string;
            /**
             * Format: uuid
             * @description The member of the single undertaking it went to.
             */
            organisation_id: string;
            /** @example EXP23 */
            call_reference: string;
            /**
             * @description The regulation of its call.
             * @example EU 2023/2831
             */
            regulation: string;
            /**
             * Format: date
             * @description The Brussels day it counts from: the selection's end (while the selection runs, the day
             *     it was held), or the offer from the reserve list.
             */
            award_date: string;
            /**
             * Format: decimal
             * @example 50000.00
             */
            amount: Decimal;
        };
        /** @description A new draft: the lead organisation and the content (the same fields as an edit). */
        CreateApplicationRequest: {
            /**
             * Format: uuid
             * @description The lead organisation (you must be a member).
             */
            organisation_id: string;
            /**
             * Format: int32
             * @example 1
             */
            track: number;
            /** @example Expertenpool Limburg */
            title?: string;
            summary?: string;
            answers?: {
                [key: string]: string;
            };
            /**
             * @example [
             *       "0207.451.227"
             *     ]
             */
            partners?: string[];
            contact?: null | components["schemas"]["ContactDto"];
            budget_lines?: components["schemas"]["BudgetLineDto"][];
            aid_declarations?: components["schemas"]["AidDeclarationDto"][] | null;
            other_funding?: components["schemas"]["OtherFundingDto"][];
        };
        /** @description A budget article for one budget year. */
        CreateArticleRequest: {
            /** @example SJ0-1SMC2GA-WT */
            code: string;
            /**
             * Format: int32
             * @example 2023
             */
            budget_year: number;
            /**
             * @description A name: trimmed, not blank, at most 500 characters.
             * @example Preventie van gewelddadige radicalisering
             */
            description: string;
        };
        /** @description A staff account (reviewers with their affiliations, for conflicts of interest). */
        CreateUserRequest: {
            /**
             * Format: email
             * @example assessor@vvsg.be
             */
            email: string;
            /**
             * Format: password
             * @description At least 12 characters.
             */
            password: string;
            /**
             * @description admin, finance, reviewer, applicant or auditor.
             * @example reviewer
             */
            role: string;
            /**
             * @description Trimmed, not blank, at most 200 characters.
             * @example An Assessor
             */
            display_name: string;
            /**
             * @description Enterprise numbers the user works for (VVSG: 0451.857.573 ...): a reviewer is in
             *     conflict with any application whose lead or partner is one of them.
             * @example [
             *       "0207.451.227"
             *     ]
             */
            affiliations?: string[];
        };
        /**
         * @description Credits an article with (part of) its appropriation. `transfer_id` makes it idempotent:
         *     replaying the same id and payload has one effect and returns the same answer.
         */
        CreditRequest: {
            /** Format: uuid */
            transfer_id: string;
            /**
             * @description VAK (vastleggingskrediet, commitment credit; the default) or VEK (vereffeningskrediet,
             *     payment credit).
             * @default VAK
             * @example VAK
             */
            credit_type?: string;
            /**
             * Format: decimal
             * @example 750000.00
             */
            amount: Decimal;
            /** @example Begroting 2023, initieel krediet */
            reference: string;
        };
        /**
         * @description An assessment criterion: reviewers score it from 0 to `max_score`; `weight` says how much
         *     it counts in the review's 0-100 score.
         */
        CriterionDefinition: {
            /** @example expertise */
            key: string;
            /** @example Specifieke expertise */
            name: string;
            description?: string;
            /**
             * Format: int32
             * @example 3
             */
            weight: number;
            /**
             * Format: int32
             * @example 10
             */
            max_score: number;
        };
        DeadlineChangeView: {
            previous?: null | components["schemas"]["DeadlineView"];
            deadline: components["schemas"]["DeadlineView"];
            reason: string;
            /** Format: date-time */
            changed_at: string;
            changed_by?: string | null;
        };
        /** @description A deadline: the same instant in the call's zone and in UTC. */
        DeadlineView: {
            /**
             * @description Local time in the call's zone, with its offset.
             * @example 2023-08-31T10:00:00+02:00
             */
            at: string;
            /**
             * Format: date-time
             * @example 2023-08-31T08:00:00Z
             */
            utc: string;
            /** @example Europe/Brussels */
            time_zone: string;
        };
        DecisionRequest: {
            /**
             * @description selected, reserve or rejected.
             * @example selected
             */
            kind: string;
            /**
             * Format: decimal
             * @description For selected: at most the requested amount and the cap.
             * @example 48000.00
             */
            awarded?: Decimal | null;
            /** @example Sterke expertise, duidelijke aanpak */
            motivation: string;
        };
        DecisionView: {
            /** Format: uuid */
            application_id: string;
            /** @example selected */
            kind: string;
            /**
             * Format: decimal
             * @example 48000.00
             */
            awarded?: Decimal | null;
            motivation: string;
            /**
             * Format: uuid
             * @description The ledger hold of a selected award (pending until the selection is finalised).
             */
            hold_transfer_id?: string | null;
            /** Format: date-time */
            decided_at: string;
        };
        /** @description Aid a member declared in a submitted application. */
        DeclaredAidView: components["schemas"]["AidDeclarationDto"] & {
            /** Format: uuid */
            organisation_id: string;
        };
        /**
         * @description Where a message's delivery stands: pending (waiting for its next attempt), sent, or failed
         *     (parked after its last attempt, until staff retry it).
         * @enum {string}
         */
        DeliveryStatus: "pending" | "sent" | "failed";
        /**
         * @description A message as the delivery queue holds it (staff): to whom, and how its delivery went. Its
         *     content is the recipient's; only the kind is shown.
         */
        DeliveryView: {
            /** Format: uuid */
            id: string;
            /** @example decision_letter */
            kind: string;
            /** Format: uuid */
            user_id: string;
            /** @example contact@genk.be */
            email: string;
            language: components["schemas"]["Language"];
            status: components["schemas"]["DeliveryStatus"];
            /**
             * Format: int32
             * @description Attempts so far.
             */
            attempts: number;
            /**
             * Format: date-time
             * @description When the next attempt is due (pending only).
             */
            next_attempt_at?: string | null;
            /** @description What the last failed attempt met (the relay's answer). */
            last_error?: string | null;
            /** Format: date-time */
            sent_at?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description Another application of the organisation or its single undertaking, compared. */
        DoubleFundingSignalView: {
            /** Format: uuid */
            application_id: string;
            /** @example EXP24 */
            call_reference: string;
            organisation: components["schemas"]["OrganisationRef"];
            /** @description Whether a grant was made on it. */
            granted: boolean;
            /** Format: date */
            period_start: string;
            /** Format: date */
            period_end: string;
            /** @description Whether the periods share a day. */
            overlap: boolean;
            /**
             * Format: int32
             * @description Similarity of the titles, summaries and budget lines, 0 to 1000 (per mille; the cosine
             *     of character trigrams, case and accents folded).
             * @example 1000
             */
            title_similarity: number;
            /**
             * Format: int32
             * @example 930
             */
            summary_similarity: number;
            /**
             * Format: int32
             * @example 1000
             */
            budget_similarity: number;
            /** @description Overlapping and alike (a similarity of 600 or more): to look at. */
            flagged: boolean;
        };
        /**
         * @description An application's double-funding signals: the submitted applications of its organisation and
         *     single undertaking in other calls, flagged ones first, and the screeners' findings.
         */
        DoubleFundingView: {
            /** Format: uuid */
            application_id: string;
            /** Format: date */
            period_start: string;
            /** Format: date */
            period_end: string;
            signals: components["schemas"]["DoubleFundingSignalView"][];
            /** @description What the applicant declared of other funding asked for this same project. */
            other_funding: components["schemas"]["OtherFundingDto"][];
            /** @description Oldest first; the last one counts. */
            findings: components["schemas"]["FindingView"][];
        };
        /** @description A new endpoint and its secret (shown this once). */
        EndpointCreated: {
            endpoint: components["schemas"]["EndpointView"];
            /**
             * @description `whsec_...`: keep it; it is not shown again (rotate it to get a new one).
             * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
             */
            secret: string;
        };
        /**
         * @description A new endpoint. An applicant registers one for an organisation it represents (its events
         *     only); an admin for one organisation or, without `organisation_id`, for every event.
         */
        EndpointRequest: {
            /**
             * @description Where deliveries are posted: `https`, a public host (see the README on private
             *     networks).
             * @example https://finance.genk.be/hooks/grantdesk
             */
            url: string;
            /**
             * @description The events to receive (at least one).
             * @example [
             *       "application.submitted",
             *       "application.decided"
             *     ]
             */
            event_types: components["schemas"]["EventType"][];
            /**
             * Format: uuid
             * @description The organisation whose events it receives (required for applicants).
             */
            organisation_id?: string | null;
            /**
             * @description What it is for, for its owner (at most 500 characters).
             * @example Boekhouding: subsidiedossiers
             */
            description?: string | null;
        };
        /**
         * @description Whether an endpoint receives deliveries: active, or disabled (by its owner, an admin, or
         *     because its deliveries kept failing; its messages wait until it is enabled again).
         * @enum {string}
         */
        EndpointStatus: "active" | "disabled";
        /** @description An endpoint (its secret is never shown again after it was made). */
        EndpointView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation whose events it receives; null: an admin's endpoint, every event.
             */
            organisation_id?: string | null;
            /** @example https://finance.genk.be/hooks/grantdesk */
            url: string;
            description: string;
            event_types: components["schemas"]["EventType"][];
            status: components["schemas"]["EndpointStatus"];
            /** @description Why it was disabled. */
            disabled_reason?: string | null;
            /**
             * Format: int32
             * @description Messages that failed every attempt, in a row.
             */
            consecutive_failures: number;
            /** Format: uuid */
            created_by: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description Erase a person's personal data from the audit trail (GDPR article 17), where no legal
         *     retention applies: the admin states on what ground.
         */
        ErasureRequest: {
            /**
             * @description The request and its lawful ground (1 to 2,000 characters), e.g. the data subject's
             *     request of a date with its reference.
             * @example Verzoek van de betrokkene van 2 december 2026 (ref. AVG-2026-041); geen bewaarplicht.
             */
            reason: string;
        };
        /** @description What an erasure did. */
        ErasureView: {
            /**
             * Format: uuid
             * @description The erasure's id (in the audit trail as `personal_data.erase`).
             */
            id: string;
            /** Format: uuid */
            user_id: string;
            /**
             * @description Audit entries whose personal data was erased now (their sealed facts, commitments and
             *     proofs stay; reading them shows `[erased]` where a personal value was).
             */
            entries_erased: number;
            /** Format: date-time */
            erased_at: string;
        };
        /**
         * @description What an endpoint subscribes to.
         * @enum {string}
         */
        EventType: "application.submitted" | "application.decided" | "organisation.verified" | "organisation.claim_rejected" | "payment.made" | "final_report.decided" | "award.answered" | "objection.lodged" | "objection.ruled" | "grant.cancelled" | "webhook.test";
        /** @description The evidence an organisation was verified on. */
        EvidenceView: {
            kbo_extract_reference: string;
            mandate_reference: string;
            representative_identity: string;
        };
        /** @description Extends an open call's deadline to a later instant. */
        ExtendDeadlineRequest: {
            /**
             * @description Local time in the call's zone ("2023-09-15T10:00") or RFC 3339 with offset; a whole
             *     second later than the deadline shown.
             * @example 2023-09-15T10:00
             */
            deadline: string;
            /** @example Extended on request of the association of cities */
            reason: string;
        };
        /**
         * @description One invalid field of a request. The rejected value is never echoed back.
         * @example {
         *       "code": "length",
         *       "field": "tracks[1].name",
         *       "message": "must be 1 to 200 characters",
         *       "params": {
         *         "max": "200",
         *         "min": "1"
         *       }
         *     }
         */
        FieldError: {
            /** @description The field's path in the request, e.g. `budget` or `tracks[1].name`. */
            field: string;
            /**
             * @description A stable code: the rule the value breaks (`length`, `positive`, `unknown_track`, ...,
             *     with its values in `params`), or how the request is malformed (`invalid`, `required`,
             *     `unknown_field`, `control_character`).
             */
            code: string;
            /** @description The rule in words, in the request's language (`Accept-Language`: `nl`, `fr`, `en`). */
            message: string;
            /**
             * @description The values the rule names, by name, as strings (`{"min": "1", "max": "200"}`), for a
             *     client that words the rule itself. Present for every rule of a field's content.
             */
            params?: {
                [key: string]: string;
            } | null;
        };
        /** @description The final report form: `spent` (a decimal string such as "41250.00") and `file`. */
        FinalReportForm: {
            /**
             * Format: decimal
             * @description What the project spent, as a decimal string with at most two decimals.
             * @example 41250.00
             */
            spent: Decimal;
            /**
             * Format: binary
             * @description The report (PDF, ODF/OOXML document or spreadsheet, PNG, JPEG).
             */
            file: string;
        };
        FinalReportView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            grant_id: string;
            /**
             * Format: int32
             * @description 1-based; a rejected report is followed by a new version.
             */
            version: number;
            /**
             * Format: decimal
             * @example 41250.00
             */
            spent: Decimal;
            file_name: string;
            /** @example application/pdf */
            media_type: string;
            /** Format: int64 */
            size_bytes: number;
            sha256: string;
            /** @description Where the document is downloaded. */
            href: string;
            /** Format: date-time */
            submitted_at: string;
            /**
             * @description submitted (awaiting a verdict), accepted or rejected.
             * @example submitted
             */
            status: string;
            verdict?: null | components["schemas"]["VerdictView"];
        };
        /** @description A screener's finding on an application's double-funding signals. */
        FindingRequest: {
            /**
             * @description no_double_funding, suspected or confirmed.
             * @example suspected
             */
            finding: string;
            /**
             * @description What was checked (1 to 5,000 characters).
             * @example Zelfde kosten ingediend bij EXP24; gevraagd aan de aanvrager.
             */
            note: string;
        };
        /** @description A finding as recorded. */
        FindingView: {
            /** Format: uuid */
            id: string;
            /** @example suspected */
            finding: string;
            note: string;
            recorded_by: string;
            /** Format: date-time */
            recorded_at: string;
        };
        /**
         * @description Where a request for other funding stands.
         * @enum {string}
         */
        FundingStatus: "requested" | "granted" | "refused";
        /** @description Evidence for an approval gate. */
        GateRequest: {
            /**
             * @description The document's reference, e.g. "GDR/2023002349".
             * @example GDR/2023002349
             */
            reference: string;
            /**
             * Format: date
             * @description The date of the advice, agreement or decision: at the latest today in the call's zone, a
             *     four-digit year.
             * @example 2023-06-15
             */
            date: string;
            /** @example favourable */
            verdict: string;
        };
        /** @description One approval gate's evidence, as the published note shows it. */
        GateView: {
            /** @example if_advice */
            gate: string;
            /** @example finance inspectorate advice (Inspectie van Financiën) */
            label: string;
            /** @example GDR/2023002349 */
            reference: string;
            /**
             * Format: date
             * @example 2023-06-15
             */
            date: string;
            /** @example favourable */
            verdict: string;
            /** Format: date-time */
            recorded_at: string;
            /** @description Who recorded it (shown to staff only). */
            recorded_by?: string | null;
        };
        GivingDates: {
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
        };
        /** @description One grant in the 360Giving Data Standard 1.4. */
        GivingGrant: {
            /**
             * @description The configured prefix followed by the grant's id.
             * @example 360G-grantdesk-0b6f3c1e-0000-4000-8000-000000000001
             */
            id: string;
            /** @description The application's title. */
            title: string;
            /** @description The application's summary (its title when it has none). */
            description: string;
            /** @example EUR */
            currency: string;
            amountAwarded: components["schemas"]["JsonAmount"];
            /** @description The sum of the payments so far, net of any recovery (the sum of the transactions). */
            amountDisbursed: components["schemas"]["JsonAmount"];
            /**
             * Format: date
             * @description The date (Brussels) the selection was finalised.
             */
            awardDate: string;
            /** @example Yes */
            fromOpenCall: string;
            recipientOrganization: components["schemas"]["GivingOrganization"][];
            fundingOrganization: components["schemas"]["GivingOrganization"][];
            grantProgramme: components["schemas"]["GivingProgramme"][];
            plannedDates: components["schemas"]["GivingDates"][];
            /**
             * @description The payments of the grant's tranches, and a recovery at settlement as a negative
             *     transaction.
             */
            disbursementTransaction: components["schemas"]["GivingTransaction"][];
        };
        /** @description A 360Giving organisation (recipient or funder). */
        GivingOrganization: {
            /**
             * @description org-id.guide identifier, e.g. `BE-BCE_KBO-0207451227`.
             * @example BE-BCE_KBO-0207451227
             */
            id: string;
            name: string;
            streetAddress?: string | null;
            addressLocality?: string | null;
            postalCode?: string | null;
            addressCountry?: string | null;
        };
        /** @description A 360Giving data package (360-giving-package-schema.json, standard 1.4.3). */
        GivingPackage: {
            grants: components["schemas"]["GivingGrant"][];
            /** @example 1.4 */
            version: string;
            title: string;
            description: string;
            identifier: string;
            /** Format: date-time */
            issued: string;
            publisher: components["schemas"]["GivingPublisher"];
            /** @description The data licence's URI. */
            license: string;
        };
        GivingProgramme: {
            /**
             * @description The call's reference.
             * @example EXP23
             */
            code: string;
            title: string;
        };
        GivingPublisher: {
            identifier: string;
            name: string;
        };
        /** @description A paid tranche. */
        GivingTransaction: {
            id: string;
            /**
             * Format: date
             * @description The payment's date (Brussels).
             */
            transactionDate: string;
            /** @example EUR */
            currency: string;
            value: components["schemas"]["JsonAmount"];
            description: string;
            /** @description The funder's org id. */
            provider: string;
            /** @description The recipient's org id. */
            recipient: string;
        };
        GrantView: {
            /**
             * Format: uuid
             * @description The application's id.
             */
            id: string;
            /** Format: uuid */
            call_id: string;
            grantee: string;
            /** Format: uuid */
            organisation_id: string;
            /** @example 0207.451.227 */
            kbo: string;
            /** Format: int32 */
            track: number;
            /**
             * @description awaiting_acceptance, then awaiting_start, running, final_report_due and settled (or
             *     cancelled) once accepted; renounced or expired when it was not.
             * @example running
             */
            status: string;
            /** @description Where the award stands with the organisation: only an accepted grant is paid. */
            acceptance: components["schemas"]["AcceptanceView"];
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date: string;
            /**
             * Format: decimal
             * @description Committed on the VAK ledger.
             * @example 48000.00
             */
            committed: Decimal;
            /**
             * Format: decimal
             * @description Paid, net of any recovery.
             * @example 28800.00
             */
            paid: Decimal;
            /**
             * Format: decimal
             * @description Decommitted: at its settlement or cancellation, or when its award was renounced or
             *     expired (back to the article, or freed for the call's reserve list).
             * @example 0.00
             */
            released: Decimal;
            /**
             * Format: decimal
             * @description Committed and neither paid nor released yet.
             * @example 19200.00
             */
            open: Decimal;
            tranches: components["schemas"]["TrancheView"][];
            final_report?: null | components["schemas"]["FinalReportView"];
            settlement?: null | components["schemas"]["SettlementView"];
            cancellation?: null | components["schemas"]["CancellationView"];
        };
        Health: {
            /** @example ok */
            status: string;
            /** @example sqlite */
            database?: string | null;
        };
        /** @description A page of the inbox: unread first, then the newest first. */
        InboxPage: {
            items: components["schemas"]["NotificationView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many messages the inbox holds.
             */
            total: number;
            /**
             * Format: int64
             * @description How many of them are unread.
             */
            unread: number;
        };
        /**
         * @description That an entry is in the log: its leaf, the audit path to the root, and the signed
         *     checkpoint whose root it reaches (RFC 9162 §2.1.3).
         */
        InclusionProofView: {
            entry: components["schemas"]["LogEntryView"];
            /** Format: int64 */
            tree_size: number;
            /** @description The audit path, leaf side first, hexadecimal. */
            proof: string[];
            /** @description The checkpoint at `tree_size`. */
            checkpoint: components["schemas"]["CheckpointView"];
        };
        /**
         * @description The answer to an invitation request: the same whether or not an account has the address,
         *     and whether or not it is a member already (it never tells which).
         */
        InvitationAccepted: {
            /** @example the invitation is recorded: if the address is (or becomes) that of an applicant account that is not a member yet, its holder finds the invitation at GET /api/v1/me/invitations and may accept or decline it until it expires */
            detail: string;
            /**
             * Format: date-time
             * @description Until when the invitation may be answered (14 days).
             */
            expires_at: string;
        };
        /** @description Invites whoever holds an e-mail address to become a member. */
        InvitationRequest: {
            /**
             * Format: email
             * @example colleague@genk.be
             */
            email: string;
        };
        /**
         * @description Where an invitation stands (an expired one is no longer listed).
         * @enum {string}
         */
        InvitationStatus: "pending" | "accepted" | "declined" | "withdrawn";
        /** @description An invitation, as the organisation's representative and its invitee see it. */
        InvitationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisation_id: string;
            /** @example Stad Genk */
            organisation_name: string;
            /**
             * @description The address invited (trimmed, lower-cased).
             * @example colleague@genk.be
             */
            email: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            status: components["schemas"]["InvitationStatus"];
        };
        /** @description An amount in euros, written with exactly two decimals (e.g. 28800.00) */
        JsonAmount: number;
        /**
         * @description A language grantdesk writes in: Dutch (the default), French, English.
         * @enum {string}
         */
        Language: "nl" | "fr" | "en";
        /** @description The language to write to the account in. */
        LanguageRequest: {
            language: components["schemas"]["Language"];
        };
        /** @description The language an account is written to in. */
        LanguageView: {
            language: components["schemas"]["Language"];
        };
        /** @description Staff's decision on a control link. */
        LinkDecisionRequest: {
            /**
             * @description confirm (a declared link), reject (a declared link) or end (a confirmed link).
             * @example confirm
             */
            decision: string;
            /**
             * @description Why; required to reject or end.
             * @example Aandeelhoudersregister van 2025 nagekeken.
             */
            reason?: string | null;
        };
        /** @description One sealed entry: its index, what it records, and the exact bytes its leaf hashes. */
        LogEntryView: {
            /** Format: int64 */
            index: number;
            /**
             * Format: uuid
             * @description The audit entry (`GET /audit`).
             */
            entry_id: string;
            /** @example application.submit */
            action: string;
            target_type: string;
            target_id: string;
            /** Format: date-time */
            at: string;
            /**
             * @description The leaf's bytes, base64 (the leaf hash is SHA-256(0x00 ‖ these bytes)). Personal data
             *     is not in them: an entry seals a salted commitment to it.
             */
            leaf: string;
            /** @description SHA-256(0x00 ‖ leaf), hexadecimal. */
            leaf_hash: string;
            /** Format: date-time */
            sealed_at: string;
        };
        LogFaultView: {
            /** @description `entry`, `node` or `checkpoint`. */
            kind: string;
            /** @description The entry's index, the node's `level/index`, or the checkpoint's tree size. */
            at: string;
            entry_id?: string | null;
            reason: string;
        };
        /** @description The outcome of checking the whole log. */
        LogVerificationView: {
            /** @description `true` when every entry, node and checkpoint holds. */
            intact: boolean;
            /** Format: int64 */
            entries: number;
            /** Format: int64 */
            nodes: number;
            /** Format: int64 */
            checkpoints: number;
            /**
             * Format: int64
             * @description Entries committed and not yet sealed.
             */
            pending: number;
            first_bad?: null | components["schemas"]["LogFaultView"];
        };
        MeView: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @example applicant */
            role: string;
            /**
             * @description The organisations the account is a member of now (read at this request, not from the
             *     token).
             */
            organisations: string[];
            /**
             * Format: int64
             * @description When the token expires (seconds since the epoch).
             */
            token_expires_at: number;
        };
        MemberView: {
            /** Format: uuid */
            user_id: string;
            email: string;
            display_name: string;
            /** @description `representative` (exactly one per organisation) or `member`. */
            role: components["schemas"]["MembershipRole"];
            /**
             * Format: date-time
             * @description Since when (the current membership; an earlier one that ended is not shown).
             */
            added_at: string;
        };
        /**
         * @description What a member is in an organisation: its one representative (invites, removes members,
         *     hands the role on) or a member.
         * @enum {string}
         */
        MembershipRole: "representative" | "member";
        /** @description The membership an accepted invitation began. */
        MembershipView: {
            /** Format: uuid */
            organisation_id: string;
            /** Format: uuid */
            user_id: string;
            role: components["schemas"]["MembershipRole"];
            /** Format: date-time */
            added_at: string;
        };
        /** @description A message in the reader's inbox, written in their language. */
        NotificationView: {
            /** Format: uuid */
            id: string;
            /**
             * @description What it is: submission_receipt, question_answered, decision_letter, payment_made,
             *     final_report_verdict, invitation, password_reset, membership_ended,
             *     organisation_verified, organisation_claim_rejected, webhook_disabled, objection_lodged,
             *     objection_ruled, grant_cancelled.
             * @example submission_receipt
             */
            kind: string;
            /**
             * Format: uuid
             * @description The organisation it concerns (its members see it while they are members).
             */
            organisation_id?: string | null;
            /** @example Ontvangstbewijs EXP-2023-0001: uw aanvraag is ingediend */
            subject: string;
            /** @description The message as plain text. */
            text: string;
            /**
             * @description The facts it was written from (ids, numbers, amounts as decimal strings), for clients
             *     that act on it. A password reset's code is not repeated here: it is in the mail only.
             */
            facts: Record<string, never>;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When the reader marked it read; unread messages come first.
             */
            read_at?: string | null;
        };
        /** @description A document attached to an objection. */
        ObjectionAttachmentView: {
            /** Format: uuid */
            id: string;
            /** @example bijlage-3-begroting.pdf */
            file_name: string;
            /** @example application/pdf */
            media_type: string;
            /** Format: int64 */
            size_bytes: number;
            /** @description SHA-256 of the content (lowercase hex). */
            sha256: string;
            /** @example Bijlage 3 van de aanvraag, die de beoordeling miste */
            description?: string | null;
            /** Format: date-time */
            uploaded_at: string;
            /** @description Where to download it. */
            href: string;
        };
        /** @description An objection (bezwaar) against an application's decision. */
        ObjectionRequest: {
            /**
             * @description Why the decision is wrong (1 to 20,000 characters).
             * @example De score op criterium 2 negeert bijlage 3 van onze aanvraag.
             */
            grounds: string;
        };
        /** @description The form that attaches a document to an objection. */
        ObjectionUploadForm: {
            /**
             * @description What the document shows (optional, at most 300 characters).
             * @example Bijlage 3 van de aanvraag, die de beoordeling miste
             */
            description?: string | null;
            /**
             * Format: binary
             * @description The document (PDF, ODF/OOXML document or spreadsheet, PNG, JPEG).
             */
            file: string;
        };
        /** @description An objection and, once made, its ruling. */
        ObjectionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            application_id: string;
            /** Format: uuid */
            call_id: string;
            /** Format: uuid */
            organisation_id: string;
            grounds: string;
            /** @description The documents lodged with it, oldest first. */
            attachments: components["schemas"]["ObjectionAttachmentView"][];
            /** Format: date-time */
            lodged_at: string;
            /**
             * @description The end of the period it was lodged in, in the call's zone.
             * @example 2023-11-21T00:00:00+01:00
             */
            due: string;
            /**
             * @description inadmissible, rejected or upheld; null until staff rule.
             * @example upheld
             */
            ruling?: string | null;
            motivation?: string | null;
            /**
             * @description What an upheld objection led to: offered (an award from money that was free) or
             *     reserve (no money was free: the application joined the reserve list).
             * @example reserve
             */
            outcome?: string | null;
            /** Format: date-time */
            ruled_at?: string | null;
        };
        /**
         * @description What kind of body an organisation is.
         * @enum {string}
         */
        OrganisationKind: "local_government" | "non_profit" | "company" | "other";
        OrganisationRef: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example 0207.451.227 */
            kbo: string;
        };
        /** @description An organisation to register; the one who registers it becomes its first member. */
        OrganisationRequest: {
            /** @example Stad Genk */
            name: string;
            /**
             * @description Belgian enterprise number (KBO/BCE), 10 digits with a mod-97 check; "0207.451.227",
             *     "BE0207451227" and "0207451227" are all accepted.
             * @example 0207.451.227
             */
            kbo: string;
            /** @description local_government, non_profit, company or other. */
            kind: components["schemas"]["OrganisationKind"];
            address: components["schemas"]["AddressDto"];
        };
        OrganisationView: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Ten digits.
             * @example 0207451227
             */
            kbo: string;
            /** @example 0207.451.227 */
            kbo_formatted: string;
            kind: components["schemas"]["OrganisationKind"];
            address: components["schemas"]["AddressDto"];
            /** Format: date-time */
            created_at: string;
            verification?: null | components["schemas"]["VerificationView"];
        };
        /** @description Other funding asked for this same project, from another funder. */
        OtherFundingDto: {
            /** @example Fonds Sociale Impuls */
            funder: string;
            /**
             * Format: decimal
             * @description A decimal string with at most two decimals, above zero.
             * @example 15000.00
             */
            amount: Decimal;
            /** @description requested, granted or refused. */
            status: components["schemas"]["FundingStatus"];
        };
        /**
         * @description What the other organisation of a declared link is to the declaring one.
         * @enum {string}
         */
        OtherIs: "parent" | "subsidiary";
        /** @description One page of a listing. */
        Page_ApplicationSummary: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                call_id: string;
                /** Format: uuid */
                lead_organisation_id: string;
                /** @example submitted */
                status: string;
                /** Format: int32 */
                track: number;
                title: string;
                /**
                 * Format: decimal
                 * @example 48000.00
                 */
                requested_amount: Decimal;
                /** @example EXP23-0007 */
                receipt_number?: string | null;
                /** Format: date-time */
                received_at_utc?: string | null;
                /** Format: date-time */
                updated_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_ArticleView: {
            items: {
                /** @example SJ0-1SMC2GA-WT */
                code: string;
                /**
                 * Format: int32
                 * @example 2023
                 */
                budget_year: number;
                description: string;
                /** Format: date-time */
                created_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_AuditView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                at: string;
                actor: string;
                /** @example call.open */
                action: string;
                /** @example call */
                target_type: string;
                target_id: string;
                before?: Record<string, never> | null;
                after?: Record<string, never> | null;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_CallView: {
            items: {
                /** Format: uuid */
                id: string;
                /** @example EXP23 */
                reference: string;
                title: string;
                description: string;
                policy_link?: string | null;
                /**
                 * @description Effective status at the time of the request.
                 * @example open
                 */
                status: string;
                /** @description `true` while submissions are accepted (open and before the deadline). */
                accepting_submissions: boolean;
                /**
                 * Format: decimal
                 * @example 750000.00
                 */
                budget: Decimal;
                /** @example SJ0-1SMC2GA-WT */
                budget_article: string;
                /**
                 * Format: int32
                 * @example 2023
                 */
                budget_year: number;
                /**
                 * Format: decimal
                 * @example 60000.00
                 */
                cap_per_project?: Decimal | null;
                tracks: components["schemas"]["TrackView"][];
                deadline: components["schemas"]["DeadlineView"];
                /**
                 * Format: date
                 * @example 2024-11-01
                 */
                start_date: string;
                /** @description Approval evidence (IF advice, budget agreement, government approval), oldest first. */
                approvals: components["schemas"]["GateView"][];
                /** @description Every deadline the call has had, oldest first. */
                deadline_history: components["schemas"]["DeadlineChangeView"][];
                /** @description The application form's questions. */
                questions: components["schemas"]["QuestionDefinition"][];
                /** @description The documents an application attaches. */
                attachment_kinds: components["schemas"]["AttachmentKindDefinition"][];
                /** @description The assessment criteria. */
                criteria: components["schemas"]["CriterionDefinition"][];
                /** @description How grants are paid (the default schedule when the call set none). */
                payment_schedule: components["schemas"]["TrancheDefinition"][];
                /** Format: int32 */
                grant_months: number;
                after_decision: components["schemas"]["AfterDecisionDefinition"];
                aid: components["schemas"]["AidDefinition"];
                cancelled_reason?: string | null;
                /** Format: date-time */
                created_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_CheckpointView: {
            items: {
                /**
                 * @description The log's name (the first line of the note).
                 * @example grantdesk.local/audit
                 */
                origin: string;
                /** Format: int64 */
                tree_size: number;
                /**
                 * @description The RFC 9162 root hash, hexadecimal.
                 * @example 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
                 */
                root_hash: string;
                /** @description The C2SP `tlog-checkpoint` in a C2SP `signed-note` (Ed25519), as standard tools read it. */
                note: string;
                /**
                 * @description The log's public key in the note format (`name+keyid+base64(0x01 ‖ key)`), to check
                 *     `note` with.
                 */
                verifier_key: string;
                /** Format: date-time */
                signed_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_ClaimView: {
            items: {
                organisation: components["schemas"]["OrganisationView"];
                /**
                 * Format: int64
                 * @description How many other unverified claims there are on the same enterprise number.
                 */
                competing_claims: number;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_ControlLinkView: {
            items: {
                /** Format: uuid */
                id: string;
                parent: components["schemas"]["OrganisationRef"];
                subsidiary: components["schemas"]["OrganisationRef"];
                /** @example majority_of_voting_rights */
                criterion: string;
                /**
                 * @description declared, confirmed, rejected or ended; only confirmed links make a single undertaking.
                 * @example confirmed
                 */
                status: string;
                /** Format: date-time */
                declared_at: string;
                /** Format: date-time */
                decided_at?: string | null;
                reason?: string | null;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_DeliveryView: {
            items: {
                /** Format: uuid */
                id: string;
                /** @example decision_letter */
                kind: string;
                /** Format: uuid */
                user_id: string;
                /** @example contact@genk.be */
                email: string;
                language: components["schemas"]["Language"];
                status: components["schemas"]["DeliveryStatus"];
                /**
                 * Format: int32
                 * @description Attempts so far.
                 */
                attempts: number;
                /**
                 * Format: date-time
                 * @description When the next attempt is due (pending only).
                 */
                next_attempt_at?: string | null;
                /** @description What the last failed attempt met (the relay's answer). */
                last_error?: string | null;
                /** Format: date-time */
                sent_at?: string | null;
                /** Format: date-time */
                created_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_EndpointView: {
            items: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description The organisation whose events it receives; null: an admin's endpoint, every event.
                 */
                organisation_id?: string | null;
                /** @example https://finance.genk.be/hooks/grantdesk */
                url: string;
                description: string;
                event_types: components["schemas"]["EventType"][];
                status: components["schemas"]["EndpointStatus"];
                /** @description Why it was disabled. */
                disabled_reason?: string | null;
                /**
                 * Format: int32
                 * @description Messages that failed every attempt, in a row.
                 */
                consecutive_failures: number;
                /** Format: uuid */
                created_by: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_GrantView: {
            items: {
                /**
                 * Format: uuid
                 * @description The application's id.
                 */
                id: string;
                /** Format: uuid */
                call_id: string;
                grantee: string;
                /** Format: uuid */
                organisation_id: string;
                /** @example 0207.451.227 */
                kbo: string;
                /** Format: int32 */
                track: number;
                /**
                 * @description awaiting_acceptance, then awaiting_start, running, final_report_due and settled (or
                 *     cancelled) once accepted; renounced or expired when it was not.
                 * @example running
                 */
                status: string;
                /** @description Where the award stands with the organisation: only an accepted grant is paid. */
                acceptance: components["schemas"]["AcceptanceView"];
                /** Format: date */
                start_date: string;
                /** Format: date */
                end_date: string;
                /**
                 * Format: decimal
                 * @description Committed on the VAK ledger.
                 * @example 48000.00
                 */
                committed: Decimal;
                /**
                 * Format: decimal
                 * @description Paid, net of any recovery.
                 * @example 28800.00
                 */
                paid: Decimal;
                /**
                 * Format: decimal
                 * @description Decommitted: at its settlement or cancellation, or when its award was renounced or
                 *     expired (back to the article, or freed for the call's reserve list).
                 * @example 0.00
                 */
                released: Decimal;
                /**
                 * Format: decimal
                 * @description Committed and neither paid nor released yet.
                 * @example 19200.00
                 */
                open: Decimal;
                tranches: components["schemas"]["TrancheView"][];
                final_report?: null | components["schemas"]["FinalReportView"];
                settlement?: null | components["schemas"]["SettlementView"];
                cancellation?: null | components["schemas"]["CancellationView"];
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_LogEntryView: {
            items: {
                /** Format: int64 */
                index: number;
                /**
                 * Format: uuid
                 * @description The audit entry (`GET /audit`).
                 */
                entry_id: string;
                /** @example application.submit */
                action: string;
                target_type: string;
                target_id: string;
                /** Format: date-time */
                at: string;
                /**
                 * @description The leaf's bytes, base64 (the leaf hash is SHA-256(0x00 ‖ these bytes)). Personal data
                 *     is not in them: an entry seals a salted commitment to it.
                 */
                leaf: string;
                /** @description SHA-256(0x00 ‖ leaf), hexadecimal. */
                leaf_hash: string;
                /** Format: date-time */
                sealed_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_OrganisationView: {
            items: {
                /** Format: uuid */
                id: string;
                name: string;
                /**
                 * @description Ten digits.
                 * @example 0207451227
                 */
                kbo: string;
                /** @example 0207.451.227 */
                kbo_formatted: string;
                kind: components["schemas"]["OrganisationKind"];
                address: components["schemas"]["AddressDto"];
                /** Format: date-time */
                created_at: string;
                verification?: null | components["schemas"]["VerificationView"];
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_QuestionView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                call_id: string;
                question: string;
                /** Format: date-time */
                asked_at: string;
                answer?: string | null;
                /** Format: date-time */
                answered_at?: string | null;
                published: boolean;
                /** Format: uuid */
                asked_by?: string | null;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_StaffUserView: {
            items: {
                /** Format: uuid */
                id: string;
                email: string;
                display_name: string;
                /** @example reviewer */
                role: string;
                /** @description Enterprise numbers (formatted). */
                affiliations: string[];
                /** @description A disabled account cannot sign in, and its tokens stopped working when it was disabled. */
                active: boolean;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_TransferView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                ledger_id: string;
                /** Format: uuid */
                debit_account_id: string;
                /** Format: uuid */
                credit_account_id: string;
                /**
                 * Format: decimal
                 * @example 750000.00
                 */
                amount: Decimal;
                /** @example RESERVE */
                code: string;
                reference: string;
                actor: string;
                /**
                 * @description `posted` (money moved) or `refused` (stays refused on replay).
                 * @example posted
                 */
                status: string;
                refusal?: string | null;
                /** Format: date-time */
                created_at: string;
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description One page of a listing. */
        Page_WebhookMessageView: {
            items: {
                /**
                 * @description The `webhook-id` (the same on every attempt and replay).
                 * @example msg_5f0c6a0d3b5a4c2e9b1d7f3a2e4c6b8d
                 */
                id: string;
                event_type: components["schemas"]["EventType"];
                /** @description The body as it is posted. */
                payload: Record<string, never>;
                /** Format: date-time */
                created_at: string;
                status: components["schemas"]["DeliveryStatus"];
                /** Format: int32 */
                attempts: number;
                /** Format: date-time */
                next_attempt_at?: string | null;
                last_error?: string | null;
                /** Format: date-time */
                sent_at?: string | null;
                /** @description Every attempt, oldest first. */
                log: components["schemas"]["AttemptView"][];
            }[];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @description How many items match in all.
             */
            total: number;
        };
        /** @description A new password, proved by the current one. */
        PasswordChangeRequest: {
            /** Format: password */
            current_password: string;
            /**
             * Format: password
             * @description At least 12 characters.
             */
            new_password: string;
        };
        /** @description The same answer whether or not an account has the address. */
        PasswordResetAccepted: {
            /** @example if an account has this address, a link to set a new password was sent to it; it works once, within an hour */
            detail: string;
        };
        /** @description Sets a new password with the one-time token of a reset. */
        PasswordResetConfirmation: {
            token: string;
            /**
             * Format: password
             * @description At least 12 characters.
             */
            new_password: string;
        };
        /** @description Asks for a password reset: a one-time link goes to the address, if an account has it. */
        PasswordResetRequest: {
            /** @example jan.peeters@genk.be */
            email: string;
        };
        /** @description Pays one tranche of a grant. `transfer_id` is the idempotency key. */
        PaymentRequest: {
            /** Format: uuid */
            transfer_id: string;
            /**
             * Format: int32
             * @description The tranche's number (1-based).
             * @example 1
             */
            tranche: number;
        };
        PaymentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            grant_id: string;
            /** Format: int32 */
            tranche: number;
            /**
             * Format: decimal
             * @example 28800.00
             */
            amount: Decimal;
            /**
             * Format: uuid
             * @description The VEK transfer (the VAK transfer has the payment's id).
             */
            vek_transfer_id: string;
            /** Format: date-time */
            paid_at: string;
        };
        /**
         * @description An RFC 9457 problem document. `type` is stable per kind of problem; `title` is its human
         *     name; `detail` says what happened in this case.
         * @example {
         *       "detail": "the budget agreement (begrotingsakkoord) cannot be recorded before the finance inspectorate advice (Inspectie van Financiën) [gate if_advice]",
         *       "gate": "if_advice",
         *       "status": 409,
         *       "title": "Approval gate out of order",
         *       "type": "/problems/gate-out-of-order"
         *     }
         */
        Problem: {
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail: string;
            /** @description Per-field errors of a validation problem. */
            errors?: components["schemas"]["FieldError"][] | null;
            /**
             * @description The approval gate a refusal is about (`if_advice`, `budget_agreement`,
             *     `government_approval`).
             */
            gate?: string | null;
            /**
             * Format: decimal
             * @description What was available, for an insufficient-funds refusal (decimal string).
             * @example 1000.00
             */
            available?: Decimal | null;
            /**
             * Format: decimal
             * @description What was requested, for an insufficient-funds refusal (decimal string).
             * @example 1500.00
             */
            requested?: Decimal | null;
            /** @description The deadline a refusal is about, in the call's zone with its offset. */
            deadline?: string | null;
            /**
             * @description The rule a refused command broke (`call_transition`, `overpayment`, ...; see
             *     `domain/src/rule.rs`), where the detail is that rule in words.
             */
            rule?: string | null;
            /** @description The values `rule` names, by name, as strings: a client can word the refusal itself. */
            params?: {
                [key: string]: string;
            } | null;
        };
        /** @description A question of the call's application form. */
        QuestionDefinition: {
            /**
             * @description 1-40 of a-z, 0-9 and "_", starting with a letter.
             * @example target_group
             */
            key: string;
            /** @example Which local governments do you support? */
            label: string;
            required?: boolean;
            /**
             * Format: int32
             * @description Longest answer, in characters (1-20000).
             * @example 2000
             */
            max_length: number;
        };
        /** @description A question about a call. Who asked is shown to staff and to the asker only. */
        QuestionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            call_id: string;
            question: string;
            /** Format: date-time */
            asked_at: string;
            answer?: string | null;
            /** Format: date-time */
            answered_at?: string | null;
            published: boolean;
            /** Format: uuid */
            asked_by?: string | null;
        };
        /** @description One line of a track's ranking. */
        RankingLine: {
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            track: number;
            /** Format: uuid */
            application_id: string;
            /** @example EXP23-0007 */
            receipt_number: string;
            /** Format: date-time */
            received_at: string;
            lead_organisation: string;
            title: string;
            /**
             * Format: decimal
             * @example 48000.00
             */
            requested_amount: Decimal;
            /**
             * Format: decimal
             * @description The weighted mean over submitted reviews (0-100, two decimals); null without reviews.
             * @example 72.50
             */
            score?: Decimal | null;
            /** @description Submitted reviews / assigned reviewers. */
            reviews_submitted: number;
            reviewers_assigned: number;
            /**
             * @description The current decision, if any.
             * @example selected
             */
            decision?: string | null;
            /**
             * Format: decimal
             * @example 48000.00
             */
            awarded?: Decimal | null;
        };
        /** @description The proof of a submission. */
        ReceiptView: {
            /**
             * @description Unique within the call, e.g. "EXP23-0007".
             * @example EXP23-0007
             */
            number: string;
            /** Format: uuid */
            application_id: string;
            /**
             * @description The instant the server received the submission, in the call's zone with its offset.
             * @example 2023-08-31T09:59:59.123456+02:00
             */
            received_at: string;
            /** Format: date-time */
            received_at_utc: string;
            /** @description SHA-256 (hex) of the canonical JSON snapshot of what was submitted. */
            digest: string;
            /** @description The frozen snapshot (only when one receipt is fetched). */
            snapshot?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description The submission's entry in the audit log: its inclusion proof is
             *     `GET /applications/{id}/receipts/{number}/proof` once sealed (within about a second).
             *     None for receipts issued before the log.
             */
            log_entry_id?: string | null;
        };
        /** @description One award in the subsidy register: the fields a public register publishes. */
        RegisterEntry: {
            /** Format: uuid */
            grant_id: string;
            /** @example Stad Genk */
            beneficiary_name: string;
            /**
             * @description The beneficiary's enterprise number (KBO/BCE).
             * @example 0207.451.227
             */
            enterprise_number: string;
            /**
             * Format: decimal
             * @description The amount awarded (the commitment), a decimal string.
             * @example 50000.00
             */
            amount_awarded: Decimal;
            /**
             * Format: date
             * @description The day the legal right was conferred (the decision letter, or the offer from the
             *     reserve list), in Brussels.
             */
            award_date: string;
            /**
             * @description The government decision the call rests on (its approval's reference), if recorded.
             * @example VR 2023 0707 DOC.0815
             */
            legal_basis?: string | null;
            /** @example SJ0-1SMC2GA-WT */
            budget_article: string;
            /** Format: int32 */
            budget_year: number;
            /**
             * @description What the money is for: the project's title.
             * @example Expertenpool Limburg
             */
            purpose: string;
            /** @example EXP23 */
            call_reference: string;
            /**
             * @description not_state_aid, de_minimis, sgei_de_minimis or block_exempted.
             * @example de_minimis
             */
            aid_regime: string;
            /**
             * @description The regulation the aid relies on (de minimis and block-exempted aid).
             * @example EU 2023/2831
             */
            regulation?: string | null;
            /** @description The GBER article (block-exempted aid). */
            gber_article?: string | null;
        };
        /**
         * @description Where the single undertaking stands under one de minimis regulation, counted as the check at
         *     award counts: every award here in a call with a ceiling (held or made) and every declared
         *     aid, in the window.
         */
        RegulationPositionView: {
            /** @example EU 2023/2831 */
            regulation: string;
            /**
             * Format: decimal
             * @example 300000.00
             */
            ceiling: Decimal;
            /** Format: date */
            window_from: string;
            /** Format: date */
            window_to: string;
            /**
             * Format: decimal
             * @description Awarded (or held) here, in calls with a ceiling, to any member, in the window.
             * @example 50000.00
             */
            awarded: Decimal;
            /**
             * Format: decimal
             * @description Declared by the members (other granting authorities), in the window, each once.
             * @example 100000.00
             */
            declared: Decimal;
            /**
             * Format: decimal
             * @description What is left under the ceiling.
             * @example 150000.00
             */
            headroom: Decimal;
            awards: components["schemas"]["CountedAwardView"][];
            declarations: components["schemas"]["DeclaredAidView"][];
        };
        /**
         * @description A regulation to add (admin): a de minimis one with its ceiling and period, or a block
         *     exemption.
         */
        RegulationRequest: {
            /**
             * @description Its code, unique (at most 40 characters).
             * @example EU 2030/1234
             */
            code: string;
            /**
             * @description de_minimis, sgei_de_minimis or block_exempted.
             * @example de_minimis
             */
            regime: string;
            /** @example Commission Regulation (EU) 2030/1234 on de minimis aid */
            title: string;
            /**
             * @description Where its text is (an ELI or EUR-Lex address).
             * @example http://data.europa.eu/eli/reg/2030/1234/oj
             */
            source: string;
            /**
             * Format: decimal
             * @description De minimis regimes: the most a single undertaking may receive in the period.
             * @example 300000.00
             */
            ceiling?: Decimal | null;
            /**
             * Format: int32
             * @description De minimis regimes: the rolling period in years (1 to 10).
             * @example 3
             */
            period_years?: number | null;
            /**
             * Format: date
             * @description The first day of awards it applies to.
             */
            valid_from: string;
            /**
             * Format: date
             * @description The last day of awards it applies to, if it ends.
             */
            valid_until?: string | null;
        };
        /** @description A regulation a call's aid can rely on. */
        RegulationView: {
            /** @example EU 2023/2831 */
            code: string;
            /** @example de_minimis */
            regime: string;
            title: string;
            /** @example http://data.europa.eu/eli/reg/2023/2831/oj */
            source: string;
            /**
             * Format: decimal
             * @example 300000.00
             */
            ceiling?: Decimal | null;
            /**
             * Format: int32
             * @example 3
             */
            period_years?: number | null;
            /** Format: date */
            valid_from: string;
            /** Format: date */
            valid_until?: string | null;
            /** @description `system:migrate` for the regulations the installation knows. */
            added_by: string;
            /** Format: date-time */
            added_at: string;
        };
        /** @description Why a claim is rejected (told to its members). */
        RejectionRequest: {
            /** @example The mandate does not name the applicant */
            reason: string;
        };
        /**
         * @description Whether the account gets reminders: of a call's deadline while its organisation has a draft,
         *     and of a grant's final report once it is due. Other messages (receipts, decisions, payments,
         *     account messages) always go out.
         */
        ReminderPreference: {
            /** @example false */
            enabled: boolean;
        };
        /** @description Hands the representative's role on to another current member. */
        RepresentativeRequest: {
            /**
             * Format: uuid
             * @description The member who becomes the representative (the old one stays a member).
             */
            user_id: string;
        };
        /** @description A place on a call's reserve list. */
        ReservePlaceView: {
            /** Format: uuid */
            application_id: string;
            /** Format: int32 */
            track: number;
            /**
             * Format: int32
             * @description 1 for the first in line on the track.
             */
            rank: number;
            /**
             * Format: decimal
             * @description What it would be awarded: what it asked, within the call's cap per project.
             * @example 45000.00
             */
            amount: Decimal;
            /**
             * @description waiting, offered (then `acceptance` says how it was answered), passed_over (money was
             *     offered to it but the check at award refused it: its single undertaking had too little
             *     of its de minimis ceiling left; the audit trail's `reserve.pass_over` gives the figures)
             *     or closed (the reserve period ended before money came free for it).
             * @example waiting
             */
            status: string;
            /** Format: date-time */
            placed_at: string;
            /**
             * Format: date-time
             * @description The end of the call's reserve period.
             */
            until: string;
            /** Format: date-time */
            offered_at?: string | null;
            acceptance?: null | components["schemas"]["AcceptanceView"];
        };
        /** @description Reverses a credit with a new transfer (a mistake is corrected, never edited). */
        ReversalRequest: {
            /**
             * Format: uuid
             * @description The id of the reversing transfer (idempotency key).
             */
            transfer_id: string;
            /** @example Credit booked twice */
            reference: string;
        };
        /** @description A review's scores (one per criterion, 0 to its maximum) and comment; saved as a draft. */
        ReviewRequest: {
            scores: components["schemas"]["ScoreDto"][];
            comment?: string;
        };
        ReviewView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            assignment_id: string;
            /** Format: uuid */
            application_id: string;
            /** Format: uuid */
            reviewer_id: string;
            scores: components["schemas"]["ScoreDto"][];
            comment: string;
            /**
             * @description draft or submitted.
             * @example submitted
             */
            status: string;
            /**
             * Format: decimal
             * @description The review's 0-100 score (two decimals), once submitted.
             * @example 72.50
             */
            score?: Decimal | null;
            /** Format: date-time */
            submitted_at?: string | null;
        };
        /** @description A staff account's new role. */
        RoleChangeRequest: {
            /**
             * @description admin, finance, reviewer or auditor.
             * @example finance
             */
            role: string;
        };
        /** @description Staff's ruling on an objection. */
        RulingRequest: {
            /**
             * @description inadmissible, rejected or upheld.
             * @example upheld
             */
            ruling: string;
            /** @example Bijlage 3 werd bij de beoordeling over het hoofd gezien. */
            motivation: string;
            /**
             * Format: decimal
             * @description Upheld, for an application without a grant: the award it is decided again with (within
             *     what it asked and the cap per project). Offered when that much is free where it would
             *     draw from; otherwise the application joins the reserve list at its rank.
             * @example 50000.00
             */
            awarded?: Decimal | null;
        };
        ScoreDto: {
            /** @example expertise */
            criterion: string;
            /**
             * Format: int32
             * @example 7
             */
            score: number;
        };
        ScreeningRequest: {
            /**
             * @description eligible or not_eligible.
             * @example eligible
             */
            verdict: string;
            /** @description Required when not eligible. */
            reason?: string;
        };
        /** @description An eligibility verdict: who screened the application, when, and (when not eligible) why. */
        ScreeningView: {
            /** Format: uuid */
            application_id: string;
            /**
             * @description eligible or not_eligible.
             * @example eligible
             */
            verdict: string;
            reason: string;
            /**
             * @description The actor who screened, e.g. `user:<id>`.
             * @example user:7f6c1f7e-8b7a-4d0e-9a53-2b1f0c9d4e21
             */
            screened_by: string;
            /** Format: date-time */
            screened_at: string;
        };
        /** @description A signing secret, shown once: when the endpoint is made and when it is rotated. */
        SecretView: {
            /**
             * @description `whsec_` and the base64 of 32 random bytes: verify `webhook-signature` with it
             *     (HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}`, Standard Webhooks).
             * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
             */
            secret: string;
            /**
             * Format: date-time
             * @description Until when the secrets it replaced keep signing beside it (after a rotation).
             */
            previous_secrets_retire_at?: string | null;
        };
        /** @description Settle a grant; `transfer_id` is the idempotency key. */
        SettlementRequest: {
            /** Format: uuid */
            transfer_id: string;
        };
        SettlementView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            grant_id: string;
            /**
             * Format: uuid
             * @description The accepted final report.
             */
            report_id: string;
            /**
             * Format: decimal
             * @example 41250.00
             */
            accepted_spend: Decimal;
            /**
             * Format: decimal
             * @description Paid before the settlement (the advances).
             * @example 28800.00
             */
            paid_before: Decimal;
            /**
             * Format: decimal
             * @description Paid now: min(committed, accepted spend) − paid before, when positive.
             * @example 12450.00
             */
            balance: Decimal;
            /**
             * Format: decimal
             * @description Booked back when the advances exceeded what is due.
             * @example 0.00
             */
            recovery: Decimal;
            /**
             * Format: decimal
             * @description Decommitted back to the article's available credit: committed − min(committed, accepted spend).
             * @example 6750.00
             */
            release: Decimal;
            settled_by: string;
            /** Format: date-time */
            settled_at: string;
        };
        ShortOfReviewers: {
            /** Format: uuid */
            application_id: string;
            /** Format: int32 */
            reviewers: number;
        };
        SignupRequest: {
            /**
             * Format: email
             * @example jan.peeters@genk.be
             */
            email: string;
            /**
             * Format: password
             * @description At least 12 characters.
             * @example a long passphrase of yours
             */
            password: string;
            /**
             * @description Trimmed, not blank, at most 200 characters.
             * @example Jan Peeters
             */
            display_name: string;
        };
        /**
         * @description The single undertaking an organisation belongs to: every organisation reached through
         *     confirmed control links, and every link that touches one of them (whatever its status).
         */
        SingleUndertakingView: {
            /** Format: uuid */
            organisation_id: string;
            /** @description The members, the organisation itself included, by id. */
            members: components["schemas"]["OrganisationRef"][];
            links: components["schemas"]["ControlLinkView"][];
        };
        StaffUserView: {
            /** Format: uuid */
            id: string;
            email: string;
            display_name: string;
            /** @example reviewer */
            role: string;
            /** @description Enterprise numbers (formatted). */
            affiliations: string[];
            /** @description A disabled account cannot sign in, and its tokens stopped working when it was disabled. */
            active: boolean;
        };
        TokenRequest: {
            /** @example admin@grantdesk.local */
            email: string;
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
        };
        TokenResponse: {
            access_token: string;
            /** @example Bearer */
            token_type: string;
            /**
             * Format: int64
             * @description Seconds until the token expires.
             * @example 3600
             */
            expires_in: number;
            /** @example admin */
            role: string;
        };
        /** @description One track's figures after the decision. */
        TrackAftermathView: components["schemas"]["AftermathView"] & {
            /** Format: int32 */
            number: number;
            name: string;
        };
        /** @description A track's money; tracks without a budget of their own draw on the call's. */
        TrackBudgetView: {
            /** Format: int32 */
            number: number;
            name: string;
            /**
             * Format: decimal
             * @example 250000.00
             */
            budget?: Decimal | null;
            /**
             * Format: decimal
             * @description Committed to this track's grants (finalised awards).
             * @example 0.00
             */
            awarded: Decimal;
            /**
             * Format: decimal
             * @description Held by this track's provisional awards (tracks with a budget of their own).
             * @example 0.00
             */
            held: Decimal;
            /**
             * Format: decimal
             * @description Paid to this track's grantees (net of recoveries).
             * @example 0.00
             */
            paid: Decimal;
            /**
             * Format: decimal
             * @description Released from this track's grants at settlement.
             * @example 0.00
             */
            released_from_grants: Decimal;
            /**
             * Format: decimal
             * @description Freed by this track's awards that were renounced or not accepted in time.
             * @example 0.00
             */
            freed: Decimal;
            /**
             * Format: decimal
             * @description Left of the track's own budget (null for tracks without one).
             * @example 250000.00
             */
            remaining?: Decimal | null;
        };
        TrackRequest: {
            /** @example Individuele ondersteuning van lokale besturen */
            name: string;
            /**
             * Format: decimal
             * @description Optional budget reserved for this track.
             * @example 250000.00
             */
            budget?: Decimal | null;
        };
        TrackView: {
            /** Format: int32 */
            number: number;
            name: string;
            /**
             * Format: decimal
             * @example 250000.00
             */
            budget?: Decimal | null;
        };
        /** @description A tranche of a grant's payment schedule. */
        TrancheDefinition: {
            /** @example advance */
            label: string;
            /**
             * Format: int32
             * @example 60
             */
            percent: number;
            /**
             * @description start (payable from the start date) or final_report (after the final report).
             * @example start
             */
            trigger: string;
        };
        TrancheView: {
            /**
             * Format: int32
             * @description 1-based.
             */
            number: number;
            /** @example advance */
            label: string;
            /**
             * Format: int32
             * @example 60
             */
            percent: number;
            /**
             * @description start or final_report.
             * @example start
             */
            trigger: string;
            /**
             * Format: decimal
             * @description What the tranche pays; the last is the committed amount minus what was paid before it.
             * @example 28800.00
             */
            amount: Decimal;
            /** Format: date-time */
            paid_at?: string | null;
            /** Format: uuid */
            payment_id?: string | null;
        };
        /** @description A transfer on the ledger. */
        TransferView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ledger_id: string;
            /** Format: uuid */
            debit_account_id: string;
            /** Format: uuid */
            credit_account_id: string;
            /**
             * Format: decimal
             * @example 750000.00
             */
            amount: Decimal;
            /** @example RESERVE */
            code: string;
            reference: string;
            actor: string;
            /**
             * @description `posted` (money moved) or `refused` (stays refused on replay).
             * @example posted
             */
            status: string;
            refusal?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description The multipart form of an upload: `kind` (one of the call's attachment kinds, or "annex")
         *     and `file`.
         */
        UploadForm: {
            /** @example application_form */
            kind: string;
            /** Format: binary */
            file: string;
        };
        UserView: {
            /** Format: uuid */
            id: string;
            email: string;
            display_name: string;
            /** @example applicant */
            role: string;
        };
        /** @description The admin's verdict on the latest final report. */
        VerdictRequest: {
            /**
             * @description accepted or rejected.
             * @example accepted
             */
            verdict: string;
            /**
             * Format: decimal
             * @description What is accepted of the reported spend; at most the reported amount, which is the
             *     default. Only with an acceptance.
             * @example 41250.00
             */
            accepted_spend?: Decimal | null;
            /** @description Why; required when rejecting or accepting less than reported. */
            motivation?: string | null;
        };
        VerdictView: {
            /**
             * @description accepted or rejected.
             * @example accepted
             */
            verdict: string;
            /**
             * Format: decimal
             * @description What was accepted of the reported spend (accepted reports only).
             * @example 41250.00
             */
            accepted_spend?: Decimal | null;
            motivation: string;
            decided_by: string;
            /** Format: date-time */
            decided_at: string;
        };
        /** @description What staff checked before verifying an organisation. */
        VerificationRequest: {
            /**
             * @description The reference of the KBO/BCE extract showing the enterprise and its representatives.
             * @example KBO-extract 2026-12-01 0207.451.227
             */
            kbo_extract_reference: string;
            /**
             * @description The reference of the mandate (or council decision) that lets the registering person act
             *     for the organisation.
             * @example Gemeenteraad Genk 2026-11-20 punt 14
             */
            mandate_reference: string;
            /**
             * @description How the representative's identity was established (e.g. the eID check's reference).
             * @example eID check 2026-12-01 by the helpdesk
             */
            representative_identity: string;
        };
        /**
         * @description Where an organisation's claim on its enterprise number stands: `unverified` (a claim, not
         *     checked yet: it may apply, it is paid nothing), `verified` (staff checked the evidence),
         *     `rejected`.
         * @enum {string}
         */
        VerificationStatus: "unverified" | "verified" | "rejected";
        /**
         * @description Whether staff verified the organisation's claim on its enterprise number (shown to its
         *     members and to staff; not to reviewers).
         */
        VerificationView: {
            status: components["schemas"]["VerificationStatus"];
            /**
             * Format: date-time
             * @description When it was verified or rejected.
             */
            decided_at?: string | null;
            evidence?: null | components["schemas"]["EvidenceView"];
            /** @description Why the claim was rejected. */
            reason?: string | null;
        };
        /** @description A message for an endpoint and how its delivery went. */
        WebhookMessageView: {
            /**
             * @description The `webhook-id` (the same on every attempt and replay).
             * @example msg_5f0c6a0d3b5a4c2e9b1d7f3a2e4c6b8d
             */
            id: string;
            event_type: components["schemas"]["EventType"];
            /** @description The body as it is posted. */
            payload: Record<string, never>;
            /** Format: date-time */
            created_at: string;
            status: components["schemas"]["DeliveryStatus"];
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            next_attempt_at?: string | null;
            last_error?: string | null;
            /** Format: date-time */
            sent_at?: string | null;
            /** @description Every attempt, oldest first. */
            log: components["schemas"]["AttemptView"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_regulations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegulationView"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_regulation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegulationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegulationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A regulation with that code exists (`regulation_exists`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_applications: {
        parameters: {
            query?: {
                call_id?: string;
                track?: number;
                /** @description draft, submitted or withdrawn. */
                status?: string;
                organisation_id?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ApplicationSummary"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationContentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a draft, or the deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    application_after_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationAftermathView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assign_reviewer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict of interest, not eligible, assigned already, or not in assessment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upload_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadForm"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a draft, or the deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PDF, ODF/OOXML document, PNG or JPEG, not well formed, or named with another type's extension */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    download_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
                /** @description Attachment id */
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as the media type sniffed from its content at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/png": unknown;
                    "image/jpeg": unknown;
                    "application/vnd.oasis.opendocument.text": unknown;
                    "application/vnd.oasis.opendocument.spreadsheet": unknown;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    detach_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
                /** @description Attachment id */
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a draft, or the deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replace_budget_lines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetLinesRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a draft, or the deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid lines, or their sum is over the call's cap */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient funds, not eligible, or not in assessment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    double_funding_signals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoubleFundingView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_double_funding_finding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_objection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lodge_objection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No decision letter to object to (`nothing_to_object`), the period is over (`objection_period_over`) or an objection was lodged already (`objection_lodged`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attach_to_objection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ObjectionUploadForm"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionAttachmentView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The period is over (`objection_period_over`) or staff ruled (`objection_ruled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PDF, ODF/OOXML document, PNG or JPEG, not well formed, or named with another type's extension */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    download_objection_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
                /** @description Attachment id */
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as the media type sniffed from its content at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/png": unknown;
                    "image/jpeg": unknown;
                    "application/vnd.oasis.opendocument.text": unknown;
                    "application/vnd.oasis.opendocument.spreadsheet": unknown;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rule_objection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RulingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ruled on already (`objection_ruled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_receipts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
                /** @description Receipt number, e.g. EXP23-0007 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receipt_proof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
                /** @description Receipt number, e.g. EXP23-0007 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProofView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_reviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revise_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not submitted, or the deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    screen_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The call is not in assessment, the application is not submitted, or it is selected (not eligible refused) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already submitted: the same receipt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptView"];
                };
            };
            /** @description Submitted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Withdrawn, the call is not open, or the deadline has passed (the problem gives it in the call's zone) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Incomplete or invalid: every missing item is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Withdrawn already, or the deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_assignments: {
        parameters: {
            query?: {
                application_id?: string;
                reviewer_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declare_conflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConflictRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Submitted already, conflict declared, or not in assessment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A criterion is not scored, or no comment */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_audit: {
        parameters: {
            query?: {
                /** @example call */
                target_type?: string;
                target_id?: string;
                actor?: string;
                /** @example call.open */
                action?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verify_audit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    request_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAccepted"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirm_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmation"];
            };
        };
        responses: {
            /** @description The password is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sign_out: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid email or a password that breaks the policy */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issue_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown email or wrong password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_articles: {
        parameters: {
            query?: {
                budget_year?: number;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ArticleView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_article: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArticleRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Exists already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    article_balances: {
        parameters: {
            query?: {
                /**
                 * @description An instant with an offset (RFC 3339), e.g. 2024-11-01T09:00:00+01:00. Without it the
                 *     balances are read from the running totals.
                 */
                at?: string;
            };
            header?: never;
            path: {
                /** @example SJ0-1SMC2GA-WT */
                code: string;
                /** @example 2023 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleBalancesView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `at` is not an instant with an offset */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    credit_article: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example SJ0-1SMC2GA-WT */
                code: string;
                /** @example 2023 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditRequest"];
            };
        };
        responses: {
            /** @description Replay of a transfer already made */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            /** @description Credited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Transfer id used with another payload */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_calls: {
        parameters: {
            query?: {
                /**
                 * @description Effective status: an open call whose deadline has passed is `closed`.
                 * @example open
                 */
                status?: string;
                /** @example SJ0-1SMC2GA-WT */
                budget_article?: string;
                /** @example 2023 */
                budget_year?: number;
                /** @description Words in the title or reference. */
                q?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calls */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CallView"];
                };
            };
            /** @description Malformed query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid filter */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_call: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallRequest"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The reference is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description Malformed id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No longer a draft, or changed concurrently */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    call_after_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallAftermathView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such call, or not a member of the organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The call is not open or its deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    start_assessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The call is not closed (its deadline has not passed, or it is further along) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulk_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAssignView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    call_budget: {
        parameters: {
            query?: {
                /**
                 * @description An instant with an offset (RFC 3339), e.g. 2024-11-01T09:00:00+01:00. Without it the
                 *     balances are read from the running totals.
                 */
                at?: string;
            };
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallBudgetView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `at` is not an instant with an offset */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancel_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRequest"];
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extend_deadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendDeadlineRequest"];
            };
        };
        responses: {
            /** @description Extended */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not open, or the deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not later than the current deadline, or no reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_decisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulk_decisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDecisionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finalise_selection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not in assessment, or applications not screened or without a decision (the problem says how many) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_gate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
                /** @description if_advice, budget_agreement or government_approval */
                gate: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GateRequest"];
            };
        };
        responses: {
            /** @description Recorded; the call as it is now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A gate is skipped or already passed; the problem names the gate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    open_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gate missing or unfavourable, no assessment criteria, deadline passed, or insufficient funds */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_questions: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Items per page (1 to 100). */
                per_page?: number;
            };
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_QuestionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ask_question: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ranking: {
        parameters: {
            query?: {
                track?: number;
                /**
                 * @description json (default) or csv.
                 * @example csv
                 */
                format?: string;
            };
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with format=csv (a header line, then one line per application) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingLine"][];
                    "text/csv": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reserve_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservePlaceView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_control_links: {
        parameters: {
            query?: {
                /**
                 * @description declared (the ones to decide), confirmed, rejected or ended.
                 * @example declared
                 */
                status?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ControlLinkView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decide_control_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Control link id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkDecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlLinkView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The decision does not apply to the link's status (`link_decided`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deliveries: {
        parameters: {
            query?: {
                /** @example failed */
                status?: components["schemas"]["DeliveryStatus"];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeliveryView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The message's delivery has not failed (pending or sent) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_360giving: {
        parameters: {
            query?: {
                /** @description Only this call's grants (default: every decided call's). */
                call_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A 360Giving 1.4 data package */
            200: {
                headers: {
                    /** @description attachment; filename="grantdesk-360giving.json" */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GivingPackage"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description call_id names no call, or no grant was awarded yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid query, or more than 10,000 grants */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subsidy_register_csv: {
        parameters: {
            query: {
                /**
                 * @description The year of the award dates (Brussels).
                 * @example 2024
                 */
                year: number;
                /**
                 * @description The quarter, 1 to 4.
                 * @example 1
                 */
                quarter: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register as CSV (UTF-8, a header row) */
            200: {
                headers: {
                    /** @description attachment; filename="grantdesk-subsidy-register.csv" */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subsidy_register_json: {
        parameters: {
            query: {
                /**
                 * @description The year of the award dates (Brussels).
                 * @example 2024
                 */
                year: number;
                /**
                 * @description The quarter, 1 to 4.
                 * @example 1
                 */
                quarter: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterEntry"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_grants: {
        parameters: {
            query?: {
                call_id?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_GrantView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id (the application's) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answer_award: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id (the application's) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptanceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Answered already (`acceptance_answered`) or the period is over (`acceptance_period_over`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancel_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationRequest"];
            };
        };
        responses: {
            /** @description Replay of a cancellation already recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not accepted (`awaiting_acceptance`), settled (`grant_settled`) or cancelled already (`grant_cancelled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_final_reports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalReportView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit_final_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FinalReportForm"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalReportView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Before the start, a report awaits a verdict or was accepted, or the grant is settled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PDF, ODF/OOXML document, PNG or JPEG, not well formed, or named with another type's extension */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decide_final_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerdictRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalReportView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No report awaits a verdict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    download_final_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id */
                id: string;
                /** @description Report version */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, as the media type sniffed from its content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/png": unknown;
                    "image/jpeg": unknown;
                    "application/vnd.oasis.opendocument.text": unknown;
                    "application/vnd.oasis.opendocument.spreadsheet": unknown;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pay_tranche: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRequest"];
            };
        };
        responses: {
            /** @description Replay of a payment already made */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not accepted by the organisation yet (`awaiting_acceptance`), not payable yet, paid already, overpayment, insufficient VEK credit, or the grant's organisation is not verified (`/problems/organisation-unverified`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    settle_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlementRequest"];
            };
        };
        responses: {
            /** @description Replay of a settlement already recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No accepted final report, settled already, insufficient VEK credit, or a balance is due to an organisation that is not verified (`/problems/organisation-unverified`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    accept_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Invitation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was answered already or has expired, or you are a member already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decline_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Invitation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was answered already or has expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_ledger_csv: {
        parameters: {
            query?: {
                /**
                 * @description The budget article's code.
                 * @example SJ0-1SMC2GA-WT
                 */
                article?: string;
                /**
                 * @description The budget year.
                 * @example 2023
                 */
                year?: number;
                /** @description Transfers touching the call's accounts, its tracks' or its grants'. */
                call_id?: string;
                /**
                 * @description Written at or after this instant (RFC 3339, e.g. `2023-08-01T00:00:00Z`; write a `+`
                 *     offset as `%2B`).
                 * @example 2023-08-01T00:00:00Z
                 */
                from?: string;
                /**
                 * @description Written before this instant (RFC 3339): the period is `[from, to)`.
                 * @example 2023-09-01T00:00:00Z
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a header row: id, instant, budget_year, credit_type, article, code, debit_account_kind, debit_account_owner, credit_account_kind, credit_account_owner, amount, currency, status, reference, actor */
            200: {
                headers: {
                    /** @description attachment; filename="grantdesk-ledger.csv" */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description call_id names no call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid filters, or more than 50,000 transfers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_ledger_xlsx: {
        parameters: {
            query?: {
                /**
                 * @description The budget article's code.
                 * @example SJ0-1SMC2GA-WT
                 */
                article?: string;
                /**
                 * @description The budget year.
                 * @example 2023
                 */
                year?: number;
                /** @description Transfers touching the call's accounts, its tracks' or its grants'. */
                call_id?: string;
                /**
                 * @description Written at or after this instant (RFC 3339, e.g. `2023-08-01T00:00:00Z`; write a `+`
                 *     offset as `%2B`).
                 * @example 2023-08-01T00:00:00Z
                 */
                from?: string;
                /**
                 * @description Written before this instant (RFC 3339): the period is `[from, to)`.
                 * @example 2023-09-01T00:00:00Z
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook with one sheet, "ledger" */
            200: {
                headers: {
                    /** @description attachment; filename="grantdesk-ledger.xlsx" */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description call_id names no call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid filters, or more than 50,000 transfers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_transfers: {
        parameters: {
            query?: {
                /** @example SJ0-1SMC2GA-WT */
                budget_article?: string;
                /** @example 2023 */
                budget_year?: number;
                /**
                 * @description VAK or VEK (default VAK when an article is given).
                 * @example VAK
                 */
                credit_type?: string;
                /** @example RESERVE */
                code?: string;
                account_id?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TransferView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transfer id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverse_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CREDIT transfer to reverse */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalRequest"];
            };
        };
        responses: {
            /** @description Replay */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            /** @description Reversed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient funds (stays refused), id conflict, or not a posted credit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    latest_checkpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_checkpoints: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Items per page (1 to 100). */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CheckpointView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_entries: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Items per page (1 to 100). */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_LogEntryView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    consistency_proof: {
        parameters: {
            query: {
                /** @description The older tree's size (at least 1). */
                first: number;
                /**
                 * @description The newer tree's size (at least `first`, at most the log's); the latest checkpoint's by
                 *     default.
                 */
                second?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProofView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing is sealed yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inclusion_proof: {
        parameters: {
            query?: {
                /** @description The entry's index in the log (or give `entry_id`). */
                index?: number;
                /** @description The audit entry's id (or give `index`). */
                entry_id?: string;
                /**
                 * @description The tree to prove it in: a size some checkpoint was signed at; the latest checkpoint's
                 *     by default.
                 */
                tree_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProofView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither `index` nor `entry_id`, or a tree size out of range */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    my_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_language: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LanguageRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inbox: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Items per page (1 to 100). */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mark_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreference"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_reminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderPreference"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreference"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_claims: {
        parameters: {
            query?: {
                /**
                 * @description unverified (the default: the claims waiting for staff), verified or rejected.
                 * @example unverified
                 */
                status?: components["schemas"]["VerificationStatus"];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ClaimView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_organisations: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Items per page (1 to 100). */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_OrganisationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    aid_position: {
        parameters: {
            query?: {
                /** @description The day the windows end (default: today in Brussels). */
                on?: string;
            };
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidPositionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `on` is not a date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declare_control_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControlLinkRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlLinkView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A link between the two is declared or confirmed already (`link_declared`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another role, or a member who is not the representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationAccepted"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another role, or a member who is not the representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
                /** @description Invitation id */
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another role, or a member who is not the representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was answered already or has expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    end_membership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
                /** @description The member's user id (your own to leave) */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The membership has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another role, or removing someone else without being the representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The representative cannot leave: hand the role on first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reject_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an unverified claim (`/problems/verification-decided`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hand_on: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepresentativeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another role, or a member who is not the representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are the representative already, or the membership changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The user is not a member of the organisation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    single_undertaking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleUndertakingView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verify_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an unverified claim (`/problems/verification-decided`), or another organisation is verified for the enterprise number (`/problems/enterprise-number-verified`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answer_question: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Question id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                /** @description The token of the mail's `List-Unsubscribe` link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreference"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link's account no longer exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_users: {
        parameters: {
            query?: {
                /** @example reviewer */
                role?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_StaffUserView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disable_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enable_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    erase_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_user_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleChangeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_endpoints: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Items per page (1 to 100). */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_EndpointView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_endpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointCreated"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not one the bearer sees */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_endpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_deliveries: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Items per page (1 to 100). */
                per_page?: number;
            };
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_WebhookMessageView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An invalid page */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replay_delivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
                /** @description Message id (webhook-id) */
                message: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The message is waiting for its delivery already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disable_endpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enable_endpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotate_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    test_endpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example grantdesk_http_requests_total{method="GET",route="/api/v1/calls",status="200"} 3 */
                    "text/plain": string;
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
