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
    from ..models.after_decision_definition import AfterDecisionDefinition
    from ..models.aid_definition import AidDefinition
    from ..models.attachment_kind_definition import AttachmentKindDefinition
    from ..models.criterion_definition import CriterionDefinition
    from ..models.deadline_change_view import DeadlineChangeView
    from ..models.deadline_view import DeadlineView
    from ..models.gate_view import GateView
    from ..models.question_definition import QuestionDefinition
    from ..models.track_view import TrackView
    from ..models.tranche_definition import TrancheDefinition


T = TypeVar("T", bound="CallView")


@_attrs_define
class CallView:
    """A call as clients see it.

    Attributes:
        id (UUID):
        reference (str):  Example: EXP23.
        title (str):
        description (str):
        status (str): Effective status at the time of the request. Example: open.
        accepting_submissions (bool): `true` while submissions are accepted (open and before the deadline).
        budget (Decimal):  Example: 750000.00.
        budget_article (str):  Example: SJ0-1SMC2GA-WT.
        budget_year (int):  Example: 2023.
        tracks (list[TrackView]):
        deadline (DeadlineView): A deadline: the same instant in the call's zone and in UTC.
        start_date (datetime.date):  Example: 2024-11-01.
        approvals (list[GateView]): Approval evidence (IF advice, budget agreement, government approval), oldest first.
        deadline_history (list[DeadlineChangeView]): Every deadline the call has had, oldest first.
        questions (list[QuestionDefinition]): The application form's questions.
        attachment_kinds (list[AttachmentKindDefinition]): The documents an application attaches.
        criteria (list[CriterionDefinition]): The assessment criteria.
        payment_schedule (list[TrancheDefinition]): How grants are paid (the default schedule when the call set none).
        grant_months (int):
        after_decision (AfterDecisionDefinition): What a call sets for the time after its decision: the periods (in
            days, counted as Belgian
            law counts them: from the day after the letter, a last day on a weekend or legal holiday
            runs on to the next working day), the reserve list, partial awards.
        aid (AidDefinition): What a call's grants are under the state-aid rules; every field has its default (not state
            aid).
        created_at (datetime.datetime):
        policy_link (None | str | Unset):
        cap_per_project (Decimal | None | Unset):  Example: 60000.00.
        cancelled_reason (None | str | Unset):
    """

    id: UUID
    reference: str
    title: str
    description: str
    status: str
    accepting_submissions: bool
    budget: Decimal
    budget_article: str
    budget_year: int
    tracks: list[TrackView]
    deadline: DeadlineView
    start_date: datetime.date
    approvals: list[GateView]
    deadline_history: list[DeadlineChangeView]
    questions: list[QuestionDefinition]
    attachment_kinds: list[AttachmentKindDefinition]
    criteria: list[CriterionDefinition]
    payment_schedule: list[TrancheDefinition]
    grant_months: int
    after_decision: AfterDecisionDefinition
    aid: AidDefinition
    created_at: datetime.datetime
    policy_link: None | str | Unset = UNSET
    cap_per_project: Decimal | None | Unset = UNSET
    cancelled_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        reference = self.reference

        title = self.title

        description = self.description

        status = self.status

        accepting_submissions = self.accepting_submissions

        budget = str(self.budget)

        budget_article = self.budget_article

        budget_year = self.budget_year

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        deadline = self.deadline.to_dict()

        start_date = self.start_date.isoformat()

        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)

        deadline_history = []
        for deadline_history_item_data in self.deadline_history:
            deadline_history_item = deadline_history_item_data.to_dict()
            deadline_history.append(deadline_history_item)

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        attachment_kinds = []
        for attachment_kinds_item_data in self.attachment_kinds:
            attachment_kinds_item = attachment_kinds_item_data.to_dict()
            attachment_kinds.append(attachment_kinds_item)

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        payment_schedule = []
        for payment_schedule_item_data in self.payment_schedule:
            payment_schedule_item = payment_schedule_item_data.to_dict()
            payment_schedule.append(payment_schedule_item)

        grant_months = self.grant_months

        after_decision = self.after_decision.to_dict()

        aid = self.aid.to_dict()

        created_at = self.created_at.isoformat()

        policy_link: None | str | Unset
        if isinstance(self.policy_link, Unset):
            policy_link = UNSET
        else:
            policy_link = self.policy_link

        cap_per_project: None | str | Unset
        if isinstance(self.cap_per_project, Unset):
            cap_per_project = UNSET
        elif isinstance(self.cap_per_project, Decimal):
            cap_per_project = str(self.cap_per_project)
        else:
            cap_per_project = self.cap_per_project

        cancelled_reason: None | str | Unset
        if isinstance(self.cancelled_reason, Unset):
            cancelled_reason = UNSET
        else:
            cancelled_reason = self.cancelled_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reference": reference,
                "title": title,
                "description": description,
                "status": status,
                "accepting_submissions": accepting_submissions,
                "budget": budget,
                "budget_article": budget_article,
                "budget_year": budget_year,
                "tracks": tracks,
                "deadline": deadline,
                "start_date": start_date,
                "approvals": approvals,
                "deadline_history": deadline_history,
                "questions": questions,
                "attachment_kinds": attachment_kinds,
                "criteria": criteria,
                "payment_schedule": payment_schedule,
                "grant_months": grant_months,
                "after_decision": after_decision,
                "aid": aid,
                "created_at": created_at,
            }
        )
        if policy_link is not UNSET:
            field_dict["policy_link"] = policy_link
        if cap_per_project is not UNSET:
            field_dict["cap_per_project"] = cap_per_project
        if cancelled_reason is not UNSET:
            field_dict["cancelled_reason"] = cancelled_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.after_decision_definition import AfterDecisionDefinition  # noqa: PLC0415
        from ..models.aid_definition import AidDefinition  # noqa: PLC0415
        from ..models.attachment_kind_definition import AttachmentKindDefinition  # noqa: PLC0415
        from ..models.criterion_definition import CriterionDefinition  # noqa: PLC0415
        from ..models.deadline_change_view import DeadlineChangeView  # noqa: PLC0415
        from ..models.deadline_view import DeadlineView  # noqa: PLC0415
        from ..models.gate_view import GateView  # noqa: PLC0415
        from ..models.question_definition import QuestionDefinition  # noqa: PLC0415
        from ..models.track_view import TrackView  # noqa: PLC0415
        from ..models.tranche_definition import TrancheDefinition  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        reference = d.pop("reference")

        title = d.pop("title")

        description = d.pop("description")

        status = d.pop("status")

        accepting_submissions = d.pop("accepting_submissions")

        budget = Decimal(str(d.pop("budget")))

        budget_article = d.pop("budget_article")

        budget_year = d.pop("budget_year")

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = TrackView.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        deadline = DeadlineView.from_dict(d.pop("deadline"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in _approvals:
            approvals_item = GateView.from_dict(approvals_item_data)

            approvals.append(approvals_item)

        deadline_history = []
        _deadline_history = d.pop("deadline_history")
        for deadline_history_item_data in _deadline_history:
            deadline_history_item = DeadlineChangeView.from_dict(deadline_history_item_data)

            deadline_history.append(deadline_history_item)

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionDefinition.from_dict(questions_item_data)

            questions.append(questions_item)

        attachment_kinds = []
        _attachment_kinds = d.pop("attachment_kinds")
        for attachment_kinds_item_data in _attachment_kinds:
            attachment_kinds_item = AttachmentKindDefinition.from_dict(attachment_kinds_item_data)

            attachment_kinds.append(attachment_kinds_item)

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = CriterionDefinition.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        payment_schedule = []
        _payment_schedule = d.pop("payment_schedule")
        for payment_schedule_item_data in _payment_schedule:
            payment_schedule_item = TrancheDefinition.from_dict(payment_schedule_item_data)

            payment_schedule.append(payment_schedule_item)

        grant_months = d.pop("grant_months")

        after_decision = AfterDecisionDefinition.from_dict(d.pop("after_decision"))

        aid = AidDefinition.from_dict(d.pop("aid"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_policy_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        policy_link = _parse_policy_link(d.pop("policy_link", UNSET))

        def _parse_cap_per_project(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cap_per_project_type_0 = Decimal(str(data))

                return cap_per_project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cap_per_project = _parse_cap_per_project(d.pop("cap_per_project", UNSET))

        def _parse_cancelled_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancelled_reason = _parse_cancelled_reason(d.pop("cancelled_reason", UNSET))

        call_view = cls(
            id=id,
            reference=reference,
            title=title,
            description=description,
            status=status,
            accepting_submissions=accepting_submissions,
            budget=budget,
            budget_article=budget_article,
            budget_year=budget_year,
            tracks=tracks,
            deadline=deadline,
            start_date=start_date,
            approvals=approvals,
            deadline_history=deadline_history,
            questions=questions,
            attachment_kinds=attachment_kinds,
            criteria=criteria,
            payment_schedule=payment_schedule,
            grant_months=grant_months,
            after_decision=after_decision,
            aid=aid,
            created_at=created_at,
            policy_link=policy_link,
            cap_per_project=cap_per_project,
            cancelled_reason=cancelled_reason,
        )

        call_view.additional_properties = d
        return call_view

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
