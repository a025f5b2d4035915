"""PLOVER typing of single sentences (sitrep.classify_plover), on sentences written for these tests."""

import json

import pytest

import sitrep
from sitrep.errors import SitrepError
from sitrep.plover import actors_for, load_countries, speaker_actor
from sitrep.resources import StatementLexicon, build, load_language
from sitrep.taxonomy import PLOVER_EVENTS

ENGLISH = [
    # verbal cooperation
    ("The rebels agreed to a ceasefire with the government of Chad.", "AGREE", None, "TCD"),
    ("The Kenyan foreign minister met his Ethiopian counterpart in Addis Ababa on Monday.", "CONSULT", "KEN", "ETH"),
    ("Germany welcomed the election of the new Nigerian president.", "SUPPORT", "DEU", "NGA"),
    ("The Tunisian government lifted the curfew in the capital on Sunday.", "CONCEDE", "TUN", "TUN"),
    # verbal conflict
    ("The United Nations urged Myanmar to release all political prisoners.", "REQUEST", "IGO", "MMR"),
    ("Pakistan accused India of violating the ceasefire in Kashmir.", "ACCUSE", "PAK", "IND"),
    ("Iran rejected a French proposal to limit its missile programme.", "REJECT", "IRN", "FRA"),
    ("Russia threatened to cut gas supplies to Moldova.", "THREATEN", "RUS", "MDA"),
    # material
    ("Japan sent humanitarian aid to the Philippines after the typhoon.", "AID", "JPN", "PHL"),
    ("Colombia extradited a drug trafficker to the United States.", "COOPERATE", "COL", "USA"),
    ("Hamas released two Thai hostages on Friday.", "RETREAT", "PSE", "THA"),
    ("North Korea deployed troops along its border with South Korea.", "MOBILIZE", "PRK", "KOR"),
    ("The European Union imposed sanctions on Belarus.", "SANCTION", "IGO", "BLR"),
    ("Police in Senegal arrested ten opposition activists in Dakar.", "COERCE", "SEN", "SEN"),
    ("Thousands of Kenyans protested in Nairobi against the new tax law.", "PROTEST", "KEN", "KEN"),
    ("Nigerian troops killed twenty militants in an ambush near Maiduguri.", "ASSAULT", "NGA", None),
]

FRENCH = [
    ("Le Soudan a accepté la proposition de médiation de l'Union africaine.", "AGREE", "SDN", "IGO"),
    ("Le président sénégalais a rencontré son homologue malien à Dakar.", "CONSULT", "SEN", "MLI"),
    ("La France a salué l'élection du nouveau président ghanéen.", "SUPPORT", "FRA", "GHA"),
    ("Le gouvernement ivoirien a levé le couvre-feu à Abidjan.", "CONCEDE", "CIV", "CIV"),
    ("L'ONU a exigé que le Soudan autorise l'accès humanitaire au Darfour.", "REQUEST", "IGO", "SDN"),
    ("Le Mali a accusé la France de soutenir les groupes armés dans le nord du pays.", "ACCUSE", "MLI", "FRA"),
    ("Le Niger a rejeté la demande de la Cedeao.", "REJECT", "NER", "IGO"),
    ("Moscou a menacé de rompre ses relations diplomatiques avec Kiev.", "THREATEN", "RUS", "UKR"),
    ("Le Japon a envoyé une aide humanitaire aux Philippines.", "AID", "JPN", "PHL"),
    ("Le Hamas a libéré deux otages thaïlandais vendredi.", "RETREAT", "PSE", None),
    ("La Corée du Nord a déployé des troupes le long de sa frontière avec la Corée du Sud.", "MOBILIZE", "PRK", "KOR"),
    ("L'Union européenne a imposé des sanctions à la Biélorussie.", "SANCTION", "IGO", "BLR"),
    ("La police sénégalaise a arrêté une vingtaine d'opposants à Dakar.", "COERCE", "SEN", "SEN"),
    ("Des milliers de Kényans ont manifesté à Nairobi contre la hausse des impôts.", "PROTEST", "KEN", "KEN"),
    ("Le Burkina Faso a expulsé deux diplomates français.", "SANCTION", "BFA", "FRA"),
]

GRAMMAR = [
    # cooperation announced for the future is an AGREE, conflict a THREATEN (PLOVER)
    ("Turkey said it would reopen its border with Armenia.", "en", "AGREE", "TUR", "ARM"),
    ("Algeria said it will expel the French ambassador.", "en", "THREATEN", "DZA", "FRA"),
    ("Washington a annoncé qu'il suspendrait son aide militaire à l'Ouganda.", "fr", "THREATEN", "USA", "UGA"),
    ("Le Tchad a annoncé qu'il rouvrira sa frontière avec le Soudan.", "fr", "AGREE", "TCD", "SDN"),
    # refused cooperation is a REJECT
    ("Hungary said it will not accept refugees from Syria.", "en", "REJECT", "HUN", "SYR"),
    ("Le Maroc a annoncé qu'il n'accueillera plus de réfugiés syriens.", "fr", "REJECT", "MAR", "SYR"),
    # an obligation in reported speech is the speaker's demand on the subject
    ("The Egyptian foreign minister said Israel must end its blockade of Gaza.", "en", "REQUEST", "EGY", "ISR"),
    ("Le président algérien a déclaré que la France devait reconnaître ses crimes coloniaux.", "fr", "REQUEST", "DZA", "FRA"),
    # the reporter of a sentence is not its actor
    ("Yemen rejected a Saudi offer of talks, a government spokesman said on Monday.", "en", "REJECT", "YEM", "SAU"),
    # capitals and seats of power as metonyms, IGOs
    ("Washington condemned the missile test carried out by Pyongyang.", "en", "ACCUSE", "USA", "PRK"),
    ("The Kremlin denounced the new sanctions announced by London.", "en", "ACCUSE", "RUS", "GBR"),
    ("NATO warned Serbia against any military move in Kosovo.", "en", "THREATEN", "IGO", "SRB"),
    ("Le Kremlin a dénoncé les nouvelles sanctions annoncées par Londres.", "fr", "ACCUSE", "RUS", "GBR"),
    # passive: the subject suffers the action; a French reflexive is not a passive
    ("Two Malian soldiers were killed by jihadists near Gao.", "en", "ASSAULT", None, "MLI"),
    ("Les troupes tchadiennes se sont retirées de la ville de Faya.", "fr", "RETREAT", "TCD", None),
    # an unnamed actor is of the place it acts in
    ("Gunmen abducted three Italian engineers in northern Niger.", "en", "ASSAULT", "NER", "ITA"),
    # both sides of a joint action are partners; a pair cue beats a single word ("joint … exercises")
    ("Poland and Lithuania agreed to build a new gas pipeline.", "en", "AGREE", "POL", "LTU"),
    ("Senegal and Gambia will hold joint military exercises next month.", "en", "AGREE", "SEN", "GMB"),
    ("The World Bank approved a new loan to Malawi.", "en", "AID", "IGO", "MWI"),
    # words that are cues in one use only: "free elections", "grâce à", a resolution blocked, a square occupied
    ("The opposition in Uganda demanded free elections under international supervision.", "en", "REQUEST", "UGA", None),
    ("China blocked a Security Council resolution on Myanmar.", "en", "REJECT", "CHN", "IGO"),
    ("Students occupied the main square of Dhaka to protest against the quota system.", "en", "PROTEST", "BGD", None),
    ("Russian troops occupied the town of Kherson in March.", "en", "ASSAULT", "RUS", "UKR"),
    ("Grâce à la médiation du Qatar, le Hamas a libéré trois otages israéliens.", "fr", "RETREAT", "PSE", "ISR"),
    ("Le gouvernement malien a saisi la Cour de justice de la Cedeao contre le Niger.", "fr", "ACCUSE", "MLI", "IGO"),
    # the subject of "receive" is the target
    ("Le Burundi a reçu une aide alimentaire de la Tanzanie.", "fr", "AID", "TZA", "BDI"),
    ("Haiti received emergency aid from Canada.", "en", "AID", "CAN", "HTI"),
]


def _check(text, lang, event, source, target):
    pred = sitrep.classify_plover(text, lang=lang)
    assert pred.event == event, (text, pred)
    if source is not None:
        assert pred.source_codes[:1] == (source,), (text, pred)
    if target is not None:
        assert pred.target_codes[:1] == (target,), (text, pred)


@pytest.mark.parametrize("text,event,source,target", ENGLISH)
def test_english_types_and_codes(nlp_en, text, event, source, target):
    _check(text, "en", event, source, target)


@pytest.mark.parametrize("text,event,source,target", FRENCH)
def test_french_types_and_codes(nlp_fr, text, event, source, target):
    _check(text, "fr", event, source, target)


@pytest.mark.parametrize("text,lang,event,source,target", GRAMMAR)
def test_grammar_changes_the_type(nlp_en, nlp_fr, text, lang, event, source, target):
    _check(text, lang, event, source, target)


def test_every_plover_type_has_cues_in_both_languages():
    for lang in ("en", "fr"):
        lex = load_language(lang).statements
        typed = {key.partition("/")[0] for key in lex.cues}
        assert typed == set(PLOVER_EVENTS), (lang, set(PLOVER_EVENTS) - typed)
        assert set(lex.order) == set(PLOVER_EVENTS)
        assert set(lex.when_future) <= set(PLOVER_EVENTS) and set(lex.when_future.values()) <= set(PLOVER_EVENTS)
        assert set(lex.when_negated.values()) <= set(PLOVER_EVENTS)


def test_language_is_detected_when_not_given(nlp_fr):
    assert sitrep.classify_plover("Le Niger a rejeté la demande de la Cedeao.").event == "REJECT"


def test_countries_table():
    table = load_countries()
    codes = {c.code for c in table.countries}
    assert {"USA", "FRA", "PSE", "CIV", "COD"} <= codes
    usa = next(c for c in table.countries if c.code == "USA")
    assert "Washington" in usa.capitals["en"] and "États-Unis" in usa.names["fr"]
    assert {o.code for o in table.organisations} == {"IGO", "NGO"}


def test_statement_lexicon_schema_names_the_missing_key():
    data = json.loads(json.dumps({"order": [], "cues": {}, "default": "ASSERT", "quote_pairs": [], "role_heads": []}))
    with pytest.raises(SitrepError) as exc:
        build(StatementLexicon, data, "xx/statements.json")
    assert exc.value.code == "E013" and "xx/statements.json" in str(exc.value)


def test_empty_and_unknown_text():
    assert sitrep.classify_plover("") == sitrep.classify_plover("   ")
    assert sitrep.classify_plover("").event is None
    assert sitrep.classify_plover("Hello.").source_codes == ()  # too short to detect: read as English


# --- people through their office ---------------------------------------------------------------

HOLDERS = [
    # office holders of resources/common/offices.jsonl (with no date: those in office now), as source and target
    ("Putin accused Ukraine of shelling a nuclear power plant.", "en", "ACCUSE", "RUS", "UKR"),
    ("Zelensky urged Germany to send more air defence systems.", "en", "REQUEST", "UKR", "DEU"),
    ("Emmanuel Macron a appelé Benyamin Netanyahou à accepter un cessez-le-feu.", "fr", "REQUEST", "FRA", "ISR"),
    ("Le Canada a condamné les propos de Recep Tayyip Erdoğan.", "fr", "ACCUSE", "CAN", "TUR"),
]


@pytest.mark.parametrize("text,lang,event,source,target", HOLDERS)
def test_office_holders_are_their_countries(nlp_en, nlp_fr, text, lang, event, source, target):
    _check(text, lang, event, source, target)


def speaker_of(run, text, lang, published):
    """The first statement of ``text`` and the actor ``speaker_actor`` gives its speaker, from the
    speaker and role the statement finder found."""
    doc = run(text, lang, published)
    statement = doc._.sitrep_statements[0]
    found = statement.speaker_evidence
    speaker = doc.char_span(found.start, found.end, alignment_mode="expand")
    role = None
    if statement.role:
        at = doc.text.find(statement.role)
        role = doc.char_span(at, at + len(statement.role), alignment_mode="expand")
    mentions = actors_for(_nlp(lang), load_language(lang)).mentions(doc)
    return statement, speaker_actor(mentions, speaker, role)


def _nlp(lang):
    from sitrep.pipeline import load_pipeline

    return load_pipeline(lang)


def test_named_holder_with_a_french_office_speaks_for_the_government(run):
    text = "Lloyd Austin, ministre américain de la Défense, a accusé mardi l'Iran d'armer les milices de la région."
    statement, actor = speaker_of(run, text, "fr", "2023-11")
    assert statement.speaker == "Lloyd Austin" and statement.plover == "ACCUSE"
    assert (actor.name, actor.country, actor.sector) == ("Government of the United States", "USA", "GOV")
    assert actor.person == "Lloyd Austin" and actor.office == "Secretary of Defense"


def test_out_of_office_the_office_words_still_tie_the_speaker(run):
    text = "Lloyd Austin, ministre américain de la Défense, a accusé mardi l'Iran d'armer les milices de la région."
    _, actor = speaker_of(run, text, "fr", "2025-06")  # no longer in office: the words of the text decide
    assert (actor.country, actor.sector, actor.person, actor.office) == ("USA", "GOV", "Lloyd Austin", "ministre")


def test_out_of_office_holder_with_no_office_speaks_for_no_one(run):
    text = "« Les négociations ont échoué », a déclaré Joe Biden dimanche devant des journalistes."
    statement, actor = speaker_of(run, text, "fr", "2025-09")
    assert statement.speaker == "Joe Biden" and actor is None
    _, in_office = speaker_of(run, text, "fr", "2023-09")
    assert (in_office.name, in_office.office) == ("Government of the United States", "President")


def test_french_office_with_a_demonym_and_the_name_after_it(run):
    text = "Le ministre nigérien de la Défense, Issoufou Garba, a menacé de frapper les bases des groupes armés."
    statement, actor = speaker_of(run, text, "fr", "2024-05")
    assert statement.speaker == "Issoufou Garba"
    assert (actor.name, actor.country, actor.sector, actor.person) == ("Government of Niger", "NER", "GOV", "Issoufou Garba")


def test_english_holder_named_alone(run):
    statement, actor = speaker_of(run, "Zelensky said Russia was preparing a new offensive in the east.", "en", "2024-03-02")
    assert statement.speaker == "Zelensky"
    assert (actor.name, actor.country, actor.person, actor.office) == ("Government of Ukraine", "UKR", "Volodymyr Zelensky", "President")


def test_english_office_owned_by_a_country_name(run):
    text = "Israel's defence minister Yoav Gallant warned Hezbollah on Sunday that it would pay a heavy price."
    _, actor = speaker_of(run, text, "en", "2024-03")
    assert (actor.country, actor.person, actor.office) == ("ISR", "Yoav Gallant", "Minister of Defence")
    _, later = speaker_of(run, text, "en", "2025-06")  # out of office: the office as written
    assert (later.name, later.sector, later.person, later.office) == ("Government of Israel", "GOV", "Yoav Gallant", "defence minister")


def test_an_adviser_to_an_office_is_not_that_office(run):
    text = "Marc Delorme, conseiller du président ivoirien, a dénoncé mercredi les accusations de l'opposition."
    statement, actor = speaker_of(run, text, "fr", "2024-02")
    assert statement.speaker == "Marc Delorme"
    assert (actor.name, actor.country, actor.person, actor.office) == ("Government of Ivory Coast", "CIV", "Marc Delorme", None)
