from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_aftermath_view import CallAftermathView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calls/{id}/after-decision".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallAftermathView | Problem | None:
    if response.status_code == 200:
        response_200 = CallAftermathView.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallAftermathView | Problem]:
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
) -> Response[CallAftermathView | Problem]:
    """What a call's awards became after its decision (admin, finance, auditor), per call and per
    track: offered (by the selection and afterwards), accepted, pending, renounced, expired,
    re-offered (from the reserve list or on an upheld objection), and what the reserve list
    still waits for. The ledger's side (awarded, held, freed, remaining) is
    `GET /calls/{id}/budget`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAftermathView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> CallAftermathView | Problem | None:
    """What a call's awards became after its decision (admin, finance, auditor), per call and per
    track: offered (by the selection and afterwards), accepted, pending, renounced, expired,
    re-offered (from the reserve list or on an upheld objection), and what the reserve list
    still waits for. The ledger's side (awarded, held, freed, remaining) is
    `GET /calls/{id}/budget`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAftermathView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CallAftermathView | Problem]:
    """What a call's awards became after its decision (admin, finance, auditor), per call and per
    track: offered (by the selection and afterwards), accepted, pending, renounced, expired,
    re-offered (from the reserve list or on an upheld objection), and what the reserve list
    still waits for. The ledger's side (awarded, held, freed, remaining) is
    `GET /calls/{id}/budget`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAftermathView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> CallAftermathView | Problem | None:
    """What a call's awards became after its decision (admin, finance, auditor), per call and per
    track: offered (by the selection and afterwards), accepted, pending, renounced, expired,
    re-offered (from the reserve list or on an upheld objection), and what the reserve list
    still waits for. The ledger's side (awarded, held, freed, remaining) is
    `GET /calls/{id}/budget`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAftermathView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
