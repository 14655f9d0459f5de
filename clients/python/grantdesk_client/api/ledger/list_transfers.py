from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_transfer_view import PageTransferView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    credit_type: str | Unset = UNSET,
    code: str | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["budget_article"] = budget_article

    params["budget_year"] = budget_year

    params["credit_type"] = credit_type

    params["code"] = code

    json_account_id: str | Unset = UNSET
    if not isinstance(account_id, Unset):
        json_account_id = str(account_id)
    params["account_id"] = json_account_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ledger/transfers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageTransferView | Problem | None:
    if response.status_code == 200:
        response_200 = PageTransferView.from_dict(response.json())

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
) -> Response[PageTransferView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    credit_type: str | Unset = UNSET,
    code: str | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageTransferView | Problem]:
    """List transfers, oldest first (finance, admin, auditor). Filter by article and year (with
    credit type, default VAK), by account, by code.

    Args:
        budget_article (str | Unset):
        budget_year (int | Unset):
        credit_type (str | Unset):
        code (str | Unset):
        account_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTransferView | Problem]
    """

    kwargs = _get_kwargs(
        budget_article=budget_article,
        budget_year=budget_year,
        credit_type=credit_type,
        code=code,
        account_id=account_id,
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
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    credit_type: str | Unset = UNSET,
    code: str | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageTransferView | Problem | None:
    """List transfers, oldest first (finance, admin, auditor). Filter by article and year (with
    credit type, default VAK), by account, by code.

    Args:
        budget_article (str | Unset):
        budget_year (int | Unset):
        credit_type (str | Unset):
        code (str | Unset):
        account_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTransferView | Problem
    """

    return sync_detailed(
        client=client,
        budget_article=budget_article,
        budget_year=budget_year,
        credit_type=credit_type,
        code=code,
        account_id=account_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    credit_type: str | Unset = UNSET,
    code: str | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageTransferView | Problem]:
    """List transfers, oldest first (finance, admin, auditor). Filter by article and year (with
    credit type, default VAK), by account, by code.

    Args:
        budget_article (str | Unset):
        budget_year (int | Unset):
        credit_type (str | Unset):
        code (str | Unset):
        account_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTransferView | Problem]
    """

    kwargs = _get_kwargs(
        budget_article=budget_article,
        budget_year=budget_year,
        credit_type=credit_type,
        code=code,
        account_id=account_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    budget_article: str | Unset = UNSET,
    budget_year: int | Unset = UNSET,
    credit_type: str | Unset = UNSET,
    code: str | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageTransferView | Problem | None:
    """List transfers, oldest first (finance, admin, auditor). Filter by article and year (with
    credit type, default VAK), by account, by code.

    Args:
        budget_article (str | Unset):
        budget_year (int | Unset):
        credit_type (str | Unset):
        code (str | Unset):
        account_id (UUID | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTransferView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            budget_article=budget_article,
            budget_year=budget_year,
            credit_type=credit_type,
            code=code,
            account_id=account_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
