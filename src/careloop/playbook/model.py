"""`Playbook`: one clinic's validated playbook and the questions the rest of CareLoop asks it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PrivateAttr, model_validator

from careloop.clock import BusinessCalendar, ClockError, due_at
from careloop.labels import Category, Channel, Language, Queue, Urgency

from .errors import raise_issues
from .fields import Closure, Section, WeeklyHours
from .phrases import PhraseChecker, PhraseRule, PhraseViolation
from .schema import (
    CallbacksSection,
    CategoriesSection,
    CategoryRule,
    ChannelRule,
    ChannelsSection,
    ClinicSection,
    EscalationStep,
    HolidaysSection,
    OutboundSection,
    UrgencyRule,
    UrgencySection,
)
from .templates import Template, TemplatesSection, template_from


@dataclass(frozen=True)
class DueTimes:
    """When a case's first response and resolution are due (UTC), and on which clock."""

    first_response_due: datetime
    resolution_due: datetime
    basis: str  # clock of the first-response standard: "business" or "calendar"
    resolution_basis: str


def _none_is_empty(value: Any) -> Any:
    return [] if value is None else value


RuleName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class Playbook(Section):
    """A validated clinic playbook. Build it with load_playbook / parse_playbook_text."""

    version: Literal[1] = 1
    clinic: ClinicSection
    hours: WeeklyHours
    holidays: HolidaysSection = Field(default_factory=HolidaysSection)
    closures: Annotated[list[Closure], BeforeValidator(_none_is_empty)] = Field(default_factory=list)
    channels: ChannelsSection
    categories: CategoriesSection
    urgency: UrgencySection
    templates: TemplatesSection
    phrase_guidance: dict[RuleName, PhraseRule] = Field(min_length=1)
    callbacks: CallbacksSection
    outbound: OutboundSection = Field(default_factory=OutboundSection)

    _calendar: BusinessCalendar | None = PrivateAttr(default=None)
    _phrase_checker: PhraseChecker | None = PrivateAttr(default=None)

    # ------------------------------------------------------------------ whole-file checks

    @model_validator(mode="after")
    def _consistent(self) -> Playbook:
        issues: list[tuple[tuple, str]] = []
        if not any(self.hours.by_weekday_number().values()):
            issues.append((("hours",), "the clinic is never open, so business-hours standards could never "
                           "come due; give opening hours for at least one day"))
        else:
            try:
                self.calendar()
            except ClockError as error:
                issues.append((("hours",), str(error)))
        send = self.callbacks.after_final_attempt.administrative.send
        if send not in self.templates.replies:
            issues.append((("callbacks", "after_final_attempt", "administrative", "send"),
                           f"no reply template named {send!r} (templates.replies has: "
                           f"{', '.join(sorted(self.templates.replies)) or 'none'})"))
        issues += self._texts_follow_phrase_guidance()
        raise_issues(issues)
        return self

    def _texts_follow_phrase_guidance(self) -> list[tuple[tuple, str]]:
        # Invariant 4: everything we send must pass phrase guidance, approved templates included.
        texts: list[tuple[tuple, Any]] = [
            (("templates", "first_response", category.value), getattr(self.templates.first_response, category.value))
            for category in Category
        ]
        texts.append((("templates", "emergency"), self.templates.emergency))
        texts += [(("templates", "replies", name), reply) for name, reply in self.templates.replies.items()]
        texts.append((("callbacks", "voicemail_script"), self.callbacks.voicemail_script))
        issues = []
        for path, localized in texts:
            for language in Language:
                for violation in self.check_phrases(getattr(localized, language.value)):
                    issues.append((path + (language.value,),
                                   f"says {violation.matched!r}, which phrase guidance avoids ({violation.phrase})"))
        return issues

    # ------------------------------------------------------------------ clinic clock

    def calendar(self) -> BusinessCalendar:
        """The clinic's business calendar (opening hours, holidays, closures); built once."""
        if self._calendar is None:
            self._calendar = BusinessCalendar(
                timezone=self.clinic.timezone,
                weekly_hours=self.hours.by_weekday_number(),
                holiday_country=self.holidays.country,
                holiday_subdivision=self.holidays.subdivision,
                closures=tuple((closure.first_day, closure.last_day) for closure in self.closures),
                open_on_holidays=tuple(self.holidays.open_on),
            )
        return self._calendar

    # ------------------------------------------------------------------ routing and deadlines

    def channel_rule(self, channel: Channel | str) -> ChannelRule:
        return self.channels.rule(channel)

    def category_rule(self, category: Category | str) -> CategoryRule:
        return self.categories.rule(category)

    def urgency_rule(self, urgency: Urgency | str) -> UrgencyRule | None:
        """The override for emergency/urgent; None for routine (the category rule applies)."""
        urgency = Urgency(urgency)
        return None if urgency is Urgency.ROUTINE else getattr(self.urgency, urgency.value)

    def owner_queue(self, category: Category | str, urgency: Urgency | str = Urgency.ROUTINE) -> Queue:
        override = self.urgency_rule(urgency)
        return override.owner if override is not None else self.category_rule(category).owner

    def escalation(self, category: Category | str, urgency: Urgency | str = Urgency.ROUTINE) -> list[EscalationStep]:
        override = self.urgency_rule(urgency)
        if override is not None and override.escalation:
            return list(override.escalation)
        return list(self.category_rule(category).escalation)

    def due_times(self, category: Category | str, urgency: Urgency | str, received_at: datetime) -> DueTimes:
        """Due times for a case received at `received_at` (timezone-aware).

        Emergency and urgent cases use the urgency standards, always on calendar time.
        """
        rule: CategoryRule | UrgencyRule = self.urgency_rule(urgency) or self.category_rule(category)
        calendar = self.calendar()
        return DueTimes(
            first_response_due=due_at(received_at, rule.first_response.standard(), calendar),
            resolution_due=due_at(received_at, rule.resolution.standard(), calendar),
            basis=rule.first_response.basis,
            resolution_basis=rule.resolution.basis,
        )

    def administrative_may_resolve(self, category: Category | str, urgency: Urgency | str) -> bool:
        # Urgency above routine is clinical content whatever the category (invariant 2).
        return Urgency(urgency) is Urgency.ROUTINE and self.category_rule(category).administrative_may_resolve

    # ------------------------------------------------------------------ messages

    def first_response_template(self, category: Category | str, language: Language | str) -> Template:
        category = Category(category)
        texts = getattr(self.templates.first_response, category.value)
        return template_from(texts, f"first_response.{category.value}", language)

    def emergency_template(self, language: Language | str) -> Template:
        return template_from(self.templates.emergency, "emergency", language)

    def template(self, name: str, language: Language | str) -> Template:
        """A staff reply template by name; KeyError naming the known ones if there is none."""
        if name not in self.templates.replies:
            raise KeyError(f"no reply template {name!r}; known: {', '.join(sorted(self.templates.replies))}")
        return template_from(self.templates.replies[name], name, language)

    def voicemail_template(self, language: Language | str) -> Template:
        return template_from(self.callbacks.voicemail_script, "voicemail_script", language)

    def clinic_values(self) -> dict[str, str]:
        return {
            "clinic_name": self.clinic.name,
            "clinic_phone": self.clinic.phone_display,
            "clinic_address": self.clinic.address,
            "emergency_number": self.clinic.emergency_number,
        }

    def render(self, template: Template, **values: object) -> str:
        """Render with the clinic's own values filled in; refuses if any other value is missing."""
        return template.render(**{**self.clinic_values(), **values})

    def check_phrases(self, text: str, language: Language | str | None = None) -> list[PhraseViolation]:
        """Phrases from phrase_guidance found in `text` (all languages unless one is given)."""
        if self._phrase_checker is None:
            self._phrase_checker = PhraseChecker(self.phrase_guidance)
        return self._phrase_checker.check(text, language)
