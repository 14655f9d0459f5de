from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inclusion_proof_view import InclusionProofView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    index: int | Unset = UNSET,
    entry_id: UUID | Unset = UNSET,
    tree_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["index"] = index

    json_entry_id: str | Unset = UNSET
    if not isinstance(entry_id, Unset):
        json_entry_id = str(entry_id)
    params["entry_id"] = json_entry_id

    params["tree_size"] = tree_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/log/proofs/inclusion",
        "params": params,
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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    entry_id: UUID | Unset = UNSET,
    tree_size: int | Unset = UNSET,
) -> Response[InclusionProofView | Problem]:
    """That an entry (by `index` or audit `entry_id`) is in a signed tree (auditor, admin): an
    RFC 9162 inclusion proof against the latest checkpoint or the one at `tree_size`. 409 while
    the entry is committed and not yet sealed (about a second).

    Args:
        index (int | Unset):
        entry_id (UUID | Unset):
        tree_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InclusionProofView | Problem]
    """

    kwargs = _get_kwargs(
        index=index,
        entry_id=entry_id,
        tree_size=tree_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    entry_id: UUID | Unset = UNSET,
    tree_size: int | Unset = UNSET,
) -> InclusionProofView | Problem | None:
    """That an entry (by `index` or audit `entry_id`) is in a signed tree (auditor, admin): an
    RFC 9162 inclusion proof against the latest checkpoint or the one at `tree_size`. 409 while
    the entry is committed and not yet sealed (about a second).

    Args:
        index (int | Unset):
        entry_id (UUID | Unset):
        tree_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InclusionProofView | Problem
    """

    return sync_detailed(
        client=client,
        index=index,
        entry_id=entry_id,
        tree_size=tree_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    entry_id: UUID | Unset = UNSET,
    tree_size: int | Unset = UNSET,
) -> Response[InclusionProofView | Problem]:
    """That an entry (by `index` or audit `entry_id`) is in a signed tree (auditor, admin): an
    RFC 9162 inclusion proof against the latest checkpoint or the one at `tree_size`. 409 while
    the entry is committed and not yet sealed (about a second).

    Args:
        index (int | Unset):
        entry_id (UUID | Unset):
        tree_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InclusionProofView | Problem]
    """

    kwargs = _get_kwargs(
        index=index,
        entry_id=entry_id,
        tree_size=tree_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    entry_id: UUID | Unset = UNSET,
    tree_size: int | Unset = UNSET,
) -> InclusionProofView | Problem | None:
    """That an entry (by `index` or audit `entry_id`) is in a signed tree (auditor, admin): an
    RFC 9162 inclusion proof against the latest checkpoint or the one at `tree_size`. 409 while
    the entry is committed and not yet sealed (about a second).

    Args:
        index (int | Unset):
        entry_id (UUID | Unset):
        tree_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InclusionProofView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            index=index,
            entry_id=entry_id,
            tree_size=tree_size,
        )
    ).parsed
