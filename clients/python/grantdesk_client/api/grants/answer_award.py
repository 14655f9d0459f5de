from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acceptance_request import AcceptanceRequest
from ...models.grant_view import GrantView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: AcceptanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/grants/{id}/acceptance".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GrantView | Problem | None:
    if response.status_code == 200:
        response_200 = GrantView.from_dict(response.json())

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

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GrantView | Problem]:
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
    body: AcceptanceRequest,
) -> Response[GrantView | Problem]:
    """Accept or renounce a grant (the representative of its organisation), strictly before the
    end of the period the decision letter (or the reserve offer) gives: the call's
    `after_decision.acceptance_days`, counted as a legal period in the call's zone. Only an
    accepted grant is paid. A renunciation frees the award (on the ledger: its commitment goes
    back to the account it was awarded from) and, in the same transaction, offers the money to
    the call's reserve list: the next application that fits gets an award hold, a grant
    awaiting its own acceptance and a letter. Silence past the period has the same effect (the
    server's expiry job).

    Args:
        id (UUID):
        body (AcceptanceRequest): Accept or renounce a grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: AcceptanceRequest,
) -> GrantView | Problem | None:
    """Accept or renounce a grant (the representative of its organisation), strictly before the
    end of the period the decision letter (or the reserve offer) gives: the call's
    `after_decision.acceptance_days`, counted as a legal period in the call's zone. Only an
    accepted grant is paid. A renunciation frees the award (on the ledger: its commitment goes
    back to the account it was awarded from) and, in the same transaction, offers the money to
    the call's reserve list: the next application that fits gets an award hold, a grant
    awaiting its own acceptance and a letter. Silence past the period has the same effect (the
    server's expiry job).

    Args:
        id (UUID):
        body (AcceptanceRequest): Accept or renounce a grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: AcceptanceRequest,
) -> Response[GrantView | Problem]:
    """Accept or renounce a grant (the representative of its organisation), strictly before the
    end of the period the decision letter (or the reserve offer) gives: the call's
    `after_decision.acceptance_days`, counted as a legal period in the call's zone. Only an
    accepted grant is paid. A renunciation frees the award (on the ledger: its commitment goes
    back to the account it was awarded from) and, in the same transaction, offers the money to
    the call's reserve list: the next application that fits gets an award hold, a grant
    awaiting its own acceptance and a letter. Silence past the period has the same effect (the
    server's expiry job).

    Args:
        id (UUID):
        body (AcceptanceRequest): Accept or renounce a grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: AcceptanceRequest,
) -> GrantView | Problem | None:
    """Accept or renounce a grant (the representative of its organisation), strictly before the
    end of the period the decision letter (or the reserve offer) gives: the call's
    `after_decision.acceptance_days`, counted as a legal period in the call's zone. Only an
    accepted grant is paid. A renunciation frees the award (on the ledger: its commitment goes
    back to the account it was awarded from) and, in the same transaction, offers the money to
    the call's reserve list: the next application that fits gets an award hold, a grant
    awaiting its own acceptance and a letter. Silence past the period has the same effect (the
    server's expiry job).

    Args:
        id (UUID):
        body (AcceptanceRequest): Accept or renounce a grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
