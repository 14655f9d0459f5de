from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.giving_package import GivingPackage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    call_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_call_id: str | Unset = UNSET
    if not isinstance(call_id, Unset):
        json_call_id = str(call_id)
    params["call_id"] = json_call_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exports/360giving.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GivingPackage | Problem | None:
    if response.status_code == 200:
        response_200 = GivingPackage.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GivingPackage | Problem]:
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
) -> Response[GivingPackage | Problem]:
    """The awarded grants as a 360Giving 1.4 data package (finance, admin, auditor): all grants of
    every decided call, or of one call. Each grant's id is the configured prefix
    (`GRANTDESK_360G_PREFIX`) and its uuid; the recipient is identified by its enterprise number
    (`BE-BCE_KBO-…`), the funder and publisher as configured; the payments of its tranches are
    its `disbursementTransaction`s. Amounts are JSON numbers with exactly two decimals, written
    from the exact decimal, never through a float. 404 when there is no grant to publish.

    Args:
        call_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GivingPackage | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    call_id: UUID | Unset = UNSET,
) -> GivingPackage | Problem | None:
    """The awarded grants as a 360Giving 1.4 data package (finance, admin, auditor): all grants of
    every decided call, or of one call. Each grant's id is the configured prefix
    (`GRANTDESK_360G_PREFIX`) and its uuid; the recipient is identified by its enterprise number
    (`BE-BCE_KBO-…`), the funder and publisher as configured; the payments of its tranches are
    its `disbursementTransaction`s. Amounts are JSON numbers with exactly two decimals, written
    from the exact decimal, never through a float. 404 when there is no grant to publish.

    Args:
        call_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GivingPackage | Problem
    """

    return sync_detailed(
        client=client,
        call_id=call_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    call_id: UUID | Unset = UNSET,
) -> Response[GivingPackage | Problem]:
    """The awarded grants as a 360Giving 1.4 data package (finance, admin, auditor): all grants of
    every decided call, or of one call. Each grant's id is the configured prefix
    (`GRANTDESK_360G_PREFIX`) and its uuid; the recipient is identified by its enterprise number
    (`BE-BCE_KBO-…`), the funder and publisher as configured; the payments of its tranches are
    its `disbursementTransaction`s. Amounts are JSON numbers with exactly two decimals, written
    from the exact decimal, never through a float. 404 when there is no grant to publish.

    Args:
        call_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GivingPackage | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    call_id: UUID | Unset = UNSET,
) -> GivingPackage | Problem | None:
    """The awarded grants as a 360Giving 1.4 data package (finance, admin, auditor): all grants of
    every decided call, or of one call. Each grant's id is the configured prefix
    (`GRANTDESK_360G_PREFIX`) and its uuid; the recipient is identified by its enterprise number
    (`BE-BCE_KBO-…`), the funder and publisher as configured; the payments of its tranches are
    its `disbursementTransaction`s. Amounts are JSON numbers with exactly two decimals, written
    from the exact decimal, never through a float. 404 when there is no grant to publish.

    Args:
        call_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GivingPackage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            call_id=call_id,
        )
    ).parsed
