from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.register_entry import RegisterEntry
from ...types import UNSET, Response


def _get_kwargs(
    *,
    year: int,
    quarter: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    params["quarter"] = quarter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exports/subsidy-register.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[RegisterEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RegisterEntry.from_dict(response_200_item_data)

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | list[RegisterEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
) -> Response[Problem | list[RegisterEntry]]:
    """The subsidy register of a quarter (admin, finance, auditor): every award whose legal right
    was conferred in it (Brussels dates), once, in the fields a public register publishes
    (beneficiary and enterprise number, amount awarded, date of award, legal basis and budget
    article, purpose, aid regime and regulation). Awards never taken up are left out.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RegisterEntry]]
    """

    kwargs = _get_kwargs(
        year=year,
        quarter=quarter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
) -> Problem | list[RegisterEntry] | None:
    """The subsidy register of a quarter (admin, finance, auditor): every award whose legal right
    was conferred in it (Brussels dates), once, in the fields a public register publishes
    (beneficiary and enterprise number, amount awarded, date of award, legal basis and budget
    article, purpose, aid regime and regulation). Awards never taken up are left out.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RegisterEntry]
    """

    return sync_detailed(
        client=client,
        year=year,
        quarter=quarter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
) -> Response[Problem | list[RegisterEntry]]:
    """The subsidy register of a quarter (admin, finance, auditor): every award whose legal right
    was conferred in it (Brussels dates), once, in the fields a public register publishes
    (beneficiary and enterprise number, amount awarded, date of award, legal basis and budget
    article, purpose, aid regime and regulation). Awards never taken up are left out.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RegisterEntry]]
    """

    kwargs = _get_kwargs(
        year=year,
        quarter=quarter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
) -> Problem | list[RegisterEntry] | None:
    """The subsidy register of a quarter (admin, finance, auditor): every award whose legal right
    was conferred in it (Brussels dates), once, in the fields a public register publishes
    (beneficiary and enterprise number, amount awarded, date of award, legal basis and budget
    article, purpose, aid regime and regulation). Awards never taken up are left out.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RegisterEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            quarter=quarter,
        )
    ).parsed
