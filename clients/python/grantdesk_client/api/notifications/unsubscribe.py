from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.reminder_preference import ReminderPreference
from ...types import UNSET, Response


def _get_kwargs(
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/unsubscribe",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReminderPreference | None:
    if response.status_code == 200:
        response_200 = ReminderPreference.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ReminderPreference]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    token: str,
) -> Response[Problem | ReminderPreference]:
    """The one-click unsubscribe link of a reminder mail (RFC 8058: its `List-Unsubscribe` header,
    posted by the mail program with the body `List-Unsubscribe=One-Click`): turns reminders off
    for the account the link was made for, without signing in. Audited. Turn them on again
    with `PUT /me/reminders`.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReminderPreference]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    token: str,
) -> Problem | ReminderPreference | None:
    """The one-click unsubscribe link of a reminder mail (RFC 8058: its `List-Unsubscribe` header,
    posted by the mail program with the body `List-Unsubscribe=One-Click`): turns reminders off
    for the account the link was made for, without signing in. Audited. Turn them on again
    with `PUT /me/reminders`.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReminderPreference
    """

    return sync_detailed(
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    token: str,
) -> Response[Problem | ReminderPreference]:
    """The one-click unsubscribe link of a reminder mail (RFC 8058: its `List-Unsubscribe` header,
    posted by the mail program with the body `List-Unsubscribe=One-Click`): turns reminders off
    for the account the link was made for, without signing in. Audited. Turn them on again
    with `PUT /me/reminders`.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReminderPreference]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    token: str,
) -> Problem | ReminderPreference | None:
    """The one-click unsubscribe link of a reminder mail (RFC 8058: its `List-Unsubscribe` header,
    posted by the mail program with the body `List-Unsubscribe=One-Click`): turns reminders off
    for the account the link was made for, without signing in. Audited. Turn them on again
    with `PUT /me/reminders`.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReminderPreference
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
        )
    ).parsed
