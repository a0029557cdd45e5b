"""Seeded synthetic traffic for `careloop demo`: a clinic roster and a week of inbound contacts.

Pure: no database, no network, no clock, no global random state. Everything random comes from
one `random.Random(seed)`, so a seed always yields the same week — the demo, its screenshots and
its tests can rely on "seed 7" meaning the same Monday-morning rush every time.

The contacts look like what channel integrations post to intake (verbatim text, sender, channel
message id, UTC arrival time), including the messy parts intake exists for: follow-ups on the
same need, a missed call followed by a voicemail, a second need from the same patient, and
webhook retries that re-send a contact with the same channel message id (`redelivery_of`).

The expected_* labels say what each message was written to show; they feed the demo's
"what to try" hints only and must never be used to train or tune triage.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import phonenumbers

from careloop.demo import people, phrases_en, phrases_es, phrases_staff, render, styles
from careloop.demo.arrivals import SlotPicker, clinic_is_open
from careloop.labels import Category, Channel, Language, Urgency

DEFAULT_START = datetime(2026, 11, 16, tzinfo=ZoneInfo("America/Los_Angeles"))

T = TypeVar("T")


@dataclass(frozen=True)
class SyntheticPatient:
    first_name: str
    last_name: str
    date_of_birth: date
    mrn: str
    phone: str
    email: str
    preferred_language: str
    callback_preference: str


@dataclass(frozen=True)
class SyntheticContact:
    channel: Channel
    direction: str
    sender: str
    text: str
    received_at: datetime
    channel_message_id: str | None
    patient: SyntheticPatient | None
    expected_category: Category
    expected_urgency: Urgency
    language: Language
    subject: str | None = None
    redelivery_of: str | None = None


# How often each channel carries a new need in a small primary-care clinic.
CHANNEL_WEIGHTS: dict[Channel, float] = {
    Channel.PHONE_CALL: 14, Channel.VOICEMAIL: 10, Channel.PORTAL: 17, Channel.APPOINTMENT_FORM: 5,
    Channel.WEB_FORM: 5, Channel.SMS: 16, Channel.EMAIL: 9, Channel.REFERRAL_PARTNER: 4,
    Channel.INTERNAL: 5, Channel.AFTER_HOURS: 7,
}
# Channels whose authors are professionals writing in English, whatever the patient speaks.
STAFF_CHANNELS = frozenset({Channel.REFERRAL_PARTNER, Channel.INTERNAL})
# Channels fed by webhooks that retry on timeouts, hence the ones that see redeliveries.
WEBHOOK_CHANNELS = frozenset({Channel.SMS, Channel.EMAIL, Channel.PORTAL, Channel.WEB_FORM,
                              Channel.APPOINTMENT_FORM, Channel.VOICEMAIL, Channel.AFTER_HOURS})

CATEGORY_WEIGHTS: dict[Category, float] = {
    Category.NEW_APPOINTMENT: 13, Category.RESCHEDULE_CANCEL: 14, Category.FOLLOW_UP_QUESTION: 6,
    Category.REFERRAL_STATUS: 6, Category.REFILL_REQUEST: 12, Category.TEST_RESULT_QUESTION: 8,
    Category.INSURANCE_AUTHORIZATION: 5, Category.BILLING_QUESTION: 7, Category.RECORDS_REQUEST: 5,
    Category.CLINICAL_CONCERN: 12, Category.LANGUAGE_ASSISTANCE: 2, Category.PROVIDER_MESSAGE: 3,
    Category.ADMINISTRATIVE_QUESTION: 8,
}
# Within a category, how often each urgency is written: emergencies are rare but must show up.
URGENCY_WEIGHTS: dict[Urgency, float] = {Urgency.ROUTINE: 0.86, Urgency.URGENT: 0.11, Urgency.EMERGENCY: 0.03}
CLINICAL_URGENCY_WEIGHTS: dict[Urgency, float] = {Urgency.ROUTINE: 0.5, Urgency.URGENT: 0.38, Urgency.EMERGENCY: 0.12}

FOLLOW_UP_SHARE = 0.12
MISSED_CALL_SHARE = 0.3  # of voicemails left while the clinic is open
SECOND_NEED_SHARE = 0.08
UNKNOWN_SENDER_SHARE = 0.07
ELDER_CAREGIVER_SHARE = 0.4
REDELIVERY_SHARE = 0.012


@dataclass(frozen=True)
class _Identity:
    """Who wrote: a roster patient, or a stranger (new patient, wrong number) not in the roster."""

    first: str
    last: str
    phone: str
    email: str
    dob: date
    sex: str
    patient: SyntheticPatient | None
    callback: str


@dataclass(frozen=True)
class _Need:
    channel: Channel
    category: Category
    urgency: Urgency
    language: Language
    template: str
    caregiver: bool


def generate_week(
    seed: int = 7,
    start: datetime = DEFAULT_START,
    days: int = 7,
    contacts_per_day: int = 60,
    spanish_share: float = 0.35,
) -> tuple[list[SyntheticPatient], list[SyntheticContact]]:
    """The clinic roster and the contacts of `days` days from `start`, sorted by arrival.

    About `contacts_per_day * days` contacts, follow-ups included; a few webhook redeliveries
    come on top. Patients are the whole roster, including those who stay silent this week.
    """
    if start.tzinfo is None:
        raise ValueError("start must be time-zone aware: the clinic day depends on local time")
    if days < 1 or contacts_per_day < 1 or not 0.0 <= spanish_share <= 1.0:
        raise ValueError("days and contacts_per_day must be positive, spanish_share within 0..1")
    return _WeekBuilder(random.Random(seed), start, days, contacts_per_day, spanish_share).build()


class _WeekBuilder:
    def __init__(self, rng: random.Random, start: datetime, days: int, per_day: int, spanish_share: float):
        self.rng = rng
        self.start = start
        self.end = start + timedelta(days=days)
        self.target = per_day * days
        # Staff notes are English, so patient-authored traffic leans a bit more Spanish to make
        # the whole week's share come out as asked.
        staff_weight = sum(CHANNEL_WEIGHTS[c] for c in STAFF_CHANNELS) / sum(CHANNEL_WEIGHTS.values())
        self.patient_spanish_share = min(1.0, spanish_share / (1.0 - staff_weight - 0.02))
        self.spanish_share = spanish_share
        self.used_ids: set[str] = set()
        self.used_phones: set[str] = set()
        self.used_mrns: set[str] = set()
        self.sex: dict[str, str] = {}
        self.roster = self._make_roster(max(12, self.target * 2 // 3))
        # Who can write what: a roster split by language and age band, so picking a writer is cheap.
        self.roster_groups: dict[str, dict[str, list[SyntheticPatient]]] = {
            language: {"child": [], "adult": [], "elder": []} for language in ("en", "es")
        }
        for patient in self.roster:
            band = _age_band(patient.date_of_birth, start.date())
            self.roster_groups[patient.preferred_language][band].append(patient)
        self.slot_picker = SlotPicker(rng, start, days)
        self.contacts: list[SyntheticContact] = []
        self.spanish_contacts = 0

    # ---- roster -------------------------------------------------------------------------------

    def _make_roster(self, size: int) -> list[SyntheticPatient]:
        roster = []
        for _ in range(size):
            spanish = self.rng.random() < self.patient_spanish_share
            identity = self._new_identity(spanish)
            mrn = self._unique(lambda: f"MRN-{self.rng.randrange(1000, 999999):06d}", self.used_mrns)
            patient = SyntheticPatient(
                first_name=identity.first, last_name=identity.last, date_of_birth=identity.dob, mrn=mrn,
                phone=identity.phone, email=identity.email, preferred_language="es" if spanish else "en",
                callback_preference=identity.callback,
            )
            self.sex[mrn] = identity.sex
            roster.append(patient)
        return roster

    def _new_identity(self, spanish: bool) -> _Identity:
        rng = self.rng
        sex = rng.choice("fm")
        hispanic = spanish or rng.random() < 0.15
        if hispanic:
            firsts = people.FEMALE_FIRST_NAMES_HISPANIC if sex == "f" else people.MALE_FIRST_NAMES_HISPANIC
        else:
            firsts = people.FEMALE_FIRST_NAMES_OTHER if sex == "f" else people.MALE_FIRST_NAMES_OTHER
        first = rng.choice(firsts)
        last = rng.choice(people.LAST_NAMES_HISPANIC if hispanic else people.LAST_NAMES_OTHER)
        if hispanic and rng.random() < 0.25:  # two surnames, as many Hispanic patients register
            last = f"{last} {rng.choice(people.LAST_NAMES_HISPANIC)}"
        # Ages: some children (a caregiver writes), mostly adults, a good share of elders.
        age_band = rng.choices(("child", "adult", "elder"), weights=(0.15, 0.6, 0.25))[0]
        years = {"child": (1, 16), "adult": (19, 74), "elder": (75, 94)}[age_band]
        dob = date(self.start.year - rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        phone = self._unique(self._valid_us_phone, self.used_phones)
        handle = render.strip_accents(f"{first}.{last}".lower()).replace(" ", "").replace("ñ", "n")
        email = f"{handle}{rng.randint(1, 99)}@{rng.choice(people.EMAIL_DOMAINS)}"
        return _Identity(first, last, phone, email, dob, sex, None, rng.choice(people.CALLBACK_PREFERENCES))

    def _valid_us_phone(self) -> str:
        while True:
            exchange = f"{self.rng.randint(2, 9)}{self.rng.randint(0, 9)}{self.rng.randint(0, 9)}"
            # 555 is reserved for fiction and N11 for services; real traffic has neither.
            if exchange == "555" or exchange[1:] == "11":
                continue
            number = f"+1{self.rng.choice(people.AREA_CODES)}{exchange}{self.rng.randint(0, 9999):04d}"
            if phonenumbers.is_valid_number(phonenumbers.parse(number)):
                return number

    def _unique(self, make: Callable[[], str], used: set[str]) -> str:
        while (value := make()) in used:
            pass
        used.add(value)
        return value

    # ---- plan ---------------------------------------------------------------------------------

    def build(self) -> tuple[list[SyntheticPatient], list[SyntheticContact]]:
        for need in itertools.chain(self._coverage_needs(), iter(self._random_need, None)):
            if len(self.contacts) >= self.target:
                break
            self._emit_need(need)
        self._add_redeliveries()
        self.contacts.sort(key=lambda contact: contact.received_at)
        return self.roster, self.contacts

    def _coverage_needs(self) -> list[_Need]:
        """Needs that make sure even a short week shows every channel, category, language and urgency."""
        needs = [self._random_need(channel=channel) for channel in Channel]
        patient_channels = [c for c in Channel if c not in STAFF_CHANNELS and c is not Channel.APPOINTMENT_FORM]
        # A clinic that asked for no Spanish (or only Spanish) gets none of the other language.
        languages = [lang for lang, share in ((Language.EN, 1 - self.spanish_share), (Language.ES, self.spanish_share))
                     if share > 0]
        for category, language in itertools.product(Category, languages):
            needs.append(self._random_need(channel=self.rng.choice(patient_channels), category=category,
                                           language=language))
        for urgency, language in itertools.product((Urgency.EMERGENCY, Urgency.URGENT), languages):
            needs.append(self._random_need(channel=self.rng.choice(patient_channels),
                                           category=Category.CLINICAL_CONCERN, language=language, urgency=urgency))
        self.rng.shuffle(needs)
        return needs

    def _random_need(self, channel: Channel | None = None, category: Category | None = None,
                     language: Language | None = None, urgency: Urgency | None = None) -> _Need:
        rng = self.rng
        channel = channel or _weighted(rng, CHANNEL_WEIGHTS)
        if channel in STAFF_CHANNELS:
            pool = (phrases_staff.INTERNAL_NOTES if channel is Channel.INTERNAL
                    else phrases_staff.REFERRAL_PARTNER_MESSAGES)
            picked_category, picked_urgency, template = rng.choice(pool)
            return _Need(channel, picked_category, picked_urgency, Language.EN, template, False)
        if language is None:
            language = Language.ES if rng.random() < self._spanish_chance() else Language.EN
        if channel is Channel.APPOINTMENT_FORM:
            pool = (phrases_staff.APPOINTMENT_REASONS_ES if language is Language.ES
                    else phrases_staff.APPOINTMENT_REASONS_EN)
            picked_category, picked_urgency, template = rng.choice(pool)
            return _Need(channel, picked_category, picked_urgency, language, template, False)
        category = category or _weighted(rng, CATEGORY_WEIGHTS)
        needs = (phrases_es.NEEDS_ES if language is Language.ES else phrases_en.NEEDS_EN)[category]
        weights = CLINICAL_URGENCY_WEIGHTS if category is Category.CLINICAL_CONCERN else URGENCY_WEIGHTS
        available = {u for u, _ in needs}
        if urgency is None:
            urgency = _weighted(rng, {u: w for u, w in weights.items() if u in available})
        urgency_phrases = [text for u, text in needs if u is urgency]
        template = rng.choice(urgency_phrases)
        caregiver = "{rel}" in template.lower()
        return _Need(channel, category, urgency, language, template, caregiver)

    def _spanish_chance(self) -> float:
        """Lean towards whichever language is behind, so a short week still lands near the asked share."""
        deficit = self.spanish_share * len(self.contacts) - self.spanish_contacts
        return min(1.0, max(0.0, self.patient_spanish_share + 0.1 * deficit))

    # ---- one need, its thread -----------------------------------------------------------------

    def _emit_need(self, need: _Need, identity: _Identity | None = None,
                   not_before: datetime | None = None) -> None:
        rng = self.rng
        identity = identity or self._pick_identity(need)
        received_at = self.slot_picker.pick(need.channel, not_before)
        if received_at is None:
            return
        context = self._context(need.language, identity, need.caregiver)
        first = self._contact(need, identity, context, received_at, fill_template=need.template)
        if need.channel is Channel.VOICEMAIL and clinic_is_open(received_at.astimezone(self.start.tzinfo)) \
                and rng.random() < MISSED_CALL_SHARE:
            self._missed_call_before(identity, received_at)
        self._keep(first)

        if need.urgency is not Urgency.EMERGENCY and need.channel not in STAFF_CHANNELS:
            # Only routine needs get an "any update?": an urgent one is called back the same day.
            if need.urgency is Urgency.ROUTINE and rng.random() < FOLLOW_UP_SHARE:
                self._follow_up(need, identity, context, first)
            if identity.patient is not None and rng.random() < SECOND_NEED_SHARE:
                for _ in range(50):  # bounded: a child's record only fits caregiver phrasings
                    other = self._random_need(language=need.language)
                    if other.category is not need.category and self._fits(other, identity):
                        self._emit_need(other, identity, not_before=received_at + timedelta(hours=2))
                        break

    def _fits(self, need: _Need, identity: _Identity) -> bool:
        """Whether this writer plausibly sends this need: children never write for themselves."""
        if need.channel in STAFF_CHANNELS or (need.channel is Channel.PORTAL and identity.patient is None):
            return False
        band = _age_band(identity.dob, self.start.date())
        return need.caregiver if band == "child" else (band == "elder" or not need.caregiver)

    def _keep(self, contact: SyntheticContact) -> None:
        self.contacts.append(contact)
        self.spanish_contacts += contact.language is Language.ES

    def _pick_identity(self, need: _Need) -> _Identity:
        rng = self.rng
        if need.channel in STAFF_CHANNELS:
            return self._identity_of(rng.choice(self.roster))
        known_required = need.channel is Channel.PORTAL or need.caregiver
        if not known_required and rng.random() < UNKNOWN_SENDER_SHARE:
            stranger = self._new_identity(need.language is Language.ES)
            if _age_band(stranger.dob, self.start.date()) == "child":  # strangers write for themselves
                stranger = replace(stranger, dob=stranger.dob.replace(year=stranger.dob.year - 30))
            return stranger
        groups = self.roster_groups[need.language.value]
        if need.caregiver:
            # Children never write for themselves; elders mostly still do, so fewer of them here.
            band = "elder" if rng.random() < ELDER_CAREGIVER_SHARE else "child"
        else:
            band = "adult" if rng.random() < 0.7 else "elder"
        candidates = groups[band] or [p for group in groups.values() for p in group] or self.roster
        return self._identity_of(rng.choice(candidates))

    def _identity_of(self, patient: SyntheticPatient) -> _Identity:
        return _Identity(patient.first_name, patient.last_name, patient.phone, patient.email,
                         patient.date_of_birth, self.sex[patient.mrn], patient, patient.callback_preference)

    def _context(self, language: Language, identity: _Identity, caregiver: bool) -> dict[str, str]:
        rng = self.rng
        spanish = language is Language.ES
        today = self.start.date()
        some_date = today + timedelta(days=rng.randint(-20, 21))
        months = people.MONTHS_ES if spanish else people.MONTHS_EN
        band = "child" if _age_band(identity.dob, today) == "child" else "elder"
        relatives = (people.RELATIVES_ES if spanish else people.RELATIVES_EN)[(band, identity.sex)]
        relative = rng.choice(relatives)
        female = identity.sex == "f"
        # The writer of a caregiver message is the relative, whose sex we do not track; for the
        # patient writing for themselves, the roster's sex decides Spanish adjective endings.
        writer_female = rng.random() < 0.7 if caregiver else female
        dob = identity.dob
        dob_text = f"{dob.day} de {months[dob.month - 1]} de {dob.year}" if spanish else dob.strftime("%m/%d/%Y")
        writer_first, writer_last = identity.first, identity.last
        if caregiver:
            # The relative writes under their own name; they usually share the patient's surname.
            hispanic_family = spanish or identity.last.split()[0] in people.LAST_NAMES_HISPANIC
            if hispanic_family:
                names = people.FEMALE_FIRST_NAMES_HISPANIC if writer_female else people.MALE_FIRST_NAMES_HISPANIC
            else:
                names = people.FEMALE_FIRST_NAMES_OTHER if writer_female else people.MALE_FIRST_NAMES_OTHER
            writer_first = rng.choice(names)
            dob_sentence = (f"La fecha de nacimiento de {identity.first} es {dob_text}." if spanish
                            else f"{identity.first}'s date of birth is {dob_text}.")
        else:
            dob_sentence = f"Mi fecha de nacimiento es {dob_text}." if spanish else f"My date of birth is {dob_text}."
        return {
            "first": writer_first, "last": writer_last, "patient": f"{identity.first} {identity.last}",
            "patient_first": identity.first, "dob_sentence": dob_sentence,
            "phone_pretty": render.pretty_phone(identity.phone), "email": identity.email,
            "phone_spoken": render.spoken_phone(identity.phone, language.value),
            "dob": dob_text,
            "dob_numeric": dob.strftime("%m/%d/%Y"),
            "dob_spoken": render.spoken_date_of_birth(dob, months, language.value),
            "callback": identity.callback, "callback_es": styles.CALLBACK_ES[identity.callback],
            "drug": rng.choice(people.DRUGS), "provider": rng.choice(people.PROVIDERS),
            "pharmacy": rng.choice(people.PHARMACIES_ES if spanish else people.PHARMACIES_EN),
            "day": rng.choice((people.WEEKDAYS_ES if spanish else people.WEEKDAYS_EN)[:5]),
            "date": f"{some_date.day} de {months[some_date.month - 1]}" if spanish
            else f"{months[some_date.month - 1]} {some_date.day}",
            "time": rng.choice(people.TIMES_ES if spanish else people.TIMES_EN),
            "test": rng.choice(people.TESTS_ES if spanish else people.TESTS_EN),
            "insurer": rng.choice(people.INSURERS),
            "specialty": rng.choice(people.SPECIALTIES_ES if spanish else people.SPECIALTIES_EN),
            "amount": f"${rng.randint(35, 1200)}.{rng.choice(('00', '50', '18', '72', '40'))}",
            "weeks": str(rng.randint(2, 6)),
            "rel": relative, "Rel": relative[:1].upper() + relative[1:],
            "he": "she" if female else "he", "He": "She" if female else "He", "his": "her" if female else "his",
            "lo": "la" if female else "lo", "Lo": "La" if female else "Lo",
            "o": "a" if writer_female else "o",
        }

    def _contact(self, need: _Need, identity: _Identity, context: dict[str, str], received_at: datetime,
                 fill_template: str, subject: str | None = None) -> SyntheticContact:
        rng = self.rng
        language = need.language.value
        core = render.fill(fill_template, context)
        if need.channel is Channel.INTERNAL:
            text, sender = core, rng.choice(people.STAFF_AUTHORS)
        elif need.channel is Channel.REFERRAL_PARTNER:
            name, fax = rng.choice(people.REFERRAL_PARTNERS)
            text, sender = core, f"{name} <fax {fax}>"
        elif need.channel is Channel.APPOINTMENT_FORM:
            visit_types = phrases_staff.VISIT_TYPES_ES if language == "es" else phrases_staff.VISIT_TYPES_EN
            times = phrases_staff.PREFERRED_TIMES_ES if language == "es" else phrases_staff.PREFERRED_TIMES_EN
            if _age_band(identity.dob, self.start.date()) != "elder":
                visit_types = tuple(v for v in visit_types if "Medicare" not in v)
            form_context = {**context, "visit_type": rng.choice(visit_types),
                            "preferred_times": render.fill(rng.choice(times), context)}
            text, sender = render.render_appointment_form(language, core, form_context), identity.email
        else:
            topics = phrases_staff.WEB_FORM_TOPICS_ES if language == "es" else phrases_staff.WEB_FORM_TOPICS_EN
            topic = topics.get(need.category, "Otro" if language == "es" else "Other")
            text = render.render_patient_text(need.channel, language, core, {**context, "topic": topic}, rng,
                                              caregiver=need.caregiver)
            sender = self._sender(need.channel, identity)
        if need.channel is Channel.EMAIL and subject is None:
            subjects = (phrases_es.EMAIL_SUBJECTS_ES if language == "es" else phrases_en.EMAIL_SUBJECTS_EN)
            subject = rng.choice(subjects[need.category])
        return SyntheticContact(
            channel=need.channel, direction="inbound", sender=sender, text=text, received_at=received_at,
            channel_message_id=self._message_id(need.channel, identity, received_at), patient=identity.patient,
            expected_category=need.category, expected_urgency=need.urgency, language=need.language,
            subject=subject if need.channel is Channel.EMAIL else None,
        )

    def _sender(self, channel: Channel, identity: _Identity) -> str:
        if channel in (Channel.EMAIL, Channel.WEB_FORM):
            return identity.email
        if channel is Channel.PORTAL:
            # Portal accounts are keyed by the patient's login; the MRN digits keep it unique.
            mrn_digits = identity.patient.mrn[-6:] if identity.patient else "000000"
            handle = render.strip_accents(f"{identity.first[0]}{identity.last.split()[0]}".lower())
            return f"portal:{handle}.{mrn_digits}"
        return identity.phone

    def _message_id(self, channel: Channel, identity: _Identity, received_at: datetime) -> str | None:
        rng = self.rng

        def make() -> str:
            hex32 = f"{rng.getrandbits(128):032x}"
            stamp = received_at.strftime("%Y%m%d")
            return {
                Channel.SMS: f"SM{hex32}",
                Channel.VOICEMAIL: f"RE{hex32}",
                Channel.PHONE_CALL: f"CA{hex32}",
                Channel.EMAIL: f"<{hex32[:16]}.{hex32[16:24]}@{identity.email.split('@')[1]}>",
                Channel.PORTAL: f"portal-msg-{rng.randrange(10**9):09d}",
                Channel.APPOINTMENT_FORM: f"apptform-{hex32[:12]}",
                Channel.WEB_FORM: f"webform-{hex32[:12]}",
                Channel.REFERRAL_PARTNER: f"fax-{stamp}-{rng.randrange(10**6):06d}",
                Channel.INTERNAL: f"note-{hex32[:12]}",
                Channel.AFTER_HOURS: f"AS-{stamp}-{rng.randrange(10**4):04d}",
            }[channel]

        # Some phone systems log a call without an id (a transfer, a manual note).
        if channel is Channel.PHONE_CALL and rng.random() < 0.25:
            return None
        return self._unique(make, self.used_ids)

    def _missed_call_before(self, identity: _Identity, voicemail_at: datetime) -> None:
        rang_at = voicemail_at - timedelta(minutes=self.rng.randint(1, 6), seconds=self.rng.randint(0, 59))
        if rang_at < self.start or not clinic_is_open(rang_at.astimezone(self.start.tzinfo)):
            return
        need = _Need(Channel.PHONE_CALL, Category.ADMINISTRATIVE_QUESTION, Urgency.ROUTINE, Language.EN,
                     self.rng.choice(phrases_en.MISSED_CALL_NOTES_EN), False)
        # The note is the phone system's, in English, and says nothing about the need, so it is
        # labelled as the administrative "call them back" it is.
        self._keep(SyntheticContact(
            channel=Channel.PHONE_CALL, direction="inbound", sender=identity.phone, text=need.template,
            received_at=rang_at, channel_message_id=self._message_id(Channel.PHONE_CALL, identity, rang_at),
            patient=identity.patient, expected_category=need.category, expected_urgency=need.urgency,
            language=need.language,
        ))

    def _follow_up(self, need: _Need, identity: _Identity, context: dict[str, str],
                   first: SyntheticContact) -> None:
        rng = self.rng
        spanish = need.language is Language.ES
        channel = need.channel
        if channel is Channel.APPOINTMENT_FORM or rng.random() < 0.4:
            # People chase an answer in whatever channel is at hand.
            channel = rng.choice((Channel.SMS, Channel.PORTAL, Channel.VOICEMAIL, Channel.PHONE_CALL))
        if channel is Channel.PORTAL and identity.patient is None:
            channel = Channel.SMS
        later = self.slot_picker.pick(channel, first.received_at + timedelta(hours=20),
                                      first.received_at + timedelta(hours=52))
        if later is None:
            return
        topics = (phrases_es.FOLLOW_UP_TOPICS_ES if spanish else phrases_en.FOLLOW_UP_TOPICS_EN)[need.category]
        topic = render.fill(rng.choice(topics), context)
        template = rng.choice(phrases_es.FOLLOW_UPS_ES if spanish else phrases_en.FOLLOW_UPS_EN)
        follow_up = _Need(channel, need.category, need.urgency, need.language,
                          template.replace("{topic}", topic), need.caregiver)
        subject = f"Re: {first.subject}" if channel is Channel.EMAIL and first.subject else None
        self._keep(self._contact(follow_up, identity, context, later, follow_up.template, subject))

    def _add_redeliveries(self) -> None:
        """Webhook retries: the same payload again, seconds to minutes later, same message id."""
        candidates = [c for c in self.contacts if c.channel in WEBHOOK_CHANNELS and c.channel_message_id]
        count = min(len(candidates), max(1, round(len(self.contacts) * REDELIVERY_SHARE)))
        for original in self.rng.sample(candidates, count):
            again = original.received_at + timedelta(seconds=self.rng.randint(3, 900))
            # A retry that slips past opening time would put an answering-service message inside
            # clinic hours; such a retry is simply not generated.
            if again < self.end and self.slot_picker.allows(original.channel, again.astimezone(self.start.tzinfo)):
                self.contacts.append(replace(original, received_at=again,
                                             redelivery_of=original.channel_message_id))


def _age_band(date_of_birth: date, today: date) -> str:
    age = (today - date_of_birth).days // 365
    return "child" if age < 18 else "elder" if age >= 75 else "adult"


def _weighted(rng: random.Random, weights: Mapping[T, float]) -> T:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]
