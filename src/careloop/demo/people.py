"""Synthetic people and things for the demo week: names, places, drugs, tests, insurers.

Every name here is invented for the demo; the mix of Hispanic and non-Hispanic names and the
age spread (children, adults, elders) is what a US primary-care clinic's roster looks like,
so the demo's queues look like a real morning instead of a list of "Test Patient 1..n".
"""

from __future__ import annotations

FEMALE_FIRST_NAMES_HISPANIC = (
    "María", "Guadalupe", "Rosa", "Ana", "Lucía", "Carmen", "Alejandra", "Yesenia", "Marisol",
    "Daniela", "Ximena", "Fernanda", "Leticia", "Esperanza", "Gabriela", "Itzel", "Paola",
    "Valeria", "Juana", "Beatriz",
)
MALE_FIRST_NAMES_HISPANIC = (
    "José", "Juan", "Luis", "Carlos", "Miguel", "Jesús", "Francisco", "Alejandro", "Rogelio",
    "Héctor", "Mateo", "Santiago", "Emiliano", "Ramón", "Ernesto", "Diego", "Raúl", "Iván",
    "Arturo", "Joaquín",
)
FEMALE_FIRST_NAMES_OTHER = (
    "Emily", "Hannah", "Olivia", "Grace", "Aisha", "Mei", "Priya", "Naomi", "Tamika", "Linh",
    "Fatima", "Sarah", "Margaret", "Chloe", "Ingrid", "Keisha", "Yuki", "Deborah", "Zoe", "Ruth",
)
MALE_FIRST_NAMES_OTHER = (
    "James", "Michael", "David", "Ethan", "Malik", "Wei", "Arjun", "Samuel", "Darnell", "Minh",
    "Omar", "Thomas", "Robert", "Noah", "Lars", "Jamal", "Kenji", "Gerald", "Isaac", "Tyrone",
)
LAST_NAMES_HISPANIC = (
    "García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez",
    "Ramírez", "Flores", "Torres", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Castillo",
    "Vargas", "Mendoza", "Ruiz", "Aguilar", "Cervantes", "Domínguez", "Villanueva", "Salazar",
)
LAST_NAMES_OTHER = (
    "Johnson", "Nguyen", "Patel", "Okafor", "Kim", "Thompson", "Washington", "Chen", "Sullivan",
    "Haddad", "Andersen", "Brooks", "Tran", "Kowalski", "Murphy", "Singh", "Yamamoto", "Bennett",
    "Osei", "Fitzgerald", "Larsen", "Coleman", "Abernathy", "Delgado-Reyes", "Whitfield",
)

# Real US area codes (Pacific Northwest and California, where a demo clinic would plausibly be).
AREA_CODES = (
    "503", "971", "360", "541", "206", "253", "425", "509", "213", "323", "415", "510", "619",
    "707", "818", "909", "916", "925",
)

EMAIL_DOMAINS = ("example.org", "example.com", "example.net")

PROVIDERS = (
    "Dr. Okonkwo", "Dr. Lindqvist", "Dr. Alvarado", "Dr. Chen", "Dr. Bhatt", "Dr. Moreno",
    "Dr. Hollis",
)

DRUGS = (
    "lisinopril", "metformin", "atorvastatin", "amlodipine", "levothyroxine", "sertraline",
    "omeprazole", "losartan", "albuterol", "gabapentin", "insulin glargine", "escitalopram",
    "hydrochlorothiazide", "montelukast", "fluticasone", "metoprolol", "pantoprazole",
)

PHARMACIES_EN = (
    "the pharmacy on Alder Street", "Northgate Drug", "the Fairway Market pharmacy",
    "Riverside Pharmacy", "the pharmacy by the Eastport mall", "Cedar Hills Apothecary",
)
PHARMACIES_ES = (
    "la farmacia de la calle Alder", "Northgate Drug", "la farmacia del Fairway Market",
    "Riverside Pharmacy", "la farmacia cerca del mall de Eastport", "la farmacia Cedar Hills",
)

TESTS_EN = (
    "blood work", "A1C", "cholesterol panel", "chest X-ray", "ultrasound", "MRI", "urine test",
    "thyroid test", "mammogram", "CT scan", "kidney function labs", "strep test",
)
TESTS_ES = (
    "análisis de sangre", "A1C", "examen del colesterol", "radiografía", "ultrasonido",
    "resonancia", "examen de orina", "examen de la tiroides", "mamografía", "tomografía",
    "laboratorios del riñón", "prueba de estreptococo",
)

INSURERS = (
    "Cascade Health Plan", "Evergreen Medicaid", "Summit PPO", "BlueRiver Health", "Medicare",
    "Pacific Crest HMO", "Harborview Community Plan",
)

SPECIALTIES_EN = (
    "cardiology", "dermatology", "orthopedics", "GI", "endocrinology", "neurology", "physical therapy",
    "ENT", "rheumatology", "the eye doctor",
)
SPECIALTIES_ES = (
    "cardiología", "dermatología", "ortopedia", "gastro", "endocrinología", "neurología",
    "terapia física", "otorrino", "reumatología", "el oculista",
)

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)
TIMES_EN = ("9:15", "10:30", "11 am", "1:45", "2:30 pm", "3:00", "4:15", "8:45 am")
TIMES_ES = ("9:15", "10:30", "las 11", "1:45", "2:30 de la tarde", "las 3", "4:15", "8:45")

CALLBACK_PREFERENCES = (
    "mornings", "afternoons", "after 5pm", "text first", "lunchtime", "any time",
    "email only", "leave a voicemail", "call the daughter's number first", "weekdays before noon",
)

# Who a caregiver writes about; the key decides which relatives fit the patient's age and sex.
RELATIVES_EN = {
    ("child", "f"): ("my daughter",), ("child", "m"): ("my son",),
    ("elder", "f"): ("my mom", "my mother", "my wife", "my grandma"),
    ("elder", "m"): ("my dad", "my father", "my husband", "my grandpa"),
}
RELATIVES_ES = {
    ("child", "f"): ("mi hija", "mi niña"), ("child", "m"): ("mi hijo", "mi niño"),
    ("elder", "f"): ("mi mamá", "mi madre", "mi esposa", "mi abuelita"),
    ("elder", "m"): ("mi papá", "mi padre", "mi esposo", "mi abuelito"),
}

# Referral partners write as an office, with the fax line their EHR sends from.
REFERRAL_PARTNERS = (
    ("Bayview Cardiology Associates", "+15032274418"),
    ("Willamette Orthopedic Group", "+19712846630"),
    ("Northside Dermatology", "+15036429187"),
    ("Columbia Gastroenterology", "+13608921145"),
    ("Rose City Neurology", "+15032398874"),
    ("Summit Endocrine Clinic", "+15412764402"),
    ("Harbor Physical Therapy", "+12536318825"),
)

STAFF_AUTHORS = (
    "Dana Whitfield, MA", "Luz Contreras, RN", "Marcus Bell (front desk)", "Priya Raman, NP",
    "Dr. Okonkwo", "Dr. Alvarado", "Tess Ingram, LPN", "Jorge Beltrán (scheduling)",
)
