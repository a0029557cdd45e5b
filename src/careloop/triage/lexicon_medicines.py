"""Critical medicines: the ones whose running out, loss or missed dose is same-day urgent.

One alternation in the lexicons' mini-language, used by the out-of-medicine rules of every
lexicon (lexicon_en, lexicon_es, lexicon_compose).
"""

from __future__ import annotations

# Medicines whose sudden interruption can be dangerous within a day: insulin, anticoagulants
# and antiplatelets after stents, anti-seizure drugs, transplant immunosuppressants,
# adrenal steroids, rescue inhalers, nitroglycerin, epinephrine, HIV and opioid-use
# treatment, Parkinson's levodopa, clozapine.
CRITICAL_MEDICATIONS = (
    # Voice-to-text splits a drug name into words: "my war Farren", "his tack ro limus".
    # (Spelt out, so that each has a long literal for the prefilter: "ke", "el" are in everything.)
    r"(?:war far[aeiy]n\w*|war farr[aeiy]n\w*|warfarr[aeiy]n\w*|warfar[eiy]n\w*|tack ro limus|all view tear all|al view tear all|al buter all|hydro cortisone|hydro cortisol|al butero|albutero|al buterol|deppa coat|depa coat|deppa cote|depa cote|deppa code|omni pod|omni pods|doba toe|dove a toe|no vo log|novo log|la beta lol|labeta lol|tack rolimus|tacro limus|tac ro limus|pro graf|eli quis|elliquis|elequis|zarelto|sarelto|kepra|lamo trigine|"
    # A heart failure patient without the diuretic fills with fluid within days.
    r"furosemide|furosemida|lasix|bumetanide|bumex|torsemide|land us|lantis|jakafi|jacket fee|ruxolitinib|"
    # Glaucoma drops keep the eye pressure down day by day; an antipsychotic or lithium stopped
    # brings the illness back; sildenafil or bosentan for pulmonary hypertension cannot stop.
    r"timolol|latanoprost|xalatan|dorzolamide|brimonidine|combigan|cosopt|glaucoma drops|gotas (?:del|para el|de) glaucoma|"
    r"quetiapin[ae]|seroquel|risperidon[ae]|risperdal|olanzapin[ae]|zyprexa|aripiprazol[e]?|abilify|lithium|litio|"
    r"sildenafil|revatio|bosentan|tracleer|"
    # Nifedipine and labetalol hold a pregnancy's or a new mother's blood pressure down.
    r"nifedipin[ae]|procardia|adalat|"
    r"heart (?:pills?|meds|medicines?|medications?)|(?:medicina|medicinas|pastilla|pastillas|medicamento|medicamentos) (?:de|para|del) (?:la |el )?corazon|(?:la|las|el|los) del corazon|"
    r"insulin\w*|insulina|lantus|humalog|novolog|levemir|tresiba|basaglar|toujeo|admelog|fiasp|"
    r"lyumjev|semglee|humulin|novolin|eliquis|apixaban|xarelto|rivaroxaban|warfarin|coumadin|"
    r"jantoven|pradaxa|dabigatran|lovenox|enoxaparin|plavix|clopidogrel|brilinta|ticagrelor|"
    r"effient|prasugrel|keppra|levetiracetam|lamotrigine|lamictal|depakote|valpro\w*|dilantin|"
    r"phenytoin|carbamazepine|tegretol|topiramate|topamax|vimpat|lacosamide|oxcarbazepine|"
    r"trileptal|zonisamide|briviact|xcopri|onfi|clobazam|tacrolimus|prograf|envarsus|"
    r"cyclosporine|neoral|mycophenolate|cellcept|myfortic|sirolimus|hydrocortisone|"
    r"fludrocortisone|prednison\w*|(?:prednisolone|prednisolona)(?! (?:acetate|eye|drops|ophthalmic|gotas))|orapred|albuterol|ventolin|proair|proventil|rescue inhaler|"
    r"inhalador de rescate|nitroglycerin\w*|nitro|nitroglicerina|epipen\w*|epinephrine|"
    r"hidrocortisona|prednisona|fludrocortisona|warfarina|ciclosporina|micofenolato|fenitoina|carbamazepina|acido valproico|valproato|levetiracetam|lamotrigina|topiramato|clozapina|metadona|buprenorfina|"
    r"a liquis|el iquis|hue ma log|hu ma log|in sue lin|lance us|"
    # Transplant and recovery medicines as voice-to-text writes them: "tack row limits",
    # "mico fenolato el cel sept", "la bupre nor fina".
    r"tack row limits|tack ro limus|tacro limus|mico fenolato|mico phenolate|cel sept|sell sept|cell sept|bupre nor fina|bupre norfina|bu pre nor fina|"
    # ... and lactulose ("lack chew lows") and flecainide ("flek and ide").
    r"lack chew lows|lack chew lose|lack to lows|lacked you lows|flek and ide|fleck and ide|flec and ide|fleck a nide|"
    # ... clopidogrel ("clo pid a grill", "play vicks"), vigabatrin ("sabre ill"), warfarin ("guar
    # farina", "war for in"), prednisone ("pred new zone") and Biktarvy ("vic tarvi").
    r"clo pid a grill|clopida grill|clo pido grel|play vicks|plav ix|sabre ill|sabrill|guar farina|guarfarina|war farina|war for in|war far in|"
    r"pred new zone|pred ni zone|pred nice own|vic tarvi|vic tarvy|bic tarvi|big tarvy|"
    # Guanfacine stopped at once raises blood pressure with a rebound, like clonidine.
    r"guanfacine|intuniv|tenex|"
    # Cystic fibrosis: the CFTR modulator taken twice a day, and the pancreatic enzymes without
    # which a child cannot digest a meal.
    r"trikafta|kalydeco|symdeko|orkambi|alyftrek|elexacaftor|ivacaftor|creon|zenpep|pancreaze|pertzye|viokace|pancrelipase|"
    # Blood pressure medicines of pregnancy and after a birth ("nifty peen"), and a fentanyl patch.
    r"nifedipine|nifedipino|procardia|adalat|nifty peen|nifty pean|fentanyl patch\w*|duragesic|parche de fentanilo|"
    # More antiseizure medicines, for epilepsies a missed dose can break through.
    r"vigabatrin|sabril|vigadrone|epidiolex|cannabidiol|fintepla|fenfluramine|diacomit|stiripentol|banzel|rufinamide|fycompa|perampanel|zarontin|ethosuximide|felbamate|felbatol|primidone|mysoline|phenobarbital|fenobarbital|"
    # Hepatitis C treatment: a course of daily pills, like HIV treatment, that missed days
    # put at risk (a specialty pharmacy asking for a bridge the same day).
    r"epclusa|mavyret|harvoni|vosevi|zepatier|sofosbuvir|velpatasvir|glecaprevir|ledipasvir|(?:hep c|hepatitis c) (?:meds|medicines?|medications?|pills|treatment)|"
    # Antifibrotics for lung fibrosis, the rescue inhaler said as "el de rescate", and an oxygen
    # concentrator that stopped (one tank left). (Not controller inhalers or oxygen as such:
    # running low on Symbicort, or oxygen denied by insurance, were routine to their authors.)
    r"pirfenidone|esbriet|ofev|nintedanib|el de rescate|oxygen concentrator|concentrator|biktarvy|truvada|descovy|genvoya|triumeq|dovato|odefsey|symtuza|suboxone|sub ox own|sub oxone|buprenorphine|bupe|subutex|zubsolv|sublocade|"
    # An IVF cycle's injections are timed to the day (a missed antagonist dose can mean an early
    # ovulation and a lost cycle); the progesterone pessaries that support the pregnancy.
    r"ganirelix|cetrotide|cetrorelix|menopur|gonal f|follistim|ovidrel|trigger shot|ovulos vaginales|pro jester ona|"
    r"blue inhaler|inhalador azul|inhalador de emergencia|rescue puffer|"
    # Beta blockers and clonidine: stopping at once can rebound the blood pressure or pulse.
    r"morphine|morfina|hydromorphone|methadone|metadona|carbidopa|levodopa|sinemet|clozapine|clozapina|clozaril|clonidine|clonidina|labetalol|metoprolol|propranolol|carvedilol|atenolol|"
    r"seizure (?:medicine|medication|meds|pills?)|medicina (?:de|para) (?:las )?(?:convulsiones|ataques)|"
    # Post-exposure prophylaxis only works if no day of the 28 is missed.
    r"pep|post exposure prophylaxis|antiretroviral\w*|(?:hiv|vih) (?:meds|medicines?|medications?|pills?|tablets?|regimen)|(?:pastillas?|medicinas?|medicamentos?|tratamiento) (?:del|de|para el|contra el) (?:vih|hiv)|(?:meds|medicines?|medications?|pills?) for (?:my |his |her )?(?:hiv|vih)|emtricitabine|tenofovir|dolutegravir|tivicay|raltegravir|isentress|darunavir|prezista|"
    # Rhythm drugs (dofetilide is restarted only in hospital once stopped), and a hospice
    # comfort kit's medicines, which keep a dying patient out of distress.
    r"dofetilide|tikosyn|amiodarone|pacerone|sotalol|betapace|flecainide|propafenone|dronedarone|multaq|digoxin|lanoxin|"
    r"comfort kit|hospice kit|lorazepam|ativan|haloperidol|haldol|"
    # Opioids a cancer or hospice patient takes around the clock (a fentanyl patch is changed
    # on schedule): without them, pain and withdrawal within the day.
    r"fentanyl\w*|fentanilo|duragesic|oxycodone|oxicodona|oxycontin|roxicodone|dilaudid|hidromorfona|roxanol|"
    # Daily oral cancer treatment: a prostate cancer pill, a chemotherapy tablet.
    r"xtandi|enzalutamide|enzalutamida|zytiga|abiraterone|abiraterona|orgovyx|relugolix|erleada|apalutamide|nubeqa|darolutamide|"
    r"capecitabine|xeloda|imatinib|gleevec|imbruvica|ibrutinib|revlimid|lenalidomide|tagrisso|osimertinib|ibrance|palbociclib|verzenio|abemaciclib|lynparza|olaparib|temodar|temozolomide|sprycel|dasatinib|tasigna|nilotinib|calquence|acalabrutinib|oral chemo\w*|quimio oral|chemo pills|(?:prostate |breast )?cancer (?:pills?|medicine|medication|meds)|(?:pastillas?|medicinas?) (?:del|para el|contra el) cancer|"
    # A seizure rescue medicine (nasal midazolam or diazepam, rectal diazepam) kept at home for
    # clusters; calcitriol after the parathyroids were hurt in thyroid surgery; TB treatment,
    # which must not lapse; IV antibiotics given at home (OPAT) for a deep infection.
    r"nayzilam|valtoco|diastat|rescue (?:seizure )?(?:med|meds|medicine|medication|spray)|calcitriol|rocaltrol|"
    # (Normalising reads Spanish SMS "tb" as "tambien": "las pastillas de la tb" arrives as
    # "las pastillas de la tambien".)
    r"tb (?:meds|pills|medicine|medication|treatment)|(?:pastillas|medicinas?|tratamiento) (?:de|para|contra) (?:la )?(?:tb|tambien|tuberculosis)|rifampin|rifampicina|isoniazid|isoniazida|rifapentine|priftin|"
    r"daptomycin|daptomicina|vancomycin|vancomicina|ertapenem|invanz|ceftriaxone|ceftriaxona|cefazolin|opat|iv antibiotic\w*|home infusion|"
    # Dexamethasone for brain metastases or cord compression: the swelling comes back fast.
    r"dexamethasone|dexametasona|decadron|"
    # Lactulose and rifaximin keep hepatic encephalopathy away ("cuando no la toma se pone
    # bien confundido"); hereditary angioedema's on-demand medicines treat a throat attack.
    r"lactulos[ae]|rifaximin\w*|xifaxan|icatibant|firazyr|sajazir|berinert|ruconest|kalbitor|ecallantide|on demand (?:medication|medicine|treatment)|"
    # Puerto Rican and Dominican Spanish call an inhaler "la pompa" / "la bombita".
    r"pompa|pompita|bombita|auvi q|epinefrina|"
    # A medicine named by what it is for: "the cap rah for her seizures ... we're out".
    r"(?:for|para) (?:her|his|my|their|the|sus|mis|las|los) (?:seizures|epilepsy|convulsiones|epilepsia|ataques)|"
    # An insulin pump's supplies are its insulin: no pod or infusion set, no insulin.
    r"omnipod\w*|insulin pods?|insulin pump|pump supplies|infusion sets?|"
    r"blood thinners?|anticoagulante|"
    # Baclofen (withdrawal can bring seizures), progesterone support of an IVF pregnancy, and
    # any medicine the writer was told never to stop or miss ("the RE said dont ever miss a
    # dose", "me dijo que no lo dejara de tomar de golpe").
    r"baclofen\w*|baclofeno|intrathecal pump|it pump|"
    # Myasthenia and Lambert-Eaton drugs taken every few hours (a missed day risks a crisis);
    # sickle cell's hydroxyurea; heparin flushes that keep a PICC line open.
    r"pyridostigmine|piridostigmina|mestinon|firdapse|amifampridine|fur daps|hydroxyurea|hidroxiurea|hydrea|droxia|hydro sea urea|"
    r"heparin (?:flush\w*|syringes?|lock)|jeringas de heparina|flush syringes|progesterone (?:suppositories|injections?|shots?|in oil)|progesterona (?:en )?(?:ovulos|inyecciones?|supositorios)|"
    # ("she cant miss a day", "no puede faltar ni un dia".)
    r"(?:cant|can not|cannot|shouldnt|must not|mustnt|should not) (?:ever )?(?:miss|skip) (?:a day|a dose|any doses?|a single (?:day|dose)|one)|no (?:puede|debe|puedo|debo) faltar ni un dia|"
    r"(?:dont|do not|never|not to) (?:ever )?(?:stop|miss|skip) (?:a dose|any doses?|it|them|taking)|no (?:lo|la|los|las) (?:deje|dejara|dejes|dejaras|suspenda|suspendiera) de tomar|no (?:lo|la|los|las) (?:puedo|puede|debo|debe|podia|debia) dejar|(?:stop\w*|dejar\w*|suspend\w*)(?: \w+){0,3} (?:de golpe|abruptly|cold turkey))"
)
