from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.final_report_form import FinalReportForm
from ...models.final_report_view import FinalReportView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: FinalReportForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/grants/{id}/final-reports".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FinalReportView | Problem | None:
    if response.status_code == 201:
        response_201 = FinalReportView.from_dict(response.json())

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
) -> Response[FinalReportView | Problem]:
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
    body: FinalReportForm,
) -> Response[FinalReportView | Problem]:
    """Submit the final report (a member of the grantee organisation) as multipart/form-data with
    `spent` and `file`: from the grant's start, while no report awaits a verdict or was accepted.
    A rejected report is followed by a new version. The file is checked as an attachment is:
    its type from its content and structure, its name's extension that type's.

    Args:
        id (UUID):
        body (FinalReportForm): The final report form: `spent` (a decimal string such as
            "41250.00") and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinalReportView | Problem]
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
    body: FinalReportForm,
) -> FinalReportView | Problem | None:
    """Submit the final report (a member of the grantee organisation) as multipart/form-data with
    `spent` and `file`: from the grant's start, while no report awaits a verdict or was accepted.
    A rejected report is followed by a new version. The file is checked as an attachment is:
    its type from its content and structure, its name's extension that type's.

    Args:
        id (UUID):
        body (FinalReportForm): The final report form: `spent` (a decimal string such as
            "41250.00") and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinalReportView | Problem
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
    body: FinalReportForm,
) -> Response[FinalReportView | Problem]:
    """Submit the final report (a member of the grantee organisation) as multipart/form-data with
    `spent` and `file`: from the grant's start, while no report awaits a verdict or was accepted.
    A rejected report is followed by a new version. The file is checked as an attachment is:
    its type from its content and structure, its name's extension that type's.

    Args:
        id (UUID):
        body (FinalReportForm): The final report form: `spent` (a decimal string such as
            "41250.00") and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinalReportView | Problem]
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
    body: FinalReportForm,
) -> FinalReportView | Problem | None:
    """Submit the final report (a member of the grantee organisation) as multipart/form-data with
    `spent` and `file`: from the grant's start, while no report awaits a verdict or was accepted.
    A rejected report is followed by a new version. The file is checked as an attachment is:
    its type from its content and structure, its name's extension that type's.

    Args:
        id (UUID):
        body (FinalReportForm): The final report form: `spent` (a decimal string such as
            "41250.00") and `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinalReportView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
