"""The sections of a clinic playbook, as pydantic models.

Shape and per-value checks live on the fields; safety rules that need context (which category
is clinical, which channel is asynchronous) live on the section that has that context and
report each problem at the exact key with `raise_issues`.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Annotated, Any, Literal
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import holidays as holidays_package
import phonenumbers
from pydantic import (
    BeforeValidator,
    Field,
    PlainSerializer,
    PlainValidator,
    create_model,
    field_validator,
    model_validator,
)

from careloop.labels import (
    ASYNCHRONOUS_CHANNELS,
    CLINICAL_CATEGORIES,
    CLINICAL_QUEUES,
    Category,
    Channel,
    Language,
    Queue,
)

from .errors import raise_issues
from .fields import (
    DurationField,
    ResponseStandard,
    Section,
    WeeklyHours,
    parse_duration_text,
    text_of,
)
from .templates import VoicemailTexts

# ----------------------------------------------------------------------------- clinic

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


@lru_cache(maxsize=1)
def _timezone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        close = difflib.get_close_matches(value, _timezone_names(), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else " (use a name like 'America/Los_Angeles')"
        raise ValueError(f"{value!r} is not a time zone{hint}") from None
    return value


def _check_phone(value: str) -> str:
    example = 'write it in international format, e.g. "+1 415 867 2300"'
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        raise ValueError(f"{value!r} is not a phone number; {example}") from None
    # is_possible_number only checks the length; is_valid_number checks the number plan, so a
    # typo'd area code is caught before patients are told to call it.
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{value!r} is not a valid phone number; {example}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class ClinicSection(Section):
    name: str = Field(min_length=1)
    slug: Annotated[str, Field(pattern=SLUG_PATTERN)]
    timezone: Annotated[str, Field(min_length=1)]
    languages: list[Language] = Field(min_length=1)
    phone: Annotated[str, BeforeValidator(text_of)]
    address: str = Field(min_length=1)
    emergency_number: Annotated[str, BeforeValidator(text_of), Field(pattern=r"^[0-9]{2,6}$")]

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        return _check_timezone(value)

    @field_validator("phone")
    @classmethod
    def _valid_phone(cls, value: str) -> str:
        return _check_phone(value)

    @field_validator("slug", mode="before")
    @classmethod
    def _explain_slug(cls, value: Any) -> Any:
        if isinstance(value, str) and not re.match(SLUG_PATTERN, value):
            raise ValueError(f"{value!r} is not a slug: use lowercase letters, digits and dashes, e.g. maple-street")
        return value

    @field_validator("languages")
    @classmethod
    def _no_repeats(cls, value: list[Language]) -> list[Language]:
        if len(set(value)) != len(value):
            raise ValueError("lists a language twice")
        return value

    @property
    def phone_display(self) -> str:
        """The phone number as patients in the clinic's own country read it."""
        number = phonenumbers.parse(self.phone, None)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


@lru_cache(maxsize=16)
def _holiday_names(country: str, subdivision: str | None, year: int) -> frozenset[str]:
    """Holiday names this year and next, as `open_on` may spell them."""
    days = holidays_package.country_holidays(country, subdiv=subdivision, years=[year, year + 1])
    return frozenset(part.removesuffix(" (observed)") for name in days.values() for part in name.split("; "))


class HolidaysSection(Section):
    """Public holidays the clinic is closed on, from the `holidays` package."""

    country: str | None = None
    subdivision: str | None = None
    # Holidays the clinic works anyway, by name as the holidays package spells them.
    open_on: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_region(self) -> HolidaysSection:
        supported = holidays_package.list_supported_countries()
        if self.country is None:
            if self.subdivision or self.open_on:
                raise_issues([(("country",), "give the country too, e.g. country: US")])
            return self
        if self.country not in supported:
            close = difflib.get_close_matches(self.country.upper(), supported, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else " (use a two-letter code like US)"
            raise_issues([(("country",), f"{self.country!r} is not a country the holidays package knows{hint}")])
        subdivisions = supported[self.country]
        if self.subdivision is not None and self.subdivision not in subdivisions:
            raise_issues(
                [(("subdivision",), f"{self.subdivision!r} is not a subdivision of {self.country} "
                  f"(known: {', '.join(subdivisions[:40])}{' …' if len(subdivisions) > 40 else ''})")]
            )
        known = _holiday_names(self.country, self.subdivision, date.today().year)
        raise_issues(
            [(("open_on", index), f"{name!r} is not a holiday in {self.country}"
              f"{'/' + self.subdivision if self.subdivision else ''}")
             for index, name in enumerate(self.open_on) if name not in known]
        )
        return self


# ----------------------------------------------------------------------------- channels


class ChannelRule(Section):
    """Who watches a channel and how fast a patient using it hears from a person."""

    owner: Queue
    # A person picks up while the patient is on the line (phone calls): nothing to wait for.
    live_answer: bool = False
    first_response: ResponseStandard | None = None
    # Asynchronous: the patient is not on the line, so they get a written first response, and
    # the emergency instructions at once if the message sounds like one. Filled from
    # labels.ASYNCHRONOUS_CHANNELS when not written.
    asynchronous: bool


def _section_per_code(name: str, codes, rule: type) -> type[Section]:
    """One required key per code, so a missing channel or category is reported by name."""
    return create_model(name, __base__=Section, **{code.value: (rule, ...) for code in codes})  # type: ignore[call-overload]


_ChannelsBase = _section_per_code("_ChannelsBase", Channel, ChannelRule)


class ChannelsSection(_ChannelsBase):  # type: ignore[misc, valid-type]
    @model_validator(mode="before")
    @classmethod
    def _default_asynchronous(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = {
                key: ({"asynchronous": key in ASYNCHRONOUS_CHANNELS, **value} if isinstance(value, dict) else value)
                for key, value in data.items()
            }
        return data

    @model_validator(mode="after")
    def _answered_somehow(self) -> ChannelsSection:
        issues = []
        for channel in Channel:
            rule: ChannelRule = getattr(self, channel.value)
            path = (channel.value,)
            if channel in ASYNCHRONOUS_CHANNELS and not rule.asynchronous:
                issues.append((path + ("asynchronous",), "this channel is always asynchronous: nobody is on the line "
                               "with the patient, so they must get a written first response"))
            if rule.live_answer and rule.asynchronous:
                issues.append((path + ("live_answer",), "an asynchronous channel cannot be answered live"))
            if rule.live_answer and rule.first_response is not None:
                issues.append((path + ("first_response",), "a live-answered channel has no first-response "
                               "standard; remove first_response or live_answer"))
            if not rule.live_answer and rule.first_response is None:
                issues.append((path,
                               "say how fast patients hear back: add first_response (or live_answer: true)"))
        raise_issues(issues)
        return self

    def rule(self, channel: Channel | str) -> ChannelRule:
        return getattr(self, Channel(channel).value)


# ----------------------------------------------------------------------------- escalation

When = Literal["before_breach", "at_breach", "after_breach"]
Action = Literal["notify_owner", "notify_supervisor", "notify_manager", "escalate"]


class EscalationStep(Section):
    """One rung of an escalation ladder, timed from a deadline of the case.

    Offsets are wall-clock time (a 30m warning is 30 real minutes before the deadline), because
    a warning is about how close the deadline is, not about opening hours.
    """

    when: When
    offset: DurationField | None = None
    action: Action
    to: Queue | None = None
    deadline: Literal["first_response", "resolution"] = "first_response"

    @model_validator(mode="after")
    def _complete(self) -> EscalationStep:
        issues = []
        if self.when == "at_breach" and self.offset is not None:
            issues.append((("offset",), "at_breach happens at the deadline itself; remove offset"))
        if self.when != "at_breach" and self.offset is None:
            issues.append((("when",), f"{self.when} needs an offset, e.g. offset: 30m"))
        if self.offset is not None and self.offset.named_clock is not None:
            issues.append((("offset",), "offsets are wall-clock time; write just e.g. 30m or 2h"))
        if self.action == "escalate" and self.to is None:
            issues.append((("action",), "escalate needs a queue to move the case to: add `to:`"))
        if self.action != "escalate" and self.to is not None:
            issues.append((("to",), f"{self.action} does not move the case; use action: escalate to move it"))
        raise_issues(issues)
        return self

    @property
    def signed_offset(self) -> timedelta:
        """Time relative to the deadline: negative before it, positive after it."""
        if self.offset is None:
            return timedelta(0)
        size = {"minutes": timedelta(minutes=1), "hours": timedelta(hours=1), "days": timedelta(days=1)}
        amount = self.offset.amount * size[self.offset.unit]
        return -amount if self.when == "before_breach" else amount

    def fires_at(self, deadline: datetime) -> datetime:
        return deadline + self.signed_offset

    def __str__(self) -> str:
        when = self.when.replace("_", " ") + (f" {self.offset}" if self.offset else "")
        action = self.action.replace("_", " ") + (f" to {self.to.value}" if self.to else "")
        return f"{when} ({self.deadline.replace('_', ' ')}): {action}"


def _ladder_issues(steps: list[EscalationStep], owner: Queue, clinical: bool) -> list[tuple[tuple, str]]:
    issues = []
    last_by_deadline: dict[str, timedelta] = {}
    for index, step in enumerate(steps):
        previous = last_by_deadline.get(step.deadline)
        if previous is not None and step.signed_offset < previous:
            issues.append(((index,), "steps must be in time order; this one comes before the step above it"))
        last_by_deadline[step.deadline] = step.signed_offset
        if step.to is not None and step.to == owner:
            issues.append(((index, "to"), f"the case is already owned by {owner.value}"))
        if clinical and step.to is not None and step.to not in CLINICAL_QUEUES:
            issues.append(((index, "to"), f"clinical cases stay with clinical queues "
                           f"({', '.join(sorted(q.value for q in CLINICAL_QUEUES))}); {step.to.value} is not one"))
    return issues


def _standards_issues(rule: Any) -> list[tuple[tuple, str]]:
    first, final = rule.first_response, rule.resolution
    comparable = first.basis == final.basis and (first.within.unit == "days") == (final.within.unit == "days")
    if comparable and first.standard().elapsed > final.standard().elapsed:
        return [(("resolution", "within"), f"resolution ({final}) comes before the first response ({first})")]
    return []


# ----------------------------------------------------------------------------- categories


class CategoryRule(Section):
    owner: Queue
    first_response: ResponseStandard
    resolution: ResponseStandard
    escalation: list[EscalationStep] = Field(default_factory=list)
    administrative_may_resolve: bool


_CategoriesBase = _section_per_code("_CategoriesBase", Category, CategoryRule)


class CategoriesSection(_CategoriesBase):  # type: ignore[misc, valid-type]
    @model_validator(mode="after")
    def _clinical_content_stays_clinical(self) -> CategoriesSection:
        # Design invariant 2: a case with clinical content is never resolved by an administrative
        # role. This is where a clinic could accidentally switch that off, so it is refused here.
        issues = []
        for category in Category:
            rule: CategoryRule = getattr(self, category.value)
            clinical = category in CLINICAL_CATEGORIES
            path = (category.value,)
            if clinical and rule.administrative_may_resolve:
                issues.append((path + ("administrative_may_resolve",),
                               "must be false: clinical cases are resolved by clinical staff only"))
            if clinical and rule.owner not in CLINICAL_QUEUES:
                issues.append((path + ("owner",), f"a clinical category must be owned by a clinical queue "
                               f"({', '.join(sorted(q.value for q in CLINICAL_QUEUES))})"))
            issues += [(path + ("escalation",) + sub, message)
                       for sub, message in _ladder_issues(rule.escalation, rule.owner, clinical)]
            issues += [(path + sub, message) for sub, message in _standards_issues(rule)]
        raise_issues(issues)
        return self

    def rule(self, category: Category | str) -> CategoryRule:
        return getattr(self, Category(category).value)


# ----------------------------------------------------------------------------- urgency


class UrgencyRule(Section):
    """Overrides for emergency and urgent cases: a clinical owner and calendar-time standards."""

    owner: Queue
    first_response: ResponseStandard
    resolution: ResponseStandard
    # Replaces the category's ladder for cases at this urgency; empty keeps the category's.
    escalation: list[EscalationStep] = Field(default_factory=list)


class UrgencySection(Section):
    emergency: UrgencyRule
    urgent: UrgencyRule

    @model_validator(mode="after")
    def _clinical_and_round_the_clock(self) -> UrgencySection:
        issues = []
        for level in ("emergency", "urgent"):
            rule: UrgencyRule = getattr(self, level)
            for name in ("first_response", "resolution"):
                standard: ResponseStandard = getattr(rule, name)
                if standard.basis != "calendar":
                    key = "clock" if standard.clock is not None else "within"
                    # A symptom does not wait for Monday morning.
                    issues.append(((level, name, key), f"{level} cases run on calendar time: use clock: calendar"))
            if rule.owner not in CLINICAL_QUEUES:
                issues.append(((level, "owner"), f"{level} cases must be owned by a clinical queue "
                               f"({', '.join(sorted(q.value for q in CLINICAL_QUEUES))})"))
            issues += [((level, "escalation") + sub, message)
                       for sub, message in _ladder_issues(rule.escalation, rule.owner, clinical=True)]
            issues += [((level,) + sub, message) for sub, message in _standards_issues(rule)]
        raise_issues(issues)
        return self


# ----------------------------------------------------------------------------- callbacks

NEXT_BUSINESS_MORNING = "next_business_morning"


def _parse_spacing(value: Any) -> Any:
    if value == NEXT_BUSINESS_MORNING:
        return value
    try:
        return parse_duration_text(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a wait; use e.g. 2h, 1d or {NEXT_BUSINESS_MORNING}") from None


Spacing = Annotated[object, PlainValidator(_parse_spacing), PlainSerializer(str, return_type=str)]


class AdministrativeFinalAttempt(Section):
    send: str  # a reply template name
    then: Literal["close_unable_to_reach", "keep_open"]


class ClinicalFinalAttempt(Section):
    then: str

    @field_validator("then")
    @classmethod
    def _never_closed(cls, value: str) -> str:
        if value != "hand_to_clinical_owner":
            raise ValueError("a clinical case is never closed because the patient could not be reached; "
                             "use hand_to_clinical_owner")
        return value


class AfterFinalAttempt(Section):
    administrative: AdministrativeFinalAttempt
    clinical: ClinicalFinalAttempt


class CallbacksSection(Section):
    max_attempts: int = Field(default=3, ge=1, le=10)
    # Wait before each attempt after the first, so one entry fewer than max_attempts.
    spacing: list[Spacing]
    calling_windows: WeeklyHours
    voicemail_allowed: bool
    voicemail_script: VoicemailTexts  # type: ignore[valid-type]
    after_final_attempt: AfterFinalAttempt

    @model_validator(mode="after")
    def _one_wait_per_retry(self) -> CallbacksSection:
        if len(self.spacing) != self.max_attempts - 1:
            raise_issues([(("spacing",), f"give {self.max_attempts - 1} wait(s), one before each attempt after "
                           f"the first (max_attempts is {self.max_attempts})")])
        return self


# ----------------------------------------------------------------------------- outbound


class WebhookSettings(Section):
    url: str | None = None
    # The NAME of the environment variable holding the signing secret; the secret itself never
    # goes in the playbook, which is edited by people and copied around.
    secret_env: Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")] | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_secret_in_file(cls, data: Any) -> Any:
        if isinstance(data, dict) and "secret" in data:
            raise_issues([(("secret",), "never put the secret in the playbook: store it in an environment "
                           "variable and write its name as secret_env")])
        return data

    @model_validator(mode="after")
    def _usable(self) -> WebhookSettings:
        if self.url is None:
            return self
        parsed = urlparse(self.url)
        local = parsed.hostname in {"localhost", "127.0.0.1"}
        if not parsed.hostname or not (parsed.scheme == "https" or (parsed.scheme == "http" and local)):
            raise_issues([(("url",), f"{self.url!r} must be an https:// address")])
        if self.secret_env is None:
            raise_issues([(("secret_env",), "a webhook needs a signing secret: name its environment variable")])
        return self


class OutboundSection(Section):
    webhook: WebhookSettings = Field(default_factory=WebhookSettings)
