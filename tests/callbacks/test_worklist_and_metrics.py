"""The daily work list (callable first; Spanish callbacks offered to Spanish speakers first;
overdue, due now, due today) and the measures, checked against hand-computed numbers."""

from __future__ import annotations

from datetime import timedelta

from careloop.callbacks.metrics import CallbackRecord, callback_metrics, summarize
from careloop.callbacks.models import AttemptOutcome
from careloop.callbacks.worklist import callback_worklist
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for
from careloop.labels import Queue, Role
from careloop.staff import service as staff_service
from careloop.staff.models import Staff
from tests.callbacks.helpers import arrive, log, pacific

NOW = pacific("2026-11-23 10:00")


def _front_desk_day(database, world):
    """Four front-desk callbacks on Monday morning and one due tomorrow, from five patients."""
    made = {
        "overdue_en": arrive(database, world, sender="+14155238801", at=pacific("2026-11-23 08:30"),
                             text="Hi this is Ann Lee, I need to move my appointment to next week, call me back"),
        "due_now_es": arrive(database, world, sender="+14155238802", at=pacific("2026-11-23 09:30"),
                             text="Hola, habla María López, llámeme por favor para cambiar mi cita del jueves"),
        "evening_en": arrive(database, world, sender="+14155238803", at=pacific("2026-11-23 09:00"),
                             text="Hi, this is Kim Ode, can I reschedule my Friday visit? Call me back",
                             patient={"callback_preference": "evenings"}),
        "due_now_en": arrive(database, world, sender="+14155238804", at=pacific("2026-11-23 09:45"),
                             text="Hi, this is Tom Ng, I need to move my appointment on Thursday, please call me back"),
        "tomorrow": arrive(database, world, sender="+14155238805", at=pacific("2026-11-23 09:50"),
                           text="Hi, this is Lu Ma, I need to move my appointment, call me back",
                           patient={"callback_preference": "saturday mornings"}),
    }
    for name, arrival in made.items():
        assert arrival.link.case.owner_queue == "front_desk", name
    return {name: arrival.link.callback.id for name, arrival in made.items()}


def _ids(worklist) -> list[int]:
    return [item.callback.id for item in worklist.items]


def test_the_queue_list_puts_callable_calls_first_then_overdue_due_now_due_today(database, world):
    ids = _front_desk_day(database, world)
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        worklist = callback_worklist(session=session, clinic=clinic, playbook=playbook_for(clinic), now=NOW,
                                     queue=Queue.FRONT_DESK)
        assert _ids(worklist) == [ids["overdue_en"], ids["due_now_es"], ids["due_now_en"], ids["evening_en"]]
        assert [i.bucket for i in worklist.items] == ["overdue", "due_now", "due_now", "due_today"]
        assert [i.callable_now for i in worklist.items] == [True, True, True, False]
        spanish = worklist.items[1]
        assert sorted(name for _, name in spanish.speakers) == ["Floater", "Front Desk A"]
        # Another queue's list does not show them.
        other = callback_worklist(session=session, clinic=clinic, playbook=playbook_for(clinic), now=NOW,
                                  queue=Queue.BILLING)
        assert other.items == []


def test_spanish_callbacks_are_offered_to_spanish_speakers_first(database, world):
    ids = _front_desk_day(database, world)
    with database.session() as session:
        english_only = staff_service.create_staff(session=session, name="Pat Quinn", email="pat@staff.example.org",
                                                  languages=["en"])
        staff_service.add_membership(session=session, staff=english_only, clinic_id=world.clinic_a.id,
                                     role=Role.FRONT_DESK)
        session.commit()
        clinic = session.get(Clinic, world.clinic_a.id)
        playbook = playbook_for(clinic)
        bilingual = session.get(Staff, world.staff_ids["front_desk_a"])
        mine = callback_worklist(session=session, clinic=clinic, playbook=playbook, now=NOW, staff=bilingual)
        assert _ids(mine) == [ids["due_now_es"], ids["overdue_en"], ids["due_now_en"], ids["evening_en"]]
        theirs = callback_worklist(session=session, clinic=clinic, playbook=playbook, now=NOW, staff=english_only)
        assert _ids(theirs) == [ids["overdue_en"], ids["due_now_en"], ids["due_now_es"], ids["evening_en"]]
        # A nurse's list holds clinical queues only.
        nurse = session.get(Staff, world.staff_ids["nurse_a"])
        assert callback_worklist(session=session, clinic=clinic, playbook=playbook, now=NOW, staff=nurse).items == []


def test_a_later_day_lists_what_is_due_by_then(database, world):
    ids = _front_desk_day(database, world)
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        saturday = callback_worklist(session=session, clinic=clinic, playbook=playbook_for(clinic), now=NOW,
                                     day=pacific("2026-11-28 00:00").date())
        assert ids["tomorrow"] in _ids(saturday) and len(saturday.items) == 5


def test_measures_by_clinic_queue_and_language(database, world):
    first = arrive(database, world, sender="+14155238811", at=pacific("2026-11-23 09:00"),
                   text="Hi this is Ann Lee, I need to move my appointment to next week, call me back")
    log(database, world, first.link.callback.id, AttemptOutcome.REACHED, pacific("2026-11-23 09:30"))

    second = arrive(database, world, sender="+14155238812", at=pacific("2026-11-23 10:00"),
                    text="Hola, habla María López, llámeme por favor para cambiar mi cita del jueves")
    log(database, world, second.link.callback.id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 10:30"))
    log(database, world, second.link.callback.id, AttemptOutcome.REACHED, pacific("2026-11-23 12:30"))

    third = arrive(database, world, sender="+14155238813", at=pacific("2026-11-23 16:00"),
                   text="Hi, this is Tom Ng, I need to move my appointment on Thursday, please call me back")
    log(database, world, third.link.callback.id, AttemptOutcome.BUSY, pacific("2026-11-23 17:30"))
    log(database, world, third.link.callback.id, AttemptOutcome.REACHED, pacific("2026-11-24 08:00"))

    fourth = arrive(database, world, sender="+14155238814", at=pacific("2026-11-23 11:00"),
                    text="Hi, this is Joe Park, can someone call me back about a refill of my lisinopril")
    assert fourth.link.case.owner_queue == "clinical_inbox"
    arrive(database, world, sender="+14155238815", at=pacific("2026-11-24 09:00"),
           text="Hi, this is Lu Ma, I need to move my appointment, call me back")  # outside the period

    with database.session() as session:
        metrics = callback_metrics(session=session, clinic_id=world.clinic_a.id, timezone="America/Los_Angeles",
                                   since=pacific("2026-11-23 00:00"), until=pacific("2026-11-24 00:00"))
    overall = metrics.overall
    assert (overall.requested, overall.completed, overall.completed_same_day) == (4, 3, 2)
    assert overall.same_day_completion_rate == 0.5
    assert overall.attempts_per_completed == round(5 / 3, 4)
    assert (overall.with_attempt, overall.minutes_to_first_attempt_mean,
            overall.minutes_to_first_attempt_median) == (3, 50.0, 30.0)

    front = metrics.by_queue["front_desk"]
    assert (front.requested, front.completed_same_day, front.same_day_completion_rate) == (3, 2, round(2 / 3, 4))
    clinical = metrics.by_queue["clinical_inbox"]
    assert (clinical.requested, clinical.completed, clinical.same_day_completion_rate) == (1, 0, 0.0)
    assert clinical.attempts_per_completed is None and clinical.minutes_to_first_attempt_mean is None

    english, spanish = metrics.by_language["en"], metrics.by_language["es"]
    assert (english.requested, english.completed, english.same_day_completion_rate) == (3, 2, round(1 / 3, 4))
    assert english.attempts_per_completed == 1.5 and english.minutes_to_first_attempt_median == 60.0
    assert (spanish.requested, spanish.same_day_completion_rate, spanish.attempts_per_completed) == (1, 1.0, 2.0)


def test_same_day_means_the_clinic_local_day():
    # 23:30 Pacific requested, completed 00:30 the next local day: not same day, though both
    # instants share a UTC date (07:30 and 08:30 UTC).
    received = pacific("2026-11-23 23:30")
    record = CallbackRecord(queue="front_desk", language="en", received_at=received, final_status="completed",
                            closed_at=received + timedelta(hours=1), attempts=1,
                            first_attempt_at=received + timedelta(hours=1))
    stats = summarize([record], "America/Los_Angeles")
    assert stats.completed == 1 and stats.completed_same_day == 0 and stats.same_day_completion_rate == 0.0
    assert summarize([], "America/Los_Angeles").same_day_completion_rate is None
