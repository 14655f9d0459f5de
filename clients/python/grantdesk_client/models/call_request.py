from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.after_decision_definition import AfterDecisionDefinition
    from ..models.aid_definition import AidDefinition
    from ..models.attachment_kind_definition import AttachmentKindDefinition
    from ..models.criterion_definition import CriterionDefinition
    from ..models.question_definition import QuestionDefinition
    from ..models.track_request import TrackRequest
    from ..models.tranche_definition import TrancheDefinition


T = TypeVar("T", bound="CallRequest")


@_attrs_define
class CallRequest:
    """A call's definition, to create a draft or to replace a draft's definition.

    Attributes:
        reference (str): Short code, unique, used in receipt numbers (e.g. "EXP23"): 2-20 of A-Z, 0-9, "-". Example:
            EXP23.
        title (str):  Example: Expertenpool ter ondersteuning van lokale besturen.
        budget (Decimal): The call's budget, a decimal string with at most two decimals. Example: 750000.00.
        budget_article (str):  Example: SJ0-1SMC2GA-WT.
        budget_year (int):  Example: 2023.
        tracks (list[TrackRequest]):
        deadline (str): The submission deadline: a local time in `time_zone` ("2023-08-31T10:00") or an RFC 3339
            instant with offset ("2023-08-31T10:00:00+02:00"). A whole second (no fraction, no
            second 60) of a four-digit year. Example: 2023-08-31T10:00.
        start_date (datetime.date): When the funded projects start (a four-digit year). Example: 2024-11-01.
        description (str | Unset):
        policy_link (None | str | Unset): The policy objective the call serves (e.g. action 4.3 of the action plan).
        cap_per_project (Decimal | None | Unset): At most this much per project (optional), a decimal string with at
            most two decimals. Example: 60000.00.
        time_zone (str | Unset): IANA time zone of the deadline. Default: 'Europe/Brussels'. Example: Europe/Brussels.
        questions (list[QuestionDefinition] | Unset): The questions an application answers (at most 50).
        attachment_kinds (list[AttachmentKindDefinition] | Unset): The documents an application attaches (at most 20
            kinds), e.g. the application form.
        criteria (list[CriterionDefinition] | Unset): How reviewers score an application (at most 20 criteria).
        payment_schedule (list[TrancheDefinition] | Unset): How grants are paid, in tranches by whole percent adding up
            to 100; empty means 60 % at
            the start and the balance after the final report.
        grant_months (int | Unset): How long the funded projects run, in months from the start date (12 when left out).
        after_decision (AfterDecisionDefinition | Unset): What a call sets for the time after its decision: the periods
            (in days, counted as Belgian
            law counts them: from the day after the letter, a last day on a weekend or legal holiday
            runs on to the next working day), the reserve list, partial awards.
        aid (AidDefinition | Unset): What a call's grants are under the state-aid rules; every field has its default
            (not state
            aid).
    """

    reference: str
    title: str
    budget: Decimal
    budget_article: str
    budget_year: int
    tracks: list[TrackRequest]
    deadline: str
    start_date: datetime.date
    description: str | Unset = UNSET
    policy_link: None | str | Unset = UNSET
    cap_per_project: Decimal | None | Unset = UNSET
    time_zone: str | Unset = "Europe/Brussels"
    questions: list[QuestionDefinition] | Unset = UNSET
    attachment_kinds: list[AttachmentKindDefinition] | Unset = UNSET
    criteria: list[CriterionDefinition] | Unset = UNSET
    payment_schedule: list[TrancheDefinition] | Unset = UNSET
    grant_months: int | Unset = UNSET
    after_decision: AfterDecisionDefinition | Unset = UNSET
    aid: AidDefinition | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        title = self.title

        budget = str(self.budget)

        budget_article = self.budget_article

        budget_year = self.budget_year

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        deadline = self.deadline

        start_date = self.start_date.isoformat()

        description = self.description

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

        time_zone = self.time_zone

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        attachment_kinds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachment_kinds, Unset):
            attachment_kinds = []
            for attachment_kinds_item_data in self.attachment_kinds:
                attachment_kinds_item = attachment_kinds_item_data.to_dict()
                attachment_kinds.append(attachment_kinds_item)

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

        payment_schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = []
            for payment_schedule_item_data in self.payment_schedule:
                payment_schedule_item = payment_schedule_item_data.to_dict()
                payment_schedule.append(payment_schedule_item)

        grant_months = self.grant_months

        after_decision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after_decision, Unset):
            after_decision = self.after_decision.to_dict()

        aid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aid, Unset):
            aid = self.aid.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "title": title,
                "budget": budget,
                "budget_article": budget_article,
                "budget_year": budget_year,
                "tracks": tracks,
                "deadline": deadline,
                "start_date": start_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if policy_link is not UNSET:
            field_dict["policy_link"] = policy_link
        if cap_per_project is not UNSET:
            field_dict["cap_per_project"] = cap_per_project
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if questions is not UNSET:
            field_dict["questions"] = questions
        if attachment_kinds is not UNSET:
            field_dict["attachment_kinds"] = attachment_kinds
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if payment_schedule is not UNSET:
            field_dict["payment_schedule"] = payment_schedule
        if grant_months is not UNSET:
            field_dict["grant_months"] = grant_months
        if after_decision is not UNSET:
            field_dict["after_decision"] = after_decision
        if aid is not UNSET:
            field_dict["aid"] = aid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.after_decision_definition import AfterDecisionDefinition  # noqa: PLC0415
        from ..models.aid_definition import AidDefinition  # noqa: PLC0415
        from ..models.attachment_kind_definition import AttachmentKindDefinition  # noqa: PLC0415
        from ..models.criterion_definition import CriterionDefinition  # noqa: PLC0415
        from ..models.question_definition import QuestionDefinition  # noqa: PLC0415
        from ..models.track_request import TrackRequest  # noqa: PLC0415
        from ..models.tranche_definition import TrancheDefinition  # noqa: PLC0415

        d = dict(src_dict)
        reference = d.pop("reference")

        title = d.pop("title")

        budget = Decimal(str(d.pop("budget")))

        budget_article = d.pop("budget_article")

        budget_year = d.pop("budget_year")

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = TrackRequest.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        deadline = d.pop("deadline")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        description = d.pop("description", UNSET)

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

        time_zone = d.pop("time_zone", UNSET)

        _questions = d.pop("questions", UNSET)
        questions: list[QuestionDefinition] | Unset = UNSET
        if _questions is not UNSET:
            questions = []
            for questions_item_data in _questions:
                questions_item = QuestionDefinition.from_dict(questions_item_data)

                questions.append(questions_item)

        _attachment_kinds = d.pop("attachment_kinds", UNSET)
        attachment_kinds: list[AttachmentKindDefinition] | Unset = UNSET
        if _attachment_kinds is not UNSET:
            attachment_kinds = []
            for attachment_kinds_item_data in _attachment_kinds:
                attachment_kinds_item = AttachmentKindDefinition.from_dict(attachment_kinds_item_data)

                attachment_kinds.append(attachment_kinds_item)

        _criteria = d.pop("criteria", UNSET)
        criteria: list[CriterionDefinition] | Unset = UNSET
        if _criteria is not UNSET:
            criteria = []
            for criteria_item_data in _criteria:
                criteria_item = CriterionDefinition.from_dict(criteria_item_data)

                criteria.append(criteria_item)

        _payment_schedule = d.pop("payment_schedule", UNSET)
        payment_schedule: list[TrancheDefinition] | Unset = UNSET
        if _payment_schedule is not UNSET:
            payment_schedule = []
            for payment_schedule_item_data in _payment_schedule:
                payment_schedule_item = TrancheDefinition.from_dict(payment_schedule_item_data)

                payment_schedule.append(payment_schedule_item)

        grant_months = d.pop("grant_months", UNSET)

        _after_decision = d.pop("after_decision", UNSET)
        after_decision: AfterDecisionDefinition | Unset
        if isinstance(_after_decision, Unset):
            after_decision = UNSET
        else:
            after_decision = AfterDecisionDefinition.from_dict(_after_decision)

        _aid = d.pop("aid", UNSET)
        aid: AidDefinition | Unset
        if isinstance(_aid, Unset):
            aid = UNSET
        else:
            aid = AidDefinition.from_dict(_aid)

        call_request = cls(
            reference=reference,
            title=title,
            budget=budget,
            budget_article=budget_article,
            budget_year=budget_year,
            tracks=tracks,
            deadline=deadline,
            start_date=start_date,
            description=description,
            policy_link=policy_link,
            cap_per_project=cap_per_project,
            time_zone=time_zone,
            questions=questions,
            attachment_kinds=attachment_kinds,
            criteria=criteria,
            payment_schedule=payment_schedule,
            grant_months=grant_months,
            after_decision=after_decision,
            aid=aid,
        )

        return call_request
