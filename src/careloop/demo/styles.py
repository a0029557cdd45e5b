"""How people write in each channel: greetings, sign-offs, fillers, extra details.

Kept apart from the need phrasings so the same need can arrive as a terse SMS, a polite email
or a rambling voicemail — that variety is what makes a demo week look lived-in.
"""

from __future__ import annotations

EMAIL_GREETINGS = {
    "en": ("Hello,", "Hi,", "Good morning,", "Dear {provider}'s office,", "Hi there,", "To whom it may concern,", ""),
    "es": ("Hola,", "Buenos días:", "Buenas tardes,", "Estimada oficina de {provider}:", "Buen día,", ""),
}
EMAIL_CLOSINGS = {
    "en": ("Thank you,", "Thanks so much,", "Best,", "Regards,", "Thanks in advance,", "Sincerely,"),
    "es": ("Gracias,", "Muchas gracias,", "Saludos,", "Atentamente,", "Bendiciones,", "Gracias de antemano,"),
}
EMAIL_FOOTERS = {
    "en": ("", "", "Sent from my iPhone", "Sent from my phone, please excuse typos"),
    "es": ("", "", "Enviado desde mi iPhone", "Enviado desde mi celular"),
}
PORTAL_OPENERS = {
    "en": ("Hi {provider},", "Hello,", "Hi team,", "Good afternoon,", ""),
    "es": ("Hola {provider},", "Hola,", "Buenas tardes,", "Buenos días doctor,", ""),
}
PORTAL_CLOSERS = {
    "en": ("Thanks, {first}", "Thank you!", "- {first}", "Appreciate it.", ""),
    "es": ("Gracias, {first}", "¡Gracias!", "- {first}", "Que tenga buen día.", ""),
}
# Optional second sentence: the details people add without being asked.
DETAILS = {
    "en": (
        "{dob_sentence}", "You can call me at {phone_pretty}.", "Best way to reach me: {callback}.",
        "I'm available most afternoons.", "I work nights so texting is easier.", "I already called once last week.",
        "My insurance is {insurer} if that matters.", "Please call, don't text.",
    ),
    "es": (
        "{dob_sentence}", "Me pueden llamar al {phone_pretty}.", "Para comunicarse conmigo: {callback_es}.",
        "Casi siempre estoy disponible en la tarde.", "Trabajo de noche, mejor mándenme mensaje.",
        "Ya había llamado la semana pasada.", "Mi seguro es {insurer} por si acaso.", "Por favor llamen, no manden texto.",
    ),
}
CALLBACK_ES = {
    "mornings": "en la mañana", "afternoons": "en la tarde", "after 5pm": "después de las 5",
    "text first": "mándenme mensaje primero", "lunchtime": "a la hora de la comida", "any time": "a cualquier hora",
    "email only": "mejor por correo", "leave a voicemail": "y dejen mensaje si no contesto",
    "call the daughter's number first": "al número de mi hija primero", "weekdays before noon": "entre semana antes del mediodía",
}
# Spanish texters use tú with the front desk as often as usted, so both show up here.
SMS_OPENERS = {"en": ("", "", "hi ", "hey ", "hello "), "es": ("", "", "hola ", "buenas ", "hola buenos dias ", "oye ")}
SMS_CLOSERS = {"en": ("", "", " thx", " thanks!", " ty", " pls call me"),
               "es": ("", "", " gracias", " grax", " porfa", " gracias!!", " me avisas?", " me llamas porfa")}
# Texting shorthand; applied word by word, so only whole words are swapped.
SMS_SHORTHAND = {
    "en": {"please": "pls", "you": "u", "your": "ur", "thanks": "thx", "tomorrow": "tmrw", "appointment": "appt",
           "because": "bc", "are": "r", "prescription": "rx"},
    "es": {"por favor": "porfa", "que": "q", "también": "tmb", "porque": "xq", "para": "pa", "mensaje": "msj",
           "gracias": "grax"},
}
FILLERS = {"en": ("um,", "uh,", "so,", "like,", "um", "you know,"), "es": ("este,", "eh,", "o sea,", "pues,", "mmm,", "bueno,")}
VOICEMAIL_OPENERS = {
    "en": ("Hi, um, this is {first} {last}, date of birth {dob_spoken}.", "Yeah hi, this message is for {provider}, this is {first}.",
           "Hello, it's {first} {last} calling.", "Hi, uh, my name is {first} {last}, my birthday is {dob_spoken}."),
    "es": ("Hola, este, habla {first} {last}, mi fecha de nacimiento es {dob_spoken}.", "Bueno, sí, hola, le habla {first}.",
           "Buenas tardes, mi nombre es {first} {last}.", "Hola, eh, soy {first} {last}, nací el {dob_spoken}."),
}
# A caregiver introduces themself, then the person they call about.
CAREGIVER_VOICEMAIL_OPENERS = {
    "en": ("Hi, um, this is {first} {last}, I'm calling about {patient_first}, date of birth {dob_spoken}.",
           "Hello, this is {first}, calling for {patient}, birthday {dob_spoken}.",
           "Yeah hi, uh, it's {first} {last}, {patient_first}'s family."),
    "es": ("Hola, este, habla {first} {last}, le llamo por {patient_first}, nació el {dob_spoken}.",
           "Buenas tardes, soy {first}, llamo por {patient}, su fecha de nacimiento es {dob_spoken}.",
           "Bueno, hola, habla {first} {last}, de la familia de {patient_first}."),
}
VOICEMAIL_CLOSERS = {
    "en": ("Um, you can call me back at {phone_spoken}. Thanks, bye.", "My number is {phone_spoken}. Okay, thank you.",
           "Please call me back, thanks.", "Okay, bye bye."),
    "es": ("Me puede regresar la llamada al {phone_spoken}. Gracias, bye.", "Mi número es {phone_spoken}. Bueno, gracias.",
           "Por favor regrésenme la llamada, gracias.", "Bueno, gracias, adiós."),
}
CALL_NOTE_FORMS = {
    "en": ('Call from {first} {last} (DOB {dob}). Caller says: "{core}" Callback preference: {callback}.',
           "Inbound call, {first} {last}. {core} Callback preference: {callback}.",
           "Pt {first} {last} called. States: {core}"),
    "es": ('Llamada de {first} {last} (DOB {dob}), en español. Dice: "{core}" Preferencia para regresar la llamada: {callback_es}.',
           "Llamada de {first} {last}: {core} Pide que le regresen la llamada."),
}
CAREGIVER_CALL_NOTE_FORMS = {
    "en": ('Call from {first} {last} re: {patient} (DOB {dob}). Caller says: "{core}" Callback preference: {callback}.',
           "Inbound call, {first} {last} (for {patient}). {core} Callback preference: {callback}.",
           "{first} {last} called about {patient}. States: {core}"),
    "es": ('Llamada de {first} {last} sobre {patient} (DOB {dob}), en español. Dice: "{core}" Preferencia para regresar la llamada: {callback_es}.',
           "Llamada de {first} {last} por {patient}: {core} Pide que le regresen la llamada."),
}
AFTER_HOURS_FORMS = {
    "en": ("ANSWERING SERVICE MESSAGE\nCaller: {first} {last}\nPatient: {patient}\nCallback: {phone_pretty}\nDOB: {dob}\nMessage: {core}",
           "After-hours message taken by operator.\nName: {first} {last}, callback {phone_pretty}, patient {patient}.\nCaller states: {core}"),
    "es": ("MENSAJE DEL SERVICIO DE CONTESTACIÓN\nPersona que llama: {first} {last}\nPaciente: {patient}\nTeléfono: {phone_pretty}\nFecha de nacimiento: {dob}\nMensaje: {core}",
           "Mensaje fuera de horario tomado por la operadora.\nNombre: {first} {last}, teléfono {phone_pretty}, paciente {patient}.\nLa persona dice: {core}"),
}
