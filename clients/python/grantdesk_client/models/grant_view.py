from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_view import AcceptanceView
    from ..models.cancellation_view import CancellationView
    from ..models.final_report_view import FinalReportView
    from ..models.settlement_view import SettlementView
    from ..models.tranche_view import TrancheView


T = TypeVar("T", bound="GrantView")


@_attrs_define
class GrantView:
    """
    Attributes:
        id (UUID): The application's id.
        call_id (UUID):
        grantee (str):
        organisation_id (UUID):
        kbo (str):  Example: 0207.451.227.
        track (int):
        status (str): awaiting_acceptance, then awaiting_start, running, final_report_due and settled (or
            cancelled) once accepted; renounced or expired when it was not. Example: running.
        acceptance (AcceptanceView): Where a grant's award stands with its organisation.
        start_date (datetime.date):
        end_date (datetime.date):
        committed (Decimal): Committed on the VAK ledger. Example: 48000.00.
        paid (Decimal): Paid, net of any recovery. Example: 28800.00.
        released (Decimal): Decommitted: at its settlement or cancellation, or when its award was renounced or
            expired (back to the article, or freed for the call's reserve list). Example: 0.00.
        open_ (Decimal): Committed and neither paid nor released yet. Example: 19200.00.
        tranches (list[TrancheView]):
        final_report (FinalReportView | None | Unset):
        settlement (None | SettlementView | Unset):
        cancellation (CancellationView | None | Unset):
    """

    id: UUID
    call_id: UUID
    grantee: str
    organisation_id: UUID
    kbo: str
    track: int
    status: str
    acceptance: AcceptanceView
    start_date: datetime.date
    end_date: datetime.date
    committed: Decimal
    paid: Decimal
    released: Decimal
    open_: Decimal
    tranches: list[TrancheView]
    final_report: FinalReportView | None | Unset = UNSET
    settlement: None | SettlementView | Unset = UNSET
    cancellation: CancellationView | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cancellation_view import CancellationView  # noqa: PLC0415
        from ..models.final_report_view import FinalReportView  # noqa: PLC0415
        from ..models.settlement_view import SettlementView  # noqa: PLC0415

        id = str(self.id)

        call_id = str(self.call_id)

        grantee = self.grantee

        organisation_id = str(self.organisation_id)

        kbo = self.kbo

        track = self.track

        status = self.status

        acceptance = self.acceptance.to_dict()

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        committed = str(self.committed)

        paid = str(self.paid)

        released = str(self.released)

        open_ = str(self.open_)

        tranches = []
        for tranches_item_data in self.tranches:
            tranches_item = tranches_item_data.to_dict()
            tranches.append(tranches_item)

        final_report: dict[str, Any] | None | Unset
        if isinstance(self.final_report, Unset):
            final_report = UNSET
        elif isinstance(self.final_report, FinalReportView):
            final_report = self.final_report.to_dict()
        else:
            final_report = self.final_report

        settlement: dict[str, Any] | None | Unset
        if isinstance(self.settlement, Unset):
            settlement = UNSET
        elif isinstance(self.settlement, SettlementView):
            settlement = self.settlement.to_dict()
        else:
            settlement = self.settlement

        cancellation: dict[str, Any] | None | Unset
        if isinstance(self.cancellation, Unset):
            cancellation = UNSET
        elif isinstance(self.cancellation, CancellationView):
            cancellation = self.cancellation.to_dict()
        else:
            cancellation = self.cancellation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "grantee": grantee,
                "organisation_id": organisation_id,
                "kbo": kbo,
                "track": track,
                "status": status,
                "acceptance": acceptance,
                "start_date": start_date,
                "end_date": end_date,
                "committed": committed,
                "paid": paid,
                "released": released,
                "open": open_,
                "tranches": tranches,
            }
        )
        if final_report is not UNSET:
            field_dict["final_report"] = final_report
        if settlement is not UNSET:
            field_dict["settlement"] = settlement
        if cancellation is not UNSET:
            field_dict["cancellation"] = cancellation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_view import AcceptanceView  # noqa: PLC0415
        from ..models.cancellation_view import CancellationView  # noqa: PLC0415
        from ..models.final_report_view import FinalReportView  # noqa: PLC0415
        from ..models.settlement_view import SettlementView  # noqa: PLC0415
        from ..models.tranche_view import TrancheView  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        call_id = UUID(d.pop("call_id"))

        grantee = d.pop("grantee")

        organisation_id = UUID(d.pop("organisation_id"))

        kbo = d.pop("kbo")

        track = d.pop("track")

        status = d.pop("status")

        acceptance = AcceptanceView.from_dict(d.pop("acceptance"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        committed = Decimal(str(d.pop("committed")))

        paid = Decimal(str(d.pop("paid")))

        released = Decimal(str(d.pop("released")))

        open_ = Decimal(str(d.pop("open")))

        tranches = []
        _tranches = d.pop("tranches")
        for tranches_item_data in _tranches:
            tranches_item = TrancheView.from_dict(tranches_item_data)

            tranches.append(tranches_item)

        def _parse_final_report(data: object) -> FinalReportView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                final_report_type_1 = FinalReportView.from_dict(data)

                return final_report_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinalReportView | None | Unset, data)

        final_report = _parse_final_report(d.pop("final_report", UNSET))

        def _parse_settlement(data: object) -> None | SettlementView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settlement_type_1 = SettlementView.from_dict(data)

                return settlement_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettlementView | Unset, data)

        settlement = _parse_settlement(d.pop("settlement", UNSET))

        def _parse_cancellation(data: object) -> CancellationView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_type_1 = CancellationView.from_dict(data)

                return cancellation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancellationView | None | Unset, data)

        cancellation = _parse_cancellation(d.pop("cancellation", UNSET))

        grant_view = cls(
            id=id,
            call_id=call_id,
            grantee=grantee,
            organisation_id=organisation_id,
            kbo=kbo,
            track=track,
            status=status,
            acceptance=acceptance,
            start_date=start_date,
            end_date=end_date,
            committed=committed,
            paid=paid,
            released=released,
            open_=open_,
            tranches=tranches,
            final_report=final_report,
            settlement=settlement,
            cancellation=cancellation,
        )

        grant_view.additional_properties = d
        return grant_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
