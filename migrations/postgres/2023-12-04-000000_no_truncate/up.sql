-- TRUNCATE fires no row triggers, so the row guards (BEFORE UPDATE/DELETE ... FOR EACH ROW)
-- of the append-only and never-deleted tables did not stop it: a statement-level guard does,
-- for a plain TRUNCATE and for one that reaches the table through CASCADE.
CREATE TRIGGER transfers_no_truncate BEFORE TRUNCATE ON transfers
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('transfers are append-only: correct a mistake with a reversing transfer (TRUNCATE refused)');
CREATE TRIGGER accounts_no_truncate BEFORE TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('accounts are never deleted (TRUNCATE refused)');
CREATE TRIGGER calls_no_truncate BEFORE TRUNCATE ON calls
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('calls are never deleted: cancel them (TRUNCATE refused)');
CREATE TRIGGER gate_evidence_no_truncate BEFORE TRUNCATE ON gate_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('gate evidence is append-only (TRUNCATE refused)');
CREATE TRIGGER deadline_changes_no_truncate BEFORE TRUNCATE ON deadline_changes
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('deadline history is append-only (TRUNCATE refused)');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('the audit trail is append-only (TRUNCATE refused)');
CREATE TRIGGER receipts_no_truncate BEFORE TRUNCATE ON receipts
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('receipts are append-only (TRUNCATE refused)');
CREATE TRIGGER applications_no_truncate BEFORE TRUNCATE ON applications
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('applications are never deleted: withdraw them (TRUNCATE refused)');
CREATE TRIGGER attachments_no_truncate BEFORE TRUNCATE ON attachments
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('attachments are never deleted: detach them (TRUNCATE refused)');
CREATE TRIGGER screenings_no_truncate BEFORE TRUNCATE ON screenings
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('screenings are append-only (TRUNCATE refused)');
CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('decisions are append-only: record a new one (TRUNCATE refused)');
CREATE TRIGGER grant_payments_no_truncate BEFORE TRUNCATE ON grant_payments
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('payments are append-only (TRUNCATE refused)');
CREATE TRIGGER final_reports_no_truncate BEFORE TRUNCATE ON final_reports
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('final reports are append-only (TRUNCATE refused)');
CREATE TRIGGER final_report_verdicts_no_truncate BEFORE TRUNCATE ON final_report_verdicts
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('verdicts are append-only (TRUNCATE refused)');
CREATE TRIGGER grant_settlements_no_truncate BEFORE TRUNCATE ON grant_settlements
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_refuse_change('settlements are append-only (TRUNCATE refused)');
