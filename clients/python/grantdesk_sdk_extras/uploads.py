"""Attachment upload without the generated client's fixed multipart boundary.

The generated `grantdesk_client.api.applications.upload_attachment` works, but it builds an
`UploadForm(kind=..., file=File(payload=..., file_name=...))` and sends it with the fixed
boundary "+++" (`Content-Type: multipart/form-data; boundary=+++`, from openapi-python-client),
which a file that happens to contain the line "--+++" would break. This helper takes a path or
bytes, names the file, and lets httpx choose a random boundary; the answer is parsed by the
generated code (an `AttachmentView` on 201, a `Problem` otherwise).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from uuid import UUID

from grantdesk_client.api.applications import upload_attachment as _generated
from grantdesk_client.client import AuthenticatedClient
from grantdesk_client.models.attachment_view import AttachmentView
from grantdesk_client.models.problem import Problem
from grantdesk_client.models.upload_form import UploadForm
from grantdesk_client.types import File, Response

__all__ = ["upload_attachment"]


def upload_attachment(
    client: AuthenticatedClient,
    application_id: UUID | str,
    kind: str,
    file: str | os.PathLike[str] | bytes,
    *,
    file_name: str | None = None,
) -> Response[AttachmentView | Problem]:
    """POST /api/v1/applications/{id}/attachments with the form fields `kind` and `file`.

    `file` is a path (its name is sent, unless `file_name` is given) or the content as bytes
    (then `file_name` is required: the server checks its extension against the content's type).
    """
    if isinstance(file, (bytes, bytearray)):
        if not file_name:
            raise ValueError("file_name is required when the file is given as bytes")
        content = bytes(file)
    else:
        path = Path(file)
        content = path.read_bytes()
        file_name = file_name or path.name
    form = UploadForm(kind=kind, file=File(payload=io.BytesIO(content), file_name=file_name))
    kwargs = _generated._get_kwargs(UUID(str(application_id)), body=form)
    # drop the fixed "boundary=+++": httpx sets multipart/form-data with a random boundary
    kwargs["headers"] = {k: v for k, v in kwargs["headers"].items() if k.lower() != "content-type"}
    response = client.get_httpx_client().request(**kwargs)
    return _generated._build_response(client=client, response=response)
