"""Messages written by professionals, and the pieces of structured form submissions.

Referral partners and staff write about a patient in the third person, in English, in the
clipped style of a fax cover sheet or an EHR note; forms arrive as "Field: value" lines because
that is what a form integration posts. Hand-written for CareLoop's demo.

Extra placeholders: {patient} (full name) and {dob} (date of birth as written on forms).
"""

from __future__ import annotations

from careloop.labels import Category as C
from careloop.labels import Urgency

R, U, E = Urgency.ROUTINE, Urgency.URGENT, Urgency.EMERGENCY

REFERRAL_PARTNER_MESSAGES: list[tuple[C, Urgency, str]] = [
    (C.REFERRAL_STATUS, R, "Re: {patient}, DOB {dob}. We received your referral but it is missing the diagnosis code. Please resend with ICD-10 so we can schedule."),
    (C.REFERRAL_STATUS, R, "Referral for {patient} (DOB {dob}) has been received and the patient is scheduled for {date}. Consult note to follow."),
    (C.REFERRAL_STATUS, R, "We have tried to reach {patient} three times to schedule the referred consult without success. Please advise or confirm phone number on file."),
    (C.REFERRAL_STATUS, R, "Referral status update: {patient}, DOB {dob}, is on our waitlist; first available new-patient slot is about {weeks} weeks out."),
    (C.REFERRAL_STATUS, R, "Patient {patient} declined to schedule with our office and asked to be referred elsewhere. Closing the referral on our side."),
    (C.REFERRAL_STATUS, R, "The referral for {patient} expired before the visit. Please send a new referral so we can keep the {date} appointment."),
    (C.REFERRAL_STATUS, R, "Consult completed for {patient} on {date}. Recommendations faxed separately; we will see the patient back in 3 months."),
    (C.REFERRAL_STATUS, R, "Please confirm whether {patient}'s referral is for evaluation only or evaluation and treatment."),
    (C.RECORDS_REQUEST, R, "Please fax the last two office notes and recent labs for {patient}, DOB {dob}, ahead of the consult on {date}."),
    (C.RECORDS_REQUEST, R, "Requesting imaging reports and medication list for our mutual patient {patient} (DOB {dob})."),
    (C.RECORDS_REQUEST, R, "Signed release attached. Please send immunization history for {patient}."),
    (C.INSURANCE_AUTHORIZATION, R, "{insurer} requires a PCP authorization on file before we can see {patient}. Please submit the auth and send us the number."),
    (C.INSURANCE_AUTHORIZATION, R, "Prior authorization for {patient}'s procedure was denied pending PCP documentation. Please send supporting notes to {insurer}."),
    (C.FOLLOW_UP_QUESTION, R, "Following our consult, we recommend {patient} follow up with PCP in {weeks} weeks for blood pressure recheck. Please arrange."),
    (C.TEST_RESULT_QUESTION, R, "Sending {test} results for {patient} obtained at our office; please review and discuss with the patient at the next visit."),
    (C.CLINICAL_CONCERN, U, "Seen today: {patient}, BP 188/112 in clinic, asymptomatic. Recommend same-day PCP review of antihypertensives."),
    (C.CLINICAL_CONCERN, U, "FYI {patient} reported new shortness of breath on exertion at today's PT session; we held therapy. Please evaluate today."),
]

INTERNAL_NOTES: list[tuple[C, Urgency, str]] = [
    (C.NEW_APPOINTMENT, R, "Pt {patient} asked at checkout to book annual physical, no slots in the system past {date}. Please call to schedule."),
    (C.NEW_APPOINTMENT, R, "{provider} wants {patient} seen for a new-problem visit next week, 30 min slot please."),
    (C.FOLLOW_UP_QUESTION, R, "{provider}: please schedule {patient} for a 2-week med check after the {drug} dose change."),
    (C.FOLLOW_UP_QUESTION, R, "Pt asked whether she still needs the 6 month follow-up now that {specialty} is managing. Please clarify with {provider}."),
    (C.REFILL_REQUEST, R, "Pharmacy called for {patient}: {drug} refill request, last filled 90 days ago. Routing to clinical inbox."),
    (C.REFILL_REQUEST, U, "{patient} at front desk, out of {drug} since yesterday, says cannot miss doses. Needs Rx sent today."),
    (C.TEST_RESULT_QUESTION, R, "{patient} called re: {test} results, wants a call from the nurse to go over them. Prefers {callback}."),
    (C.TEST_RESULT_QUESTION, U, "Critical lab called in for {patient}: potassium 6.1. Please review and call pt today."),
    (C.CLINICAL_CONCERN, U, "Walk-in {patient} reports fever 102 and worsening cough x3 days, no appts left today. Needs nurse triage."),
    (C.CLINICAL_CONCERN, E, "{patient} in the lobby says chest tightness and feels faint. 911 called, notifying {provider}."),
    (C.LANGUAGE_ASSISTANCE, R, "{patient} prefers Spanish; please book interpreter for the visit on {date} and flag the chart."),
    (C.RECORDS_REQUEST, R, "Release form received from {patient} for records to {specialty}. Please process."),
    (C.BILLING_QUESTION, R, "{patient} disputed a {amount} charge at checkout, said insurance should have paid. Routing to billing."),
    (C.PROVIDER_MESSAGE, R, "For {provider}: {patient} dropped off a thank-you card and a home BP log, in your box."),
    (C.ADMINISTRATIVE_QUESTION, R, "{patient} locked out of the portal again, reset link not arriving. Can someone check the email on file?"),
]

# Appointment-form pieces. "Reason" is short because a form's free-text box invites it.
VISIT_TYPES_EN = ("New patient visit", "Annual physical", "Sick visit",
                  "Medicare wellness visit", "Follow-up visit", "Telehealth visit")
VISIT_TYPES_ES = ("Consulta de paciente nuevo", "Examen físico anual", "Consulta por enfermedad",
                  "Visita de seguimiento", "Consulta por video")
PREFERRED_TIMES_EN = ("Weekday mornings", "Tue/Thu after 3pm", "Any time {day}", "Early morning before work",
                      "Fridays", "Lunch hour", "Next available")
PREFERRED_TIMES_ES = ("Entre semana en la mañana", "Martes o jueves después de las 3", "Cualquier hora el {day}",
                      "Temprano antes del trabajo", "Los viernes", "La primera disponible")
APPOINTMENT_REASONS_EN: list[tuple[C, Urgency, str]] = [
    (C.NEW_APPOINTMENT, R, "Yearly checkup"), (C.NEW_APPOINTMENT, R, "Establish care, moved here in August"),
    (C.NEW_APPOINTMENT, R, "School physical form"), (C.NEW_APPOINTMENT, R, "Want to discuss weight loss options"),
    (C.NEW_APPOINTMENT, R, "Skin tag removal"), (C.NEW_APPOINTMENT, R, "Travel vaccines for a trip in March"),
    (C.RESCHEDULE_CANCEL, R, "Need to reschedule my visit on {date}, conflict at work"),
    (C.RESCHEDULE_CANCEL, R, "Cancel appointment on {date}, will rebook"),
    (C.CLINICAL_CONCERN, U, "Fever and bad sore throat 3 days, hard to swallow"),
    (C.CLINICAL_CONCERN, E, "Chest pain since this morning, pressure in chest"),
]
APPOINTMENT_REASONS_ES: list[tuple[C, Urgency, str]] = [
    (C.NEW_APPOINTMENT, R, "Chequeo anual"), (C.NEW_APPOINTMENT, R, "Quiero ser paciente, me mudé en agosto"),
    (C.NEW_APPOINTMENT, R, "Forma física para la escuela"), (C.NEW_APPOINTMENT, R, "Vacunas para viajar a México"),
    (C.NEW_APPOINTMENT, R, "Revisión de la presión"),
    (C.RESCHEDULE_CANCEL, R, "Necesito cambiar mi cita del {date}, tengo trabajo"),
    (C.RESCHEDULE_CANCEL, R, "Cancelar la cita del {date}"),
    (C.CLINICAL_CONCERN, U, "Fiebre y dolor de garganta fuerte desde hace 3 días"),
    (C.CLINICAL_CONCERN, E, "Dolor de pecho desde la mañana, como presión"),
]

# Web-form topic menus, as a clinic website would offer them.
WEB_FORM_TOPICS_EN = {
    C.NEW_APPOINTMENT: "Appointments", C.RESCHEDULE_CANCEL: "Appointments", C.BILLING_QUESTION: "Billing",
    C.RECORDS_REQUEST: "Medical records", C.INSURANCE_AUTHORIZATION: "Insurance",
}
WEB_FORM_TOPICS_ES = {
    C.NEW_APPOINTMENT: "Citas", C.RESCHEDULE_CANCEL: "Citas", C.BILLING_QUESTION: "Facturación",
    C.RECORDS_REQUEST: "Expediente médico", C.INSURANCE_AUTHORIZATION: "Seguro",
}
