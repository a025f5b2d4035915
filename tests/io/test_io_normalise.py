from sitrep.io.normalise import normalise_text

LONG_A = "Une frappe aérienne a touché mercredi soir un dépôt de carburant à la sortie de Djibo, faisant deux morts."
LONG_B = "Quelques heures plus tard, des obus de mortier se sont abattus sur le marché d'Arbinda, selon une source locale."


def test_apostrophes_and_quotes():
    text = "L’armée a dit ‘non’ : « c’est fini » et “done”."
    assert normalise_text(text) == "L'armée a dit 'non' : « c'est fini » et “done”."


def test_spaces_and_line_ends():
    text = "Bilan\u00a0: 3\u202f000 morts  \r\nsuite\t \r\n"
    assert normalise_text(text) == "Bilan : 3 000 morts\nsuite"


def test_collapse_blank_lines():
    assert normalise_text("a\n\n\n\n\nb\n \n \n\nc") == "a\n\nb\n\nc"


def test_single_newlines_between_long_lines_become_paragraphs():
    text = f"Titre court\n{LONG_A}\n{LONG_B}"
    assert len(LONG_A) > 100
    assert normalise_text(text) == f"Titre court\n\n{LONG_A}\n\n{LONG_B}"


def test_hard_wrapped_prose_is_left_alone():
    text = "Une frappe aérienne a touché mercredi soir un dépôt\nde carburant à la sortie de Djibo, faisant deux\nmorts et trois blessés."
    assert normalise_text(text) == text


def test_idempotent():
    text = f"  \r\nL’armée\u00a0:\n{LONG_A}\n{LONG_B}\n\n\n\nFin.  "
    once = normalise_text(text)
    assert normalise_text(once) == once


def test_empty():
    assert normalise_text("") == ""
    assert normalise_text(" \n\n ") == ""
