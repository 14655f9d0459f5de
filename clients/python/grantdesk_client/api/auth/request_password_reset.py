from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_reset_accepted import PasswordResetAccepted
from ...models.password_reset_request import PasswordResetRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PasswordResetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/password-reset",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PasswordResetAccepted | Problem | None:
    if response.status_code == 202:
        response_202 = PasswordResetAccepted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PasswordResetAccepted | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PasswordResetRequest,
) -> Response[PasswordResetAccepted | Problem]:
    """Ask for a password reset. When an enabled account has the address, a one-time token (valid
    for an hour) is written to the account's outbox for delivery by e-mail. The answer is the
    same whether or not an account has the address.

    Args:
        body (PasswordResetRequest): Asks for a password reset: a one-time link goes to the
            address, if an account has it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PasswordResetAccepted | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PasswordResetRequest,
) -> PasswordResetAccepted | Problem | None:
    """Ask for a password reset. When an enabled account has the address, a one-time token (valid
    for an hour) is written to the account's outbox for delivery by e-mail. The answer is the
    same whether or not an account has the address.

    Args:
        body (PasswordResetRequest): Asks for a password reset: a one-time link goes to the
            address, if an account has it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PasswordResetAccepted | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PasswordResetRequest,
) -> Response[PasswordResetAccepted | Problem]:
    """Ask for a password reset. When an enabled account has the address, a one-time token (valid
    for an hour) is written to the account's outbox for delivery by e-mail. The answer is the
    same whether or not an account has the address.

    Args:
        body (PasswordResetRequest): Asks for a password reset: a one-time link goes to the
            address, if an account has it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PasswordResetAccepted | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PasswordResetRequest,
) -> PasswordResetAccepted | Problem | None:
    """Ask for a password reset. When an enabled account has the address, a one-time token (valid
    for an hour) is written to the account's outbox for delivery by e-mail. The answer is the
    same whether or not an account has the address.

    Args:
        body (PasswordResetRequest): Asks for a password reset: a one-time link goes to the
            address, if an account has it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PasswordResetAccepted | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
