from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_created import EndpointCreated
from ...models.endpoint_request import EndpointRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: EndpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointCreated | Problem | None:
    if response.status_code == 201:
        response_201 = EndpointCreated.from_dict(response.json())

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
) -> Response[EndpointCreated | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EndpointRequest,
) -> Response[EndpointCreated | Problem]:
    """Register an endpoint. An applicant registers one for an organisation it represents (that
    organisation's events only); an admin for one organisation, or without `organisation_id`
    for every event. Each delivery is a POST signed as Standard Webhooks says (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`) with the secret in this answer, shown once.
    Audited.

    Args:
        body (EndpointRequest): A new endpoint. An applicant registers one for an organisation it
            represents (its events
            only); an admin for one organisation or, without `organisation_id`, for every event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointCreated | Problem]
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
    body: EndpointRequest,
) -> EndpointCreated | Problem | None:
    """Register an endpoint. An applicant registers one for an organisation it represents (that
    organisation's events only); an admin for one organisation, or without `organisation_id`
    for every event. Each delivery is a POST signed as Standard Webhooks says (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`) with the secret in this answer, shown once.
    Audited.

    Args:
        body (EndpointRequest): A new endpoint. An applicant registers one for an organisation it
            represents (its events
            only); an admin for one organisation or, without `organisation_id`, for every event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointCreated | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EndpointRequest,
) -> Response[EndpointCreated | Problem]:
    """Register an endpoint. An applicant registers one for an organisation it represents (that
    organisation's events only); an admin for one organisation, or without `organisation_id`
    for every event. Each delivery is a POST signed as Standard Webhooks says (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`) with the secret in this answer, shown once.
    Audited.

    Args:
        body (EndpointRequest): A new endpoint. An applicant registers one for an organisation it
            represents (its events
            only); an admin for one organisation or, without `organisation_id`, for every event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointCreated | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EndpointRequest,
) -> EndpointCreated | Problem | None:
    """Register an endpoint. An applicant registers one for an organisation it represents (that
    organisation's events only); an admin for one organisation, or without `organisation_id`
    for every event. Each delivery is a POST signed as Standard Webhooks says (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`) with the secret in this answer, shown once.
    Audited.

    Args:
        body (EndpointRequest): A new endpoint. An applicant registers one for an organisation it
            represents (its events
            only); an admin for one organisation or, without `organisation_id`, for every event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointCreated | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
