"""Hand-written helpers next to the generated grantdesk_client (which generate.sh rewrites
whole): the receipt digest and the attachment upload."""

from .receipts import canonical_json, snapshot_digest, verify_receipt_digest
from .uploads import upload_attachment

__all__ = ["canonical_json", "snapshot_digest", "upload_attachment", "verify_receipt_digest"]
