from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_claim_view import PageClaimView
from ...models.problem import Problem
from ...models.verification_status import VerificationStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: VerificationStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organisation-claims",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageClaimView | Problem | None:
    if response.status_code == 200:
        response_200 = PageClaimView.from_dict(response.json())

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
) -> Response[PageClaimView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: VerificationStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageClaimView | Problem]:
    """Claims on enterprise numbers (admin, auditor): by default the unverified ones, waiting for
    staff; by enterprise number and then oldest first, so that competing claims are listed
    together, each with how many other unverified claims share its number.

    Args:
        status (VerificationStatus | Unset): Where an organisation's claim on its enterprise
            number stands: `unverified` (a claim, not
            checked yet: it may apply, it is paid nothing), `verified` (staff checked the evidence),
            `rejected`.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageClaimView | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
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
    status: VerificationStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageClaimView | Problem | None:
    """Claims on enterprise numbers (admin, auditor): by default the unverified ones, waiting for
    staff; by enterprise number and then oldest first, so that competing claims are listed
    together, each with how many other unverified claims share its number.

    Args:
        status (VerificationStatus | Unset): Where an organisation's claim on its enterprise
            number stands: `unverified` (a claim, not
            checked yet: it may apply, it is paid nothing), `verified` (staff checked the evidence),
            `rejected`.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageClaimView | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: VerificationStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[PageClaimView | Problem]:
    """Claims on enterprise numbers (admin, auditor): by default the unverified ones, waiting for
    staff; by enterprise number and then oldest first, so that competing claims are listed
    together, each with how many other unverified claims share its number.

    Args:
        status (VerificationStatus | Unset): Where an organisation's claim on its enterprise
            number stands: `unverified` (a claim, not
            checked yet: it may apply, it is paid nothing), `verified` (staff checked the evidence),
            `rejected`.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageClaimView | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: VerificationStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
) -> PageClaimView | Problem | None:
    """Claims on enterprise numbers (admin, auditor): by default the unverified ones, waiting for
    staff; by enterprise number and then oldest first, so that competing claims are listed
    together, each with how many other unverified claims share its number.

    Args:
        status (VerificationStatus | Unset): Where an organisation's claim on its enterprise
            number stands: `unverified` (a claim, not
            checked yet: it may apply, it is paid nothing), `verified` (staff checked the evidence),
            `rejected`.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageClaimView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            page=page,
            per_page=per_page,
        )
    ).parsed
