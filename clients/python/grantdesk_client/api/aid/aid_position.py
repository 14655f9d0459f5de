import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aid_position_view import AidPositionView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    on: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: str | Unset = UNSET
    if not isinstance(on, Unset):
        json_on = on.isoformat()
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organisations/{id}/aid".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AidPositionView | Problem | None:
    if response.status_code == 200:
        response_200 = AidPositionView.from_dict(response.json())

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
) -> Response[AidPositionView | Problem]:
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
    on: datetime.date | Unset = UNSET,
) -> Response[AidPositionView | Problem]:
    """An organisation's own view of its aid (its members, staff): its single undertaking and, per
    de minimis regulation, the rolling window ending on `on` (default today, Brussels), the
    awards made here to any member under that regulation in the window, and what is left under
    the ceiling.

    Args:
        id (UUID):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AidPositionView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | Unset = UNSET,
) -> AidPositionView | Problem | None:
    """An organisation's own view of its aid (its members, staff): its single undertaking and, per
    de minimis regulation, the rolling window ending on `on` (default today, Brussels), the
    awards made here to any member under that regulation in the window, and what is left under
    the ceiling.

    Args:
        id (UUID):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AidPositionView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | Unset = UNSET,
) -> Response[AidPositionView | Problem]:
    """An organisation's own view of its aid (its members, staff): its single undertaking and, per
    de minimis regulation, the rolling window ending on `on` (default today, Brussels), the
    awards made here to any member under that regulation in the window, and what is left under
    the ceiling.

    Args:
        id (UUID):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AidPositionView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | Unset = UNSET,
) -> AidPositionView | Problem | None:
    """An organisation's own view of its aid (its members, staff): its single undertaking and, per
    de minimis regulation, the rolling window ending on `on` (default today, Brussels), the
    awards made here to any member under that regulation in the window, and what is left under
    the ceiling.

    Args:
        id (UUID):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AidPositionView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            on=on,
        )
    ).parsed
