from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assignment_view import AssignmentView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    application_id: UUID | Unset = UNSET,
    reviewer_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_application_id: str | Unset = UNSET
    if not isinstance(application_id, Unset):
        json_application_id = str(application_id)
    params["application_id"] = json_application_id

    json_reviewer_id: str | Unset = UNSET
    if not isinstance(reviewer_id, Unset):
        json_reviewer_id = str(reviewer_id)
    params["reviewer_id"] = json_reviewer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assignments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[AssignmentView] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AssignmentView.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[AssignmentView]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    application_id: UUID | Unset = UNSET,
    reviewer_id: UUID | Unset = UNSET,
) -> Response[Problem | list[AssignmentView]]:
    """Assignments: a reviewer sees their own active ones; admins and auditors filter by
    application or reviewer.

    Args:
        application_id (UUID | Unset):
        reviewer_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AssignmentView]]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        reviewer_id=reviewer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    application_id: UUID | Unset = UNSET,
    reviewer_id: UUID | Unset = UNSET,
) -> Problem | list[AssignmentView] | None:
    """Assignments: a reviewer sees their own active ones; admins and auditors filter by
    application or reviewer.

    Args:
        application_id (UUID | Unset):
        reviewer_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AssignmentView]
    """

    return sync_detailed(
        client=client,
        application_id=application_id,
        reviewer_id=reviewer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    application_id: UUID | Unset = UNSET,
    reviewer_id: UUID | Unset = UNSET,
) -> Response[Problem | list[AssignmentView]]:
    """Assignments: a reviewer sees their own active ones; admins and auditors filter by
    application or reviewer.

    Args:
        application_id (UUID | Unset):
        reviewer_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AssignmentView]]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        reviewer_id=reviewer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    application_id: UUID | Unset = UNSET,
    reviewer_id: UUID | Unset = UNSET,
) -> Problem | list[AssignmentView] | None:
    """Assignments: a reviewer sees their own active ones; admins and auditors filter by
    application or reviewer.

    Args:
        application_id (UUID | Unset):
        reviewer_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AssignmentView]
    """

    return (
        await asyncio_detailed(
            client=client,
            application_id=application_id,
            reviewer_id=reviewer_id,
        )
    ).parsed
