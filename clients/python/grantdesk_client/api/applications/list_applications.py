from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_application_summary import PageApplicationSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    call_id: UUID | Unset = UNSET,
    track: int | Unset = UNSET,
    status: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_call_id: str | Unset = UNSET
    if not isinstance(call_id, Unset):
        json_call_id = str(call_id)
    params["call_id"] = json_call_id

    params["track"] = track

    params["status"] = status

    json_organisation_id: str | Unset = UNSET
    if not isinstance(organisation_id, Unset):
        json_organisation_id = str(organisation_id)
    params["organisation_id"] = json_organisation_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageApplicationSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageApplicationSummary.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageApplicationSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    call_id: UUID | Unset = UNSET,
    track: int | Unset = UNSET,
    status: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageApplicationSummary | Problem]:
    """List applications: an applicant sees their organisations' only, a reviewer those assigned
    to them; admins and auditors all; filtered by call, track, status and organisation.

    Args:
        call_id (UUID | Unset):
        track (int | Unset):
        status (str | Unset):
        organisation_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageApplicationSummary | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        track=track,
        status=status,
        organisation_id=organisation_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    call_id: UUID | Unset = UNSET,
    track: int | Unset = UNSET,
    status: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageApplicationSummary | Problem | None:
    """List applications: an applicant sees their organisations' only, a reviewer those assigned
    to them; admins and auditors all; filtered by call, track, status and organisation.

    Args:
        call_id (UUID | Unset):
        track (int | Unset):
        status (str | Unset):
        organisation_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageApplicationSummary | Problem
    """

    return sync_detailed(
        client=client,
        call_id=call_id,
        track=track,
        status=status,
        organisation_id=organisation_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    call_id: UUID | Unset = UNSET,
    track: int | Unset = UNSET,
    status: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageApplicationSummary | Problem]:
    """List applications: an applicant sees their organisations' only, a reviewer those assigned
    to them; admins and auditors all; filtered by call, track, status and organisation.

    Args:
        call_id (UUID | Unset):
        track (int | Unset):
        status (str | Unset):
        organisation_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageApplicationSummary | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        track=track,
        status=status,
        organisation_id=organisation_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    call_id: UUID | Unset = UNSET,
    track: int | Unset = UNSET,
    status: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageApplicationSummary | Problem | None:
    """List applications: an applicant sees their organisations' only, a reviewer those assigned
    to them; admins and auditors all; filtered by call, track, status and organisation.

    Args:
        call_id (UUID | Unset):
        track (int | Unset):
        status (str | Unset):
        organisation_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageApplicationSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            call_id=call_id,
            track=track,
            status=status,
            organisation_id=organisation_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
