import pytest


@pytest.fixture(scope="session")
def nlp_fr():
    from sitrep.pipeline import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en():
    from sitrep.pipeline import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def run(nlp_fr, nlp_en):
    """Run the full sitrep pipeline on a text: returns the Doc with the sitrep extensions set."""
    from sitrep.records import PartialDate

    def _run(text, lang, published=None):
        nlp = {"fr": nlp_fr, "en": nlp_en}[lang]
        doc = nlp.make_doc(text)
        doc._.sitrep_published = PartialDate.parse(published) if published else None
        return nlp(doc)

    return _run
