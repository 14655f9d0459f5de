from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.control_link_request import ControlLinkRequest
from ...models.control_link_view import ControlLinkView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: ControlLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/organisations/{id}/control-links".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ControlLinkView | Problem | None:
    if response.status_code == 201:
        response_201 = ControlLinkView.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ControlLinkView | Problem]:
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
    body: ControlLinkRequest,
) -> Response[ControlLinkView | Problem]:
    """Declare a control link (the organisation's representative): the organisation registered
    under `other_kbo` controls this one (`other_is: parent`) or is controlled by it
    (`subsidiary`), by one of the de minimis regulation's four criteria. It makes a single
    undertaking once staff confirm it.

    Args:
        id (UUID):
        body (ControlLinkRequest): A control link declared by an organisation's representative.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlLinkView | Problem]
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
    body: ControlLinkRequest,
) -> ControlLinkView | Problem | None:
    """Declare a control link (the organisation's representative): the organisation registered
    under `other_kbo` controls this one (`other_is: parent`) or is controlled by it
    (`subsidiary`), by one of the de minimis regulation's four criteria. It makes a single
    undertaking once staff confirm it.

    Args:
        id (UUID):
        body (ControlLinkRequest): A control link declared by an organisation's representative.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlLinkView | Problem
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
    body: ControlLinkRequest,
) -> Response[ControlLinkView | Problem]:
    """Declare a control link (the organisation's representative): the organisation registered
    under `other_kbo` controls this one (`other_is: parent`) or is controlled by it
    (`subsidiary`), by one of the de minimis regulation's four criteria. It makes a single
    undertaking once staff confirm it.

    Args:
        id (UUID):
        body (ControlLinkRequest): A control link declared by an organisation's representative.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlLinkView | Problem]
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
    body: ControlLinkRequest,
) -> ControlLinkView | Problem | None:
    """Declare a control link (the organisation's representative): the organisation registered
    under `other_kbo` controls this one (`other_is: parent`) or is controlled by it
    (`subsidiary`), by one of the de minimis regulation's four criteria. It makes a single
    undertaking once staff confirm it.

    Args:
        id (UUID):
        body (ControlLinkRequest): A control link declared by an organisation's representative.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlLinkView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
