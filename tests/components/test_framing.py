import sitrep


def test_slanted_words_are_flagged_with_the_neutral_term():
    fr = sitrep.extract("Le raid a fait trois martyrs, a dénoncé le porte-parole, qui accuse l'entité sioniste.", published="2024-01-10", lang="fr")
    assert {(f.text.lower(), f.neutral) for f in fr.framing} == {("martyrs", "tués"), ("l'entité sioniste", "Israël")}
    for f in fr.framing:
        assert fr.article.text[f.evidence.start : f.evidence.end] == f.text
    en = sitrep.extract("The regime's forces shelled the town, killing two, the rebels said of the terrorists' attack.", published="2024-01-10", lang="en")
    assert {f.neutral for f in en.framing} == {"government", "members of an armed group"}
