"""Slot values for the seeded corpus expander (generate.py).

All people, practices and phone numbers are invented; phone numbers use the 555-01xx
fictional range so a corpus line can never reach a real person.
"""

from __future__ import annotations

FIRST_EN = [
    "Alan", "Beth", "Carla", "Derek", "Elaine", "Frank", "Gina", "Howard", "Irene", "Jack",
    "Kendra", "Leon", "Mona", "Nate", "Olive", "Pete", "Quinn", "Rita", "Scott", "Tara",
    "Uma", "Victor", "Wendy", "Xavier", "Yvonne", "Zach", "Holly", "Bruce", "Dana", "Megan",
]
LAST_EN = [
    "Abbott", "Barlow", "Crane", "Dorsey", "Ellison", "Fowler", "Garrett", "Hensley",
    "Ingram", "Jarvis", "Keller", "Lowry", "Mercer", "Norwood", "Osborne", "Pruitt",
    "Quinlan", "Rowe", "Sutter", "Tillman", "Vance", "Whitaker", "Yates", "Zeller",
]
FIRST_ES = [
    "Adriana", "Beatriz", "Camilo", "Delia", "Efraín", "Fabiola", "Gerardo", "Hilda",
    "Ignacio", "Josefina", "Leticia", "Mauricio", "Nayeli", "Octavio", "Paloma", "Rigoberto",
    "Socorro", "Tomás", "Ulises", "Yolanda", "Maribel", "Rogelio", "Xóchitl", "Inés",
]
LAST_ES = [
    "Arellano", "Barajas", "Cervantes", "Duarte", "Escobedo", "Figueroa", "Galván",
    "Huerta", "Irigoyen", "Jaramillo", "Lozano", "Medrano", "Navarrete", "Olmos",
    "Peralta", "Quiroz", "Rosales", "Saucedo", "Treviño", "Valdez", "Zamora", "Becerra",
]
DOCTORS = [
    "Hartley", "Mendoza", "Osei", "Lindqvist", "Chaudhry", "Bianchi", "Nakamura", "Ferreira",
    "Kim", "Abernathy", "Soto", "Whitman", "Delacroix", "Iyer",
]
DRUGS = [
    "metformin", "lisinopril", "atorvastatin", "amlodipine", "levothyroxine", "sertraline",
    "omeprazole", "losartan", "gabapentin", "albuterol", "montelukast", "insulin glargine",
    "escitalopram", "hydrochlorothiazide", "metoprolol", "prednisone", "fluoxetine",
    "pantoprazole", "tamsulosin", "warfarin", "apixaban", "bupropion", "trazodone",
    "methylphenidate", "carvedilol", "furosemide", "estradiol", "lamotrigine",
]
DRUGS_ES = [
    "metformina", "losartán", "atorvastatina", "amlodipino", "levotiroxina", "omeprazol",
    "insulina", "sertralina", "gabapentina", "el inhalador", "las pastillas de la presión",
    "las pastillas del azúcar", "la pastilla de la tiroides", "el ibuprofeno recetado",
    "metoprolol", "la crema para la piel", "las vitaminas prenatales", "el salbutamol",
]
DOSES = ["5 mg", "10 mg", "20 mg", "25 mg", "40 mg", "50 mg", "100 mg", "500 mg", "1000 mg"]
PHARMACIES = [
    "Walgreens on Birch St", "CVS on 3rd Ave", "Rite Aid by the mall", "Safeway pharmacy",
    "the Costco pharmacy", "Kroger pharmacy", "the Target CVS", "Walmart on Route 9",
    "my mail-order pharmacy", "the hospital outpatient pharmacy", "Sunvale Drug",
]
PHARMACIES_ES = [
    "la Walgreens de la calle Pine", "el CVS de siempre", "la farmacia del Walmart",
    "la farmacia de la esquina", "la misma farmacia", "la farmacia Rite Aid",
]
TESTS_EN = [
    "blood work", "labs", "cholesterol panel", "A1c", "thyroid test", "urine test",
    "CBC", "mammogram", "ultrasound", "MRI", "CT scan", "x-ray", "pap smear", "biopsy",
    "stool test", "sleep study", "echocardiogram", "bone density scan", "strep test",
    "covid test", "kidney function test", "liver panel", "vitamin D level", "EKG",
]
TESTS_ES = [
    "análisis de sangre", "laboratorios", "examen de orina", "ultrasonido", "la mamografía",
    "la radiografía", "el papanicolaou", "la resonancia", "la tomografía", "los estudios",
    "el examen del colesterol", "la prueba de azúcar", "la biopsia", "el examen de tiroides",
    "la prueba del covid", "el electrocardiograma", "los análisis del riñón",
]
SPECIALISTS_EN = [
    "cardiology", "dermatology", "the orthopedist", "GI", "neurology", "the allergist",
    "physical therapy", "ENT", "endocrinology", "the urologist", "rheumatology",
    "the eye doctor", "behavioral health", "podiatry", "the sleep clinic", "pulmonology",
    "OB-GYN", "speech therapy", "the pain clinic", "oncology",
]
SPECIALISTS_ES = [
    "el cardiólogo", "el dermatólogo", "el ortopedista", "el gastroenterólogo",
    "el neurólogo", "el ginecólogo", "terapia física", "el oculista", "el endocrinólogo",
    "el urólogo", "el psicólogo", "el especialista de los riñones", "el alergólogo",
]
PARTNER_PRACTICES = [
    "Riverbend Cardiology", "Summit Orthopedic Group", "Lakeshore Imaging",
    "Northgate Physical Therapy", "Pinecrest Dermatology", "Harborview Hospital",
    "Meadowlark Home Health", "Bridgeport Neurology", "Clearwater GI Associates",
    "Oakridge Skilled Nursing", "Elmwood Behavioral Health", "Silverline Sleep Center",
]
INSURERS = [
    "Aetna", "Cigna", "Blue Cross", "United Healthcare", "Humana", "Kaiser", "Medicare",
    "Medicaid", "Tricare", "Anthem", "Molina", "Health Net", "Ambetter", "Oscar",
]
INSURERS_ES = ["Medi-Cal", "Molina", "Medicaid", "Medicare", "Blue Cross", "Aetna", "Cigna",
               "Health Net", "el seguro del trabajo", "Obamacare"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
TIMES = ["8:30", "9:00", "9:45", "10:15", "11:00", "1:30", "2:00", "3:15", "4:40"]
RELS_EN = ["my mom", "my dad", "my son", "my daughter", "my husband", "my wife",
           "my grandmother", "my grandpa", "my aunt"]
RELS_ES = ["mi mamá", "mi papá", "mi hijo", "mi hija", "mi esposo", "mi esposa",
           "mi abuelita", "mi abuelo", "mi suegra"]
LANGS_EN = ["Spanish", "Vietnamese", "Mandarin", "Cantonese", "Arabic", "Russian", "Tagalog",
            "Korean", "Punjabi", "Haitian Creole", "Somali", "Farsi", "Portuguese", "Mixtec",
            "Amharic", "Polish", "ASL", "Hmong", "Ukrainian"]
LANGS_ES = ["mixteco", "zapoteco", "triqui", "inglés", "náhuatl", "mam", "k'iche'", "portugués"]
AMOUNTS = ["$45", "$75", "$120", "$186.40", "$250", "$310", "$412", "$689", "$1,150", "$95"]
DIGITS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGITS_ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
AREA_CODES = ["209", "310", "415", "510", "559", "619", "707", "818", "909", "951"]
