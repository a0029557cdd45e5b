"""The demo's synthetic week: deterministic, complete, and shaped like real channel traffic.

The lead posts this traffic through the real intake service, so these tests pin what intake
relies on (valid phones, unique message ids except true redeliveries, UTC times inside the week)
and what makes the demo worth watching (every channel, category, language and urgency shows up).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import phonenumbers
import pytest

from careloop.demo import phrases_en, phrases_es
from careloop.demo.arrivals import clinic_is_open
from careloop.demo.generator import SyntheticContact, SyntheticPatient, generate_week
from careloop.demo.render import spoken_phone
from careloop.labels import Category, Channel, Language, Urgency

CLINIC_ZONE = ZoneInfo("America/Los_Angeles")
MONDAY = datetime(2026, 11, 16, tzinfo=CLINIC_ZONE)
EXAMPLE_DOMAINS = {"example.org", "example.com", "example.net"}
PHONE_CHANNELS = {Channel.SMS, Channel.PHONE_CALL, Channel.VOICEMAIL, Channel.AFTER_HOURS}


@pytest.fixture(scope="module")
def week() -> tuple[list[SyntheticPatient], list[SyntheticContact]]:
    return generate_week(seed=7, start=MONDAY, days=7, contacts_per_day=60, spanish_share=0.35)


@pytest.fixture(scope="module")
def contacts(week) -> list[SyntheticContact]:
    return week[1]


@pytest.fixture(scope="module")
def patients(week) -> list[SyntheticPatient]:
    return week[0]


def test_same_seed_gives_the_same_week(week):
    assert generate_week(seed=7, start=MONDAY, days=7, contacts_per_day=60, spanish_share=0.35) == week


def test_different_seeds_give_different_weeks(contacts):
    _, other = generate_week(seed=8, start=MONDAY)
    assert [c.text for c in other] != [c.text for c in contacts]


def test_the_global_random_state_is_neither_used_nor_disturbed():
    import random

    random.seed(1)
    before = random.random()
    random.seed(1)
    first = generate_week(seed=3, start=MONDAY, days=2, contacts_per_day=20)
    assert random.random() == before
    random.seed(99)
    assert generate_week(seed=3, start=MONDAY, days=2, contacts_per_day=20) == first


def test_volume_is_about_what_was_asked(contacts):
    originals = [c for c in contacts if c.redelivery_of is None]
    assert 7 * 60 <= len(originals) <= 7 * 60 + 5


def test_a_default_week_shows_every_channel_category_language_and_urgency(contacts):
    assert {c.channel for c in contacts} == set(Channel)
    assert {c.expected_category for c in contacts} == set(Category)
    assert {c.language for c in contacts} == set(Language)
    assert {c.expected_urgency for c in contacts} == set(Urgency)


def test_every_category_appears_in_both_languages(contacts):
    pairs = {(c.expected_category, c.language) for c in contacts}
    assert pairs == {(category, language) for category in Category for language in Language}


def test_emergencies_are_few_and_in_both_languages(contacts):
    emergencies = [c for c in contacts if c.expected_urgency is Urgency.EMERGENCY]
    assert {c.language for c in emergencies} == set(Language)
    assert 2 <= len(emergencies) <= len(contacts) * 0.05
    urgencies = Counter(c.expected_urgency for c in contacts)
    assert urgencies[Urgency.ROUTINE] > urgencies[Urgency.URGENT] > urgencies[Urgency.EMERGENCY]


def test_spanish_share_is_roughly_as_asked(contacts):
    share = sum(c.language is Language.ES for c in contacts) / len(contacts)
    assert share == pytest.approx(0.35, abs=0.05)


@pytest.mark.parametrize("asked", [0.0, 0.15, 0.6])
def test_spanish_share_follows_the_argument(asked):
    _, contacts = generate_week(seed=5, start=MONDAY, days=3, contacts_per_day=40, spanish_share=asked)
    share = sum(c.language is Language.ES for c in contacts) / len(contacts)
    assert share == pytest.approx(asked, abs=0.06)


def test_patient_phones_are_valid_e164_and_distinct(patients):
    for patient in patients:
        assert re.fullmatch(r"\+1\d{10}", patient.phone)
        assert phonenumbers.is_valid_number(phonenumbers.parse(patient.phone)), patient.phone
    assert len({p.phone for p in patients}) == len(patients)


def test_phone_senders_are_valid_numbers(contacts):
    for contact in contacts:
        if contact.channel in PHONE_CHANNELS:
            assert phonenumbers.is_valid_number(phonenumbers.parse(contact.sender)), contact.sender


def test_emails_use_only_example_domains(patients, contacts):
    addresses = [p.email for p in patients]
    addresses += [c.sender for c in contacts if c.channel in (Channel.EMAIL, Channel.WEB_FORM, Channel.APPOINTMENT_FORM)]
    for address in addresses:
        assert address.split("@")[1] in EXAMPLE_DOMAINS, address
    for contact in contacts:
        for domain in re.findall(r"@([\w.-]+)", contact.text + (contact.channel_message_id or "")):
            assert domain in EXAMPLE_DOMAINS, domain


def test_patients_look_like_a_roster(patients):
    assert len({p.mrn for p in patients}) == len(patients)
    assert all(re.fullmatch(r"MRN-\d{6}", p.mrn) for p in patients)
    assert {p.preferred_language for p in patients} == {"en", "es"}
    assert all(p.callback_preference for p in patients)
    ages = [(MONDAY.date() - p.date_of_birth).days // 365 for p in patients]
    assert min(ages) < 18 and max(ages) >= 75


def test_arrivals_are_utc_inside_the_week_and_sorted(contacts):
    end = MONDAY + timedelta(days=7)
    times = [c.received_at for c in contacts]
    assert times == sorted(times)
    for moment in times:
        assert moment.utcoffset() == timedelta(0) and moment.tzinfo is timezone.utc
        assert MONDAY <= moment < end


def test_a_start_that_is_not_midnight_bounds_the_window():
    start = datetime(2026, 11, 18, 13, 30, tzinfo=CLINIC_ZONE)
    _, contacts = generate_week(seed=2, start=start, days=2, contacts_per_day=30)
    assert all(start <= c.received_at < start + timedelta(days=2) for c in contacts)


def test_a_naive_start_is_refused():
    with pytest.raises(ValueError):
        generate_week(seed=1, start=datetime(2026, 11, 16))


def test_after_hours_messages_arrive_only_while_the_clinic_is_closed(contacts):
    after_hours = [c for c in contacts if c.channel is Channel.AFTER_HOURS]
    assert after_hours
    for contact in after_hours:
        local = contact.received_at.astimezone(CLINIC_ZONE)
        assert not clinic_is_open(local)
        assert local.weekday() >= 5 or not 8 <= local.hour < 17


def test_live_calls_and_staff_notes_arrive_only_while_open(contacts):
    for contact in contacts:
        if contact.channel in (Channel.PHONE_CALL, Channel.INTERNAL, Channel.REFERRAL_PARTNER):
            assert clinic_is_open(contact.received_at.astimezone(CLINIC_ZONE)), contact


def test_traffic_follows_the_clinic_day(contacts):
    local = [c.received_at.astimezone(CLINIC_ZONE) for c in contacts]
    monday_morning = sum(1 for t in local if t.weekday() == 0 and 8 <= t.hour < 12)
    weekday_mornings = [sum(1 for t in local if t.weekday() == day and 8 <= t.hour < 12) for day in range(1, 5)]
    assert monday_morning > 1.1 * sum(weekday_mornings) / len(weekday_mornings)
    nights = sum(1 for t in local if t.hour < 6)
    assert nights < len(contacts) * 0.05
    weekend = sum(1 for t in local if t.weekday() >= 5)
    assert weekend < sum(1 for t in local if t.weekday() == 0)


def test_redeliveries_repeat_an_earlier_contact_exactly(contacts):
    redeliveries = [c for c in contacts if c.redelivery_of is not None]
    assert redeliveries
    originals = {c.channel_message_id: c for c in contacts if c.redelivery_of is None}
    for again in redeliveries:
        original = originals[again.redelivery_of]
        assert again.channel_message_id == again.redelivery_of
        assert original.received_at < again.received_at
        assert (again.text, again.sender, again.channel, again.subject, again.patient) == (
            original.text, original.sender, original.channel, original.subject, original.patient)


def test_message_ids_are_unique_apart_from_redeliveries(contacts):
    ids = Counter(c.channel_message_id for c in contacts if c.redelivery_of is None and c.channel_message_id)
    assert max(ids.values()) == 1
    assert all(c.channel_message_id for c in contacts if c.channel is not Channel.PHONE_CALL)


def test_message_ids_look_like_their_channels(contacts):
    patterns = {
        Channel.SMS: r"SM[0-9a-f]{32}", Channel.VOICEMAIL: r"RE[0-9a-f]{32}", Channel.PHONE_CALL: r"CA[0-9a-f]{32}",
        Channel.EMAIL: r"<[0-9a-f.]+@example\.(org|com|net)>", Channel.PORTAL: r"portal-msg-\d{9}",
    }
    for contact in contacts:
        if contact.channel in patterns and contact.channel_message_id:
            assert re.fullmatch(patterns[contact.channel], contact.channel_message_id), contact.channel_message_id


def test_senders_match_their_channels(contacts):
    for contact in contacts:
        assert contact.direction == "inbound"
        if contact.channel is Channel.EMAIL:
            assert "@" in contact.sender and contact.subject
        else:
            assert contact.subject is None
        if contact.channel is Channel.PORTAL:
            assert contact.sender.startswith("portal:") and contact.patient is not None
        if contact.channel is Channel.REFERRAL_PARTNER:
            assert "fax +1" in contact.sender
        if contact.patient is not None and contact.channel in PHONE_CHANNELS:
            assert contact.sender == contact.patient.phone


def test_some_senders_are_unknown_to_the_clinic(contacts):
    assert any(c.patient is None for c in contacts)


def test_threads_follow_ups_missed_calls_and_second_needs(contacts):
    by_patient: dict[str, list[SyntheticContact]] = {}
    for contact in contacts:
        if contact.patient is not None and contact.redelivery_of is None:
            by_patient.setdefault(contact.patient.mrn, []).append(contact)
    follow_up_openers = {t.split("{topic}")[0] for t in phrases_en.FOLLOW_UPS_EN + phrases_es.FOLLOW_UPS_ES}
    follow_ups = [c for c in contacts if any(opener and opener in c.text for opener in follow_up_openers)]
    assert follow_ups
    missed_then_voicemail = [
        (a, b) for thread in by_patient.values() for a, b in zip(thread, thread[1:])
        if a.channel is Channel.PHONE_CALL and b.channel is Channel.VOICEMAIL
        and b.received_at - a.received_at < timedelta(minutes=10)
    ]
    assert missed_then_voicemail
    assert any(len({c.expected_category for c in thread}) >= 2 for thread in by_patient.values())


def test_channels_carry_their_habits(contacts):
    def texts(channel: Channel) -> str:
        return "\n".join(c.text for c in contacts if c.channel is channel)

    assert re.search(r"\b(um|uh|este|eh)\b", texts(Channel.VOICEMAIL))
    # Callers read their number out in words, never as digits.
    assert any(spoken_phone(c.sender, c.language.value) in c.text for c in contacts if c.channel is Channel.VOICEMAIL)
    assert "Visit type:" in texts(Channel.APPOINTMENT_FORM) and "Preferred times:" in texts(Channel.APPOINTMENT_FORM)
    assert "Tipo de visita:" in texts(Channel.APPOINTMENT_FORM)
    assert "Message:" in texts(Channel.WEB_FORM) or "Mensaje:" in texts(Channel.WEB_FORM)
    sms = [c.text for c in contacts if c.channel is Channel.SMS]
    assert sum(len(t) for t in sms) / len(sms) < 160
    spanish = "\n".join(c.text for c in contacts if c.language is Language.ES)
    assert re.search(r"\busted\b|\b(le|lo) (llamo|habla)\b|¿Me pueden|[Pp]or favor", spanish)
    assert re.search(r"\b(tienes|puedes|oye|avisas|llamas)\b", spanish)  # tú as well as usted


def test_texts_are_varied(contacts):
    originals = [c.text for c in contacts if c.redelivery_of is None]
    assert len(set(originals)) > 0.95 * len(originals)


@pytest.mark.parametrize("phrasebook", [phrases_en.NEEDS_EN, phrases_es.NEEDS_ES])
def test_phrasebooks_cover_every_category_richly(phrasebook):
    assert set(phrasebook) == set(Category)
    for category, entries in phrasebook.items():
        texts = [text for _, text in entries]
        assert len(set(texts)) == len(texts) >= 13, category
    assert len(phrasebook[Category.CLINICAL_CONCERN]) >= 15
    emergencies = [t for u, t in phrasebook[Category.CLINICAL_CONCERN] if u is Urgency.EMERGENCY]
    assert len(emergencies) >= 4


def test_templates_render_without_leftover_placeholders(contacts):
    for contact in contacts:
        assert not re.search(r"\{\w+\}", contact.text), contact.text
