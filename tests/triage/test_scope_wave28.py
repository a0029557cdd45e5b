"""Mechanisms added after reading the twenty-eighth blind wave (an addiction-medicine clinic,
an orthopedics group, a nephrology and transplant practice, a dermatology practice). Each fix
has its look-alike. Sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Category, Urgency
from careloop.triage import triage
from careloop.triage.normalize import normalize
from careloop.triage.quotes import printed_quotes
from careloop.triage.redflags import detect_red_flags

from tests.triage.flag_rules import active_rules


def test_a_long_quote_from_discharge_papers_is_the_papers_words() -> None:
    text = (
        'My after-visit summary says: "Go to the emergency room or call 911 for chest pain, trouble breathing, '
        'a severe headache, or vomiting blood." Then it says "Call us for a fever over 101." I feel fine, '
        "I just want to know when the stitches come out."
    )
    result = triage(text, "portal")
    assert result.urgency is Urgency.ROUTINE, result.reasons
    assert any("(quoted)" in reason for reason in result.reasons)
    # The same signs told as the patient's own are an emergency.
    assert triage("chest pain and trouble breathing since an hour ago, vomiting blood", "portal").urgency is Urgency.EMERGENCY


def test_a_form_question_quoted_back_with_the_answer_no() -> None:
    text = "the dental intake form asks 'Do you have chest pain or shortness of breath?' and 'Any thoughts of hurting yourself?' - no to all, just wondering why a dentist asks"
    assert triage(text, "sms").urgency is Urgency.ROUTINE
    # Not when the writer says the quoted signs are theirs now.
    lived = 'the paper says "call 911 for chest pain or trouble breathing" and i have both right now'
    assert printed_quotes(normalize(lived)) == []
    # Nor for the same words unquoted: what the paper lists is then what the writer lives.
    assert triage(lived, "sms").urgency is Urgency.EMERGENCY
    assert triage("the paper says call 911 for chest pain or trouble breathing and i have both right now", "sms").urgency is Urgency.EMERGENCY


def test_a_quoted_person_is_not_a_paper() -> None:
    # A speaker between the source word and the verb: the quote is what the man said.
    text = 'he waved the letter opener at his brother and said "im going to kill him tonight"'
    assert printed_quotes(normalize(text)) == []
    assert triage(text, "after_hours").urgency is Urgency.EMERGENCY
    # A child's text quoted is a report, not printed instructions.
    assert triage('my son just texted me "i cant breathe come get me"', "sms").urgency is Urgency.EMERGENCY


def test_a_quote_mark_pair_and_apostrophes() -> None:
    text = "the label says 'don't drive if it makes you drowsy' and i'm wondering if that's true for night shifts"
    quotes = printed_quotes(normalize(text))
    assert len(quotes) == 1
    assert normalize(text).text[quotes[0].start : quotes[0].end].strip().startswith("dont drive")


def test_the_model_does_not_hear_a_quoted_paper() -> None:
    text = 'discharge instructions say "return or call 911 for blue lips or trouble breathing". he is breathing fine, when is his follow up?'
    result = triage(text, "sms")
    assert result.urgency is Urgency.ROUTINE, result.reasons
    assert not any(reason.startswith("urgency model") for reason in result.reasons)


def _symptom_words(text: str) -> list[str]:
    return [flag.matched.lower() for flag in detect_red_flags(text, with_symptoms=True).symptoms]


def test_a_discharge_paper_is_not_a_wound_discharge() -> None:
    assert "discharge" not in _symptom_words("my discharge paper from the knee scope says nothing about driving")
    assert "discharge" in _symptom_words("my knee incision has yellow discharge since this morning")


def test_a_shirt_soaked_with_sweat() -> None:
    text = "my sweating is really heavy on this med, i soak through my shirt by noon. anything for that?"
    assert "severe_bleeding" not in active_rules(text)
    # A shirt a wound soaks is bleeding.
    assert "severe_bleeding" in active_rules("his cut keeps going, it soaked through his shirt")


def test_a_stiff_joint_is_not_a_seizure() -> None:
    assert "seizure" not in active_rules("my fingers are stiff for about 20 minutes every morning, then fine")
    assert "seizure" in active_rules("she went stiff and her arms were jerking for 3 minutes")


def test_a_past_tense_event_dated_by_a_weekday() -> None:
    text = "missed my appt, my brother overdosed saturday and i was with him at the hospital. hes home now. can i reschedule"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY
    # Still an emergency when it is now, or since a day.
    assert triage("my brother overdosed, hes barely breathing", "sms").urgency is Urgency.EMERGENCY
    assert "acute_symptom" in active_rules("bleeding since saturday and it wont stop")


def test_in_the_last_month_is_up_to_now() -> None:
    text = "this mole got darker in the last month, this week it started bleeding on its own"
    assert triage(text, "portal").urgency is Urgency.URGENT
    # Last month as such is the past.
    assert triage("i had some bleeding from a mole last month, it healed, just want a skin check", "portal").urgency is Urgency.ROUTINE


def test_transplant_and_recovery_medicines_as_voice_to_text_writes_them() -> None:
    assert triage("took my last tack row limits this morning, none for tonight, pharmacy needs a new script", "voicemail").urgency is Urgency.URGENT
    assert triage("se me acabo el mico fenolato hoy y la farmacia no tiene receta", "voicemail").urgency is Urgency.URGENT
    text = "mi papa toma la bupre nor fina y se le acabo hoy, la farmacia dice que no hay receta"
    assert triage(text, "voicemail").urgency is Urgency.URGENT
    # "nor" as a word still negates.
    assert "chest_pain" not in active_rules("neither chest pain nor shortness of breath")


def test_hepatitis_c_pills_out_today() -> None:
    text = "specialty pharmacy: the mavyret refill is delayed, pt took his last tablet today, please send a bridge rx"
    result = triage(text, "referral_partner")
    assert result.urgency is Urgency.URGENT
    assert result.category is Category.REFILL_REQUEST
    # A refill with weeks left is routine.
    assert triage("can i get my epclusa refill sent early, i still have 3 weeks", "sms").urgency is Urgency.ROUTINE


def test_a_prescription_used_up() -> None:
    text = "pharmacy calling: his lovenox rx is used up and the next injection is due tonight"
    assert "out_of_critical_medication" in active_rules(text)
    assert "out_of_critical_medication" not in active_rules("i feel exhausted since starting lovenox")


def test_curly_and_spanish_quotation_marks() -> None:
    curly = "the instruction sheet says \u201cKeep the incision dry for two days, take the pain pills with food, and call 911 for chest pain or fainting.\u201d im fine, is it ok to fly next week?"
    assert triage(curly, "portal").urgency is Urgency.ROUTINE
    spanish = "la hoja del alta dice \u00abmantenga la herida seca dos dias, tome las pastillas con comida y vaya a urgencias si tiene dolor de pecho o le falta el aire\u00bb, no tengo nada de eso, cuando me quitan los puntos?"
    assert triage(spanish, "sms").urgency is Urgency.ROUTINE
    # An unclosed mark is no quote: the words after it are the patient's.
    assert printed_quotes(normalize('the paper says "call 911 for chest pain and i have chest pain now')) == []
