from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.ranking_line import RankingLine
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    track: int | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["track"] = track

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calls/{id}/ranking".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[RankingLine] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RankingLine.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[RankingLine]]:
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
    track: int | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[Problem | list[RankingLine]]:
    """The ranking per track of the eligible applications (admin, auditor): by score (the mean of
    the submitted reviews' 0-100 scores, each rounded to two decimals, the mean rounded to two
    decimals half away from zero), ties broken by the earliest receipt; unscored applications
    last. `format=csv` gives CSV.

    Args:
        id (UUID):
        track (int | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RankingLine]]
    """

    kwargs = _get_kwargs(
        id=id,
        track=track,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    track: int | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Problem | list[RankingLine] | None:
    """The ranking per track of the eligible applications (admin, auditor): by score (the mean of
    the submitted reviews' 0-100 scores, each rounded to two decimals, the mean rounded to two
    decimals half away from zero), ties broken by the earliest receipt; unscored applications
    last. `format=csv` gives CSV.

    Args:
        id (UUID):
        track (int | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RankingLine]
    """

    return sync_detailed(
        id=id,
        client=client,
        track=track,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    track: int | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[Problem | list[RankingLine]]:
    """The ranking per track of the eligible applications (admin, auditor): by score (the mean of
    the submitted reviews' 0-100 scores, each rounded to two decimals, the mean rounded to two
    decimals half away from zero), ties broken by the earliest receipt; unscored applications
    last. `format=csv` gives CSV.

    Args:
        id (UUID):
        track (int | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RankingLine]]
    """

    kwargs = _get_kwargs(
        id=id,
        track=track,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    track: int | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Problem | list[RankingLine] | None:
    """The ranking per track of the eligible applications (admin, auditor): by score (the mean of
    the submitted reviews' 0-100 scores, each rounded to two decimals, the mean rounded to two
    decimals half away from zero), ties broken by the earliest receipt; unscored applications
    last. `format=csv` gives CSV.

    Args:
        id (UUID):
        track (int | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RankingLine]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            track=track,
            format_=format_,
        )
    ).parsed
