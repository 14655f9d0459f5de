from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inclusion_proof_view import InclusionProofView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications/{id}/receipts/{number}/proof".format(
            id=quote(str(id), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InclusionProofView | Problem | None:
    if response.status_code == 200:
        response_200 = InclusionProofView.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InclusionProofView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    number: str,
    *,
    client: AuthenticatedClient,
) -> Response[InclusionProofView | Problem]:
    """That the submission is in the audit log (whoever may read the receipt): the inclusion proof
    of the receipt's log entry in the latest signed checkpoint. Check it with
    `tools/verify_inclusion.py` and the log's public key. 409 while the entry waits to be sealed
    (about a second), and for receipts issued before the log.

    Args:
        id (UUID):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InclusionProofView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    number: str,
    *,
    client: AuthenticatedClient,
) -> InclusionProofView | Problem | None:
    """That the submission is in the audit log (whoever may read the receipt): the inclusion proof
    of the receipt's log entry in the latest signed checkpoint. Check it with
    `tools/verify_inclusion.py` and the log's public key. 409 while the entry waits to be sealed
    (about a second), and for receipts issued before the log.

    Args:
        id (UUID):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InclusionProofView | Problem
    """

    return sync_detailed(
        id=id,
        number=number,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    number: str,
    *,
    client: AuthenticatedClient,
) -> Response[InclusionProofView | Problem]:
    """That the submission is in the audit log (whoever may read the receipt): the inclusion proof
    of the receipt's log entry in the latest signed checkpoint. Check it with
    `tools/verify_inclusion.py` and the log's public key. 409 while the entry waits to be sealed
    (about a second), and for receipts issued before the log.

    Args:
        id (UUID):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InclusionProofView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    number: str,
    *,
    client: AuthenticatedClient,
) -> InclusionProofView | Problem | None:
    """That the submission is in the audit log (whoever may read the receipt): the inclusion proof
    of the receipt's log entry in the latest signed checkpoint. Check it with
    `tools/verify_inclusion.py` and the log's public key. 409 while the entry waits to be sealed
    (about a second), and for receipts issued before the log.

    Args:
        id (UUID):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InclusionProofView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            number=number,
            client=client,
        )
    ).parsed
