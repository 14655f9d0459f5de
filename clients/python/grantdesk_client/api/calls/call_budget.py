import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_budget_view import CallBudgetView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    at: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_at: str | Unset = UNSET
    if not isinstance(at, Unset):
        json_at = at.isoformat()
    params["at"] = json_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calls/{id}/budget".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallBudgetView | Problem | None:
    if response.status_code == 200:
        response_200 = CallBudgetView.from_dict(response.json())

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
) -> Response[CallBudgetView | Problem]:
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
    at: datetime.datetime | Unset = UNSET,
) -> Response[CallBudgetView | Problem]:
    """A call's money: budget, reserved, awarded, held, paid, released, remaining, and per track
    (admin, finance, auditor). Read from the running totals of the call's, its tracks' and its
    grants' accounts; with `?at=` recomputed from the transfers recorded at or before then.

    Args:
        id (UUID):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallBudgetView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        at=at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    at: datetime.datetime | Unset = UNSET,
) -> CallBudgetView | Problem | None:
    """A call's money: budget, reserved, awarded, held, paid, released, remaining, and per track
    (admin, finance, auditor). Read from the running totals of the call's, its tracks' and its
    grants' accounts; with `?at=` recomputed from the transfers recorded at or before then.

    Args:
        id (UUID):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallBudgetView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        at=at,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    at: datetime.datetime | Unset = UNSET,
) -> Response[CallBudgetView | Problem]:
    """A call's money: budget, reserved, awarded, held, paid, released, remaining, and per track
    (admin, finance, auditor). Read from the running totals of the call's, its tracks' and its
    grants' accounts; with `?at=` recomputed from the transfers recorded at or before then.

    Args:
        id (UUID):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallBudgetView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        at=at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    at: datetime.datetime | Unset = UNSET,
) -> CallBudgetView | Problem | None:
    """A call's money: budget, reserved, awarded, held, paid, released, remaining, and per track
    (admin, finance, auditor). Read from the running totals of the call's, its tracks' and its
    grants' accounts; with `?at=` recomputed from the transfers recorded at or before then.

    Args:
        id (UUID):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallBudgetView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            at=at,
        )
    ).parsed
