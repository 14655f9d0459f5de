from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    article: str | Unset = UNSET,
    year: int | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["article"] = article

    params["year"] = year

    json_call_id: str | Unset = UNSET
    if not isinstance(call_id, Unset):
        json_call_id = str(call_id)
    params["call_id"] = json_call_id

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ledger/export.csv",
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
    article: str | Unset = UNSET,
    year: int | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[Problem | str]:
    """The ledger's transfers as CSV (finance, admin, auditor): one row per transfer, in the order
    they were written, with its ledger (year, VAK/VEK, article), both accounts (kind and owning
    call, track or grant), the amount as a decimal string with two decimals, status, reference
    and actor. At most 50,000 transfers (otherwise 422: narrow the filters). Free text that a
    spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.

    Args:
        article (str | Unset):
        year (int | Unset):
        call_id (UUID | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        article=article,
        year=year,
        call_id=call_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    article: str | Unset = UNSET,
    year: int | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Problem | str | None:
    """The ledger's transfers as CSV (finance, admin, auditor): one row per transfer, in the order
    they were written, with its ledger (year, VAK/VEK, article), both accounts (kind and owning
    call, track or grant), the amount as a decimal string with two decimals, status, reference
    and actor. At most 50,000 transfers (otherwise 422: narrow the filters). Free text that a
    spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.

    Args:
        article (str | Unset):
        year (int | Unset):
        call_id (UUID | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        article=article,
        year=year,
        call_id=call_id,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    article: str | Unset = UNSET,
    year: int | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[Problem | str]:
    """The ledger's transfers as CSV (finance, admin, auditor): one row per transfer, in the order
    they were written, with its ledger (year, VAK/VEK, article), both accounts (kind and owning
    call, track or grant), the amount as a decimal string with two decimals, status, reference
    and actor. At most 50,000 transfers (otherwise 422: narrow the filters). Free text that a
    spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.

    Args:
        article (str | Unset):
        year (int | Unset):
        call_id (UUID | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        article=article,
        year=year,
        call_id=call_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    article: str | Unset = UNSET,
    year: int | Unset = UNSET,
    call_id: UUID | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Problem | str | None:
    """The ledger's transfers as CSV (finance, admin, auditor): one row per transfer, in the order
    they were written, with its ledger (year, VAK/VEK, article), both accounts (kind and owning
    call, track or grant), the amount as a decimal string with two decimals, status, reference
    and actor. At most 50,000 transfers (otherwise 422: narrow the filters). Free text that a
    spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.

    Args:
        article (str | Unset):
        year (int | Unset):
        call_id (UUID | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            article=article,
            year=year,
            call_id=call_id,
            from_=from_,
            to=to,
        )
    ).parsed
