"""The applicant's flow of the README, through the generated client, against a real server
(started by conftest.py, on SQLite or, with TEST_DATABASE_URL, PostgreSQL)."""

from __future__ import annotations

import secrets
from decimal import Decimal
from http import HTTPStatus
from pathlib import Path

from conftest import REPO, Server

from grantdesk_client import AuthenticatedClient, Client
from grantdesk_client.api.applications import create_application, get_receipt, submit_application
from grantdesk_client.api.auth import issue_token, signup
from grantdesk_client.api.calls import list_calls
from grantdesk_client.api.organisations import create_organisation
from grantdesk_client.models import (
    AddressDto,
    ApplicationView,
    AttachmentView,
    BudgetCategory,
    BudgetLineDto,
    ContactDto,
    CreateApplicationRequest,
    CreateApplicationRequestAnswers,
    OrganisationKind,
    OrganisationRequest,
    OrganisationView,
    PageCallView,
    ReceiptView,
    SignupRequest,
    TokenRequest,
    TokenResponse,
    UserView,
)
from grantdesk_sdk_extras import upload_attachment, verify_receipt_digest

FIXTURE_PDF = REPO / "tests" / "fixtures" / "one-page.pdf"


def expect(response, status: int, model: type):  # type: ignore[no-untyped-def]
    """The parsed answer, after checking its status and type (the body is shown otherwise)."""
    assert response.status_code == status, f"{response.status_code}: {response.content.decode(errors='replace')}"
    assert isinstance(response.parsed, model), response.content.decode(errors="replace")
    return response.parsed


def test_the_applicants_flow(server: Server) -> None:
    # Public endpoints: the document marks them `security: [{}, ...]`, which the generator reads
    # as "needs a token"; a plain Client works for them all the same.
    public = Client(base_url=server.base_url, raise_on_unexpected_status=True)

    # the seeded practice call (open for 30 days after the first start, in demo mode)
    calls = expect(list_calls.sync_detailed(client=public, q="practice"), 200, PageCallView)  # type: ignore[arg-type]
    assert calls.items, "no practice call"
    practice = calls.items[0]
    assert practice.status == "open", practice

    # sign up, then a token
    email = f"jan-{secrets.token_hex(4)}@genk.be"
    password = "a long passphrase"
    user = signup.sync_detailed(
        client=public,  # type: ignore[arg-type]
        body=SignupRequest(email=email, password=password, display_name="Jan Peeters"),
    )
    expect(user, 201, UserView)
    token = expect(
        issue_token.sync_detailed(client=public, body=TokenRequest(email=email, password=password)),  # type: ignore[arg-type]
        200,
        TokenResponse,
    )
    jan = AuthenticatedClient(base_url=server.base_url, token=token.access_token, raise_on_unexpected_status=True)

    # the organisation (an unverified claim until staff verify it; it may apply)
    organisation = expect(
        create_organisation.sync_detailed(
            client=jan,
            body=OrganisationRequest(
                name="Stad Genk",
                kbo="0207.451.227",
                kind=OrganisationKind.LOCAL_GOVERNMENT,
                address=AddressDto(street="Stadsplein 1", postal_code="3600", city="Genk"),
            ),
        ),
        201,
        OrganisationView,
    )

    # a draft with two budget lines: amounts are Decimal both ways, summed exactly
    answers = CreateApplicationRequestAnswers()
    answers["expertise"] = "Twintig jaar ervaring"
    answers["approach"] = "Coaching ter plaatse"
    draft = expect(
        create_application.sync_detailed(
            practice.id,
            client=jan,
            body=CreateApplicationRequest(
                organisation_id=organisation.id,
                track=1,
                title="Expertenpool Limburg",
                summary="Ondersteuning op maat",
                answers=answers,
                contact=ContactDto(name="Jan Peeters", email=email),
                budget_lines=[
                    BudgetLineDto(
                        category=BudgetCategory.PERSONNEL, description="Coaching", amount=Decimal("12000.10")
                    ),
                    BudgetLineDto(
                        category=BudgetCategory.OPERATING, description="Verplaatsingen", amount=Decimal("0.20")
                    ),
                ],
            ),
        ),
        201,
        ApplicationView,
    )
    assert isinstance(draft.requested_amount, Decimal)
    assert draft.requested_amount == Decimal("12000.30")
    assert str(draft.requested_amount) == "12000.30"
    assert [line.amount for line in draft.budget_lines] == [Decimal("12000.10"), Decimal("0.20")]
    assert draft.status == "draft"

    # the application form
    attachment = expect(upload_attachment(jan, draft.id, "application_form", FIXTURE_PDF), 201, AttachmentView)
    assert attachment.kind == "application_form"

    # submit: a receipt with a number, the server's instant and a digest
    receipt = expect(submit_application.sync_detailed(draft.id, client=jan), 201, ReceiptView)
    assert receipt.number.startswith(practice.reference + "-")
    assert receipt.received_at
    assert len(receipt.digest) == 64 and receipt.digest == receipt.digest.lower()

    # the full receipt carries the frozen snapshot, whose canonical JSON hashes to the digest
    full = expect(get_receipt.sync_detailed(draft.id, receipt.number, client=jan), 200, ReceiptView)
    assert full.digest == receipt.digest
    assert full.snapshot is not None and not isinstance(full.snapshot, type(None))
    snapshot = full.snapshot.to_dict()  # type: ignore[union-attr]
    assert snapshot, "an empty snapshot"
    assert verify_receipt_digest(snapshot, full.digest)

    # ... and any change to it does not
    tampered = dict(snapshot)
    tampered["title"] = str(tampered.get("title")) + "!"
    assert not verify_receipt_digest(tampered, full.digest)
    assert not verify_receipt_digest(snapshot, "0" * 64)


def test_the_fixture_is_there() -> None:
    assert Path(FIXTURE_PDF).read_bytes().startswith(b"%PDF-")


def test_a_problem_is_parsed(server: Server) -> None:
    """An error answer is an RFC 9457 problem, parsed (a wrong password: 401)."""
    public = Client(base_url=server.base_url)
    response = issue_token.sync_detailed(
        client=public,  # type: ignore[arg-type]
        body=TokenRequest(email="nobody@example.org", password="not the password"),
    )
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert response.parsed is not None and response.parsed.status == 401  # type: ignore[union-attr]
