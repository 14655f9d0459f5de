"""Amounts in the generated models are Decimal, and go back to JSON as their exact string."""

from __future__ import annotations

import json
from decimal import Decimal
from uuid import uuid4

from grantdesk_client.models import BudgetCategory, BudgetLineDto, CancellationRequest
from grantdesk_client.types import UNSET


def test_a_required_amount_round_trips_exactly() -> None:
    line = BudgetLineDto.from_dict({"category": "personnel", "description": "Coaching", "amount": "12000.10"})
    assert isinstance(line.amount, Decimal) and line.amount == Decimal("12000.10")
    assert line.to_dict()["amount"] == "12000.10"
    body = BudgetLineDto(category=BudgetCategory.OPERATING, description="x", amount=Decimal("0.20")).to_dict()
    assert json.dumps(body) == '{"category": "operating", "description": "x", "amount": "0.20"}'


def test_an_optional_nullable_amount() -> None:
    transfer = uuid4()
    kept = CancellationRequest.from_dict({"transfer_id": str(transfer), "motivation": "m", "kept": "1500.05"})
    assert kept.kept == Decimal("1500.05") and isinstance(kept.kept, Decimal)
    assert kept.to_dict()["kept"] == "1500.05"
    none = CancellationRequest.from_dict({"transfer_id": str(transfer), "motivation": "m", "kept": None})
    assert none.kept is None and none.to_dict()["kept"] is None
    unset = CancellationRequest.from_dict({"transfer_id": str(transfer), "motivation": "m"})
    assert unset.kept is UNSET and "kept" not in unset.to_dict()
