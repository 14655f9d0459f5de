from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_view import AttachmentView
from ...models.problem import Problem
from ...models.upload_form import UploadForm
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: UploadForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/applications/{id}/attachments".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentView | Problem | None:
    if response.status_code == 201:
        response_201 = AttachmentView.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttachmentView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadForm,
) -> Response[AttachmentView | Problem]:
    """Attach a document to a draft (a member of the lead organisation, before the deadline), as
    multipart/form-data with `kind` (one of the call's attachment kinds, or "annex") and
    `file`. The type is read from the content and its structure checked: PDF, ODF/OOXML
    documents and spreadsheets, PNG, JPEG; the file name's extension must be that type's
    (`.pdf`, `.png`, `.jpg`/`.jpeg`, `.odt`, `.ods`, `.docx`, `.xlsx`, any case). A file over
    the upload limit or a form over its total (413), a form that does not arrive within the
    upload time (408), another type, a damaged file or a name with another extension (415), an
    empty file or a name with path parts (422) are refused and nothing is stored.

    Args:
        id (UUID):
        body (UploadForm): The multipart form of an upload: `kind` (one of the call's attachment
            kinds, or "annex")
            and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadForm,
) -> AttachmentView | Problem | None:
    """Attach a document to a draft (a member of the lead organisation, before the deadline), as
    multipart/form-data with `kind` (one of the call's attachment kinds, or "annex") and
    `file`. The type is read from the content and its structure checked: PDF, ODF/OOXML
    documents and spreadsheets, PNG, JPEG; the file name's extension must be that type's
    (`.pdf`, `.png`, `.jpg`/`.jpeg`, `.odt`, `.ods`, `.docx`, `.xlsx`, any case). A file over
    the upload limit or a form over its total (413), a form that does not arrive within the
    upload time (408), another type, a damaged file or a name with another extension (415), an
    empty file or a name with path parts (422) are refused and nothing is stored.

    Args:
        id (UUID):
        body (UploadForm): The multipart form of an upload: `kind` (one of the call's attachment
            kinds, or "annex")
            and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadForm,
) -> Response[AttachmentView | Problem]:
    """Attach a document to a draft (a member of the lead organisation, before the deadline), as
    multipart/form-data with `kind` (one of the call's attachment kinds, or "annex") and
    `file`. The type is read from the content and its structure checked: PDF, ODF/OOXML
    documents and spreadsheets, PNG, JPEG; the file name's extension must be that type's
    (`.pdf`, `.png`, `.jpg`/`.jpeg`, `.odt`, `.ods`, `.docx`, `.xlsx`, any case). A file over
    the upload limit or a form over its total (413), a form that does not arrive within the
    upload time (408), another type, a damaged file or a name with another extension (415), an
    empty file or a name with path parts (422) are refused and nothing is stored.

    Args:
        id (UUID):
        body (UploadForm): The multipart form of an upload: `kind` (one of the call's attachment
            kinds, or "annex")
            and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadForm,
) -> AttachmentView | Problem | None:
    """Attach a document to a draft (a member of the lead organisation, before the deadline), as
    multipart/form-data with `kind` (one of the call's attachment kinds, or "annex") and
    `file`. The type is read from the content and its structure checked: PDF, ODF/OOXML
    documents and spreadsheets, PNG, JPEG; the file name's extension must be that type's
    (`.pdf`, `.png`, `.jpg`/`.jpeg`, `.odt`, `.ods`, `.docx`, `.xlsx`, any case). A file over
    the upload limit or a form over its total (413), a form that does not arrive within the
    upload time (408), another type, a damaged file or a name with another extension (415), an
    empty file or a name with path parts (422) are refused and nothing is stored.

    Args:
        id (UUID):
        body (UploadForm): The multipart form of an upload: `kind` (one of the call's attachment
            kinds, or "annex")
            and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
