from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_call_view import PageCallView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["budget_article"] = budget_article

    params["budget_year"] = budget_year

    params["q"] = q

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageCallView | Problem | None:
    if response.status_code == 200:
        response_200 = PageCallView.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageCallView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageCallView | Problem]:
    """List calls. Without a token only published calls (from `open` on) are listed; admins,
    finance and auditors also see drafts.

    Args:
        status (str | Unset):
        budget_article (str | Unset):
        budget_year (int | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCallView | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        budget_article=budget_article,
        budget_year=budget_year,
        q=q,
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
    status: str | Unset = UNSET,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageCallView | Problem | None:
    """List calls. Without a token only published calls (from `open` on) are listed; admins,
    finance and auditors also see drafts.

    Args:
        status (str | Unset):
        budget_article (str | Unset):
        budget_year (int | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCallView | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        budget_article=budget_article,
        budget_year=budget_year,
        q=q,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageCallView | Problem]:
    """List calls. Without a token only published calls (from `open` on) are listed; admins,
    finance and auditors also see drafts.

    Args:
        status (str | Unset):
        budget_article (str | Unset):
        budget_year (int | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCallView | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        budget_article=budget_article,
        budget_year=budget_year,
        q=q,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageCallView | Problem | None:
    """List calls. Without a token only published calls (from `open` on) are listed; admins,
    finance and auditors also see drafts.

    Args:
        status (str | Unset):
        budget_article (str | Unset):
        budget_year (int | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCallView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            budget_article=budget_article,
            budget_year=budget_year,
            q=q,
            page=page,
            per_page=per_page,
        )
    ).parsed
