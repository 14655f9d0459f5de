from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
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
        "url": "/api/v1/exports/subsidy-register.csv",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
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
) -> Response[Problem | str]:
    """The same quarter as CSV: a header row of the JSON's field names, in order, then one row per
    award; amounts as decimal strings, dates as `YYYY-MM-DD`, empty cells for nulls.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
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
) -> Problem | str | None:
    """The same quarter as CSV: a header row of the JSON's field names, in order, then one row per
    award; amounts as decimal strings, dates as `YYYY-MM-DD`, empty cells for nulls.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
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
) -> Response[Problem | str]:
    """The same quarter as CSV: a header row of the JSON's field names, in order, then one row per
    award; amounts as decimal strings, dates as `YYYY-MM-DD`, empty cells for nulls.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
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
) -> Problem | str | None:
    """The same quarter as CSV: a header row of the JSON's field names, in order, then one row per
    award; amounts as decimal strings, dates as `YYYY-MM-DD`, empty cells for nulls.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            quarter=quarter,
        )
    ).parsed
