"""Text replaced by a later stipulation (``amendments`` in qualifiers.yaml, ``iscg_nlp.amendments``):
real text files through the real reader, segmenter, matcher and decision tables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from iscg_nlp.amendments import find
from iscg_nlp.decide import decide_indicator
from iscg_nlp.extract import read_document
from iscg_nlp.match import match
from iscg_nlp.segment import segment

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rules"))
from rule_wording import RULES  # noqa: E402

HEAD = """CONVENTION RELATIVE À LA PRÉSENCE D'UN INTERVENANT SOCIAL AU COMMISSARIAT DE POLICE

Entre l'État, représenté par le préfet, la commune, représentée par son maire, et l'association
d'aide aux victimes, représentée par sa présidente, il est convenu ce qui suit.

{n1} – Objet

La présente convention fixe les conditions de présence d'un intervenant social au commissariat.

{n2} – Public

L'intervenant social reçoit toute personne, victime ou mise en cause, majeure ou mineure.

{n3} – Règles professionnelles

{ethics}

{n4} – Qualification

L'intervenant social est titulaire du diplôme d'État d'assistant de service social.
"""

ALIGNED = "L'intervenant social est astreint aux mêmes obligations de secret que les fonctionnaires de police."
SOUND = ("L'intervenant social est tenu au secret professionnel dans les conditions des articles 226-13 et "
         "226-14 du code pénal ; les entretiens sont confidentiels.")


SIGNED = "\nFait à Clermont-Ferrand, le 15 mars 2010.\n\nLe préfet          Le maire          La présidente\n\n"


def _write(tmp_path: Path, avenant: str = "", numbers=("Article 1", "Article 2", "Article 3", "Article 4"),
           ethics: str = ALIGNED, body: str = "Article 5 – Durée\n\nLa convention est conclue pour trois ans.\n") -> Path:
    """A convention, its signatures, then (when given) an amendment bound after them."""
    text = HEAD.format(n1=numbers[0], n2=numbers[1], n3=numbers[2], n4=numbers[3], ethics=ethics) + "\n" + body
    text += SIGNED + avenant
    p = tmp_path / "convention.txt"
    p.write_text(text, encoding="utf-8")
    return p


def _deonto(path: Path) -> str:
    doc = read_document(str(path))
    structure = segment(doc)
    findings = [f for f in match(doc, structure, RULES) if f.indicator == "deontologie"]
    return decide_indicator(RULES.files["deontologie"], findings).value


def _spans(path: Path):
    doc = read_document(str(path))
    structure = segment(doc)
    return doc, find(doc.text, structure, RULES.qualifiers.amendments)


NEW = f"« {SOUND} »"


def test_without_amendment_the_aligned_secret_is_ambiguous(tmp_path):
    assert _deonto(_write(tmp_path)) == "ambiguite"


@pytest.mark.parametrize("amending", [
    f"Le premier alinéa de l'article 3 est supprimé et remplacé par les dispositions suivantes : {NEW}",
    f"L'article 3 de la convention du 15 mars 2010 est ainsi rédigé : {NEW}",
    f"L'article 3, relatif aux règles professionnelles, est désormais rédigé comme suit : {NEW}",
    f"Le présent article annule et remplace l'article 3. {SOUND}",
    f"L'article 3 est abrogé. {SOUND}",
    f"Les articles 2 et 3 sont remplacés par les stipulations suivantes : {NEW}",
    f"L'alinéa 1 de l'article 3 est remplace par : {NEW}",  # accent missing
])
def test_replaced_ethics_paragraph_no_longer_counts(tmp_path, amending):
    avenant = f"AVENANT N° 1\n\nLes parties conviennent de ce qui suit.\n\n{amending}\n"
    assert _deonto(_write(tmp_path, avenant)) == "securisee"


@pytest.mark.parametrize("amending", [
    f"L'article 3 est complété par l'alinéa suivant : {NEW}",        # added to, not replaced
    f"L'article 3 demeure inchangé. {SOUND}",
    f"L'article 3 n'est pas remplacé ; il est complété ainsi : {NEW}",
    f"L'article 226-13 du code pénal est rappelé : {NEW}",           # another text's article
    f"L'article 3 de la convention-type est remplacé par : {NEW}",   # the model's article, not ours
])
def test_partial_or_denied_or_external_amendments_replace_nothing(tmp_path, amending):
    avenant = f"AVENANT N° 1\n\nLes parties conviennent de ce qui suit.\n\n{amending}\n"
    assert _deonto(_write(tmp_path, avenant)) == "ambiguite"


def test_roman_numbers_are_resolved(tmp_path):
    avenant = f"AVENANT N° 1\n\nL'ARTICLE III EST REMPLACÉ PAR LES DISPOSITIONS SUIVANTES : {NEW}\n"
    path = _write(tmp_path, avenant, numbers=("ARTICLE I", "ARTICLE II", "ARTICLE III", "ARTICLE IV"),
                  body="ARTICLE V – DURÉE\n\nLa convention est conclue pour trois ans.\n")
    assert _deonto(path) == "securisee"


@pytest.mark.parametrize("amending", [
    f"Le paragraphe 3 de la convention du 15 mars 2010 est supprimé et remplacé par les dispositions suivantes : {NEW}",
    f"Le point 3 de la présente convention est ainsi rédigé : {NEW}",
    f"Le § 3 de la convention est remplacé par : {NEW}",
])
def test_an_older_text_numbered_by_paragraphs(tmp_path, amending):
    """First-generation conventions number paragraphs (« 3 – Règles professionnelles »), and their avenants
    name « le paragraphe 3 de la convention »: that is the segmenter's article 3."""
    avenant = f"AVENANT N° 1\n\nLes parties conviennent de ce qui suit.\n\n{amending}\n"
    path = _write(tmp_path, avenant, numbers=("1", "2", "3", "4"), body="5 – Durée\n\nLa convention est conclue pour trois ans.\n")
    assert _deonto(path) == "securisee"


@pytest.mark.parametrize("amending", [
    f"Le paragraphe 3 de l'article 2 est remplacé par : {NEW}",        # a paragraph of another article
    f"Le point 3 du code de l'action sociale est rappelé : {NEW}",       # no convention named
])
def test_a_paragraph_of_an_article_or_of_another_text_is_no_numbered_part(tmp_path, amending):
    avenant = f"AVENANT N° 1\n\nLes parties conviennent de ce qui suit.\n\n{amending}\n"
    path = _write(tmp_path, avenant, numbers=("1", "2", "3", "4"), body="5 – Durée\n\nLa convention est conclue pour trois ans.\n")
    assert _deonto(path) == "ambiguite"


def test_only_the_named_paragraph_is_replaced(tmp_path):
    ethics = f"{SOUND}\n\n{ALIGNED}"
    avenant = "Avenant n° 1\n\nLe deuxième alinéa de l'article 3 est supprimé.\n"
    doc, spans = _spans(_write(tmp_path, avenant, ethics=ethics))
    assert len(spans) == 1
    replaced = doc.text[spans[0].start:spans[0].end]
    assert "astreint" in replaced and "226-13" not in replaced
    assert spans[0].target == "article 3, alinéa 2"


def test_an_avenant_article_is_never_its_own_target(tmp_path):
    """The avenant's own « Article 1 » says « l'article 1 de la convention initiale est remplacé »: the
    target is the convention's article 1, which ends before it."""
    avenant = ("AVENANT N° 1\n\nArticle 1 – Objet de l'avenant\n\n"
            "L'article 1 de la convention initiale est remplacé par les dispositions suivantes : « La "
            "convention fixe les conditions de présence d'un intervenant social au commissariat et à la "
            "brigade. »\n")
    doc, spans = _spans(_write(tmp_path, avenant))
    assert len(spans) == 1
    assert "fixe les conditions de présence d'un intervenant social au commissariat." in doc.text[spans[0].start:spans[0].end]
    assert spans[0].start < doc.text.index("AVENANT N° 1")


def test_a_number_that_names_no_earlier_article_replaces_nothing(tmp_path):
    avenant = f"AVENANT N° 1\n\nL'article 9 est remplacé par les dispositions suivantes : {NEW}\n"
    _, spans = _spans(_write(tmp_path, avenant))
    assert spans == []


def test_a_renewal_amending_the_initial_convention_replaces_none_of_its_own_articles(tmp_path):
    """« L'article 3 de la convention initiale est remplacé » written in the body of a renewal amends a
    text that is not in the file: the renewal's own article 3 stays."""
    body = (f"Article 5 – Organisation\n\nL'article 3 de la convention initiale est remplacé par les "
            f"dispositions suivantes : {NEW}\n")
    _, spans = _spans(_write(tmp_path, body=body))
    assert spans == []


def test_a_consolidated_version_keeps_its_new_articles(tmp_path):
    """The article printed above is already the new wording: its heading names the avenant, or the
    amending sentence says the new text is above."""
    numbers = ("Article 1", "Article 2", "Article 3 (rédaction issue de l'avenant n° 1)", "Article 4")
    avenant = f"AVENANT N° 1\n\nL'article 3 est remplacé par les dispositions suivantes : {NEW}\n"
    assert _spans(_write(tmp_path, avenant, numbers=numbers))[1] == []
    avenant = "AVENANT N° 1\n\nL'article 3 est abrogé et remplacé par les dispositions reproduites ci-dessus.\n"
    assert _spans(_write(tmp_path, avenant))[1] == []


def test_the_blocked_finding_quotes_the_amending_sentence(tmp_path):
    path = _write(tmp_path, f"AVENANT N° 1\n\nL'article 3 est ainsi rédigé : {NEW}\n")
    doc = read_document(str(path))
    blocked = [f for f in match(doc, segment(doc), RULES)
               if f.indicator == "deontologie" and f.status == "blocked" and "astreint" in f.text]
    assert blocked
    assert "passage remplacé ou supprimé plus loin (article 3)" in blocked[0].reason
    assert "L'article 3 est ainsi rédigé" in blocked[0].reason


STRUCK = "aux mêmes obligations de secret que les fonctionnaires de police"


@pytest.mark.parametrize("amending", [
    f"À l'article 3, les mots « {STRUCK} » sont remplacés par les mots « au secret professionnel ».",
    f"Au premier alinéa de l'article 3, les mots « {STRUCK} » sont supprimés.",
    f"Dans l'article 3, les mots « {STRUCK} », qui renvoyaient au secret des policiers, sont supprimés.",
    f"Article 1er de l'avenant. A l'article 3, les mots « {STRUCK} » sont supprimes.",  # accent missing
])
def test_words_struck_out_of_an_article_no_longer_count(tmp_path, amending):
    avenant = f"AVENANT N° 1\n\nLes parties conviennent de ce qui suit.\n\n{amending}\n"
    path = _write(tmp_path, avenant)
    assert _deonto(path) != "ambiguite"
    doc = read_document(str(path))
    blocked = [f for f in match(doc, segment(doc), RULES) if f.indicator == "deontologie" and f.status == "blocked"]
    assert any("article 3, mots supprimés" in (f.reason or "") for f in blocked)


@pytest.mark.parametrize("amending", [
    f"À l'article 3, les mots « {STRUCK} » sont maintenus.",                    # kept, not struck
    f"À l'article 226-13 du code pénal, les mots « {STRUCK} » sont supprimés.",  # another text
    f"À l'article 9, les mots « {STRUCK} » sont supprimés.",                    # names no such article
])
def test_words_kept_or_struck_elsewhere_still_count(tmp_path, amending):
    avenant = f"AVENANT N° 1\n\nLes parties conviennent de ce qui suit.\n\n{amending}\n"
    assert _deonto(_write(tmp_path, avenant)) == "ambiguite"


def test_a_table_of_changes_quoting_deleted_words_is_no_stipulation(tmp_path):
    """A consolidated text's table of changes quotes the words an avenant deleted: they do not vote."""
    table = ("Annexe – Tableau des modifications\n\nArticle 3 | Avenant n° 1 du 10 mars 2025 | Suppression des "
             "mots « placé sous l'autorité hiérarchique du commandant de compagnie » ; l'alinéa ne mentionne "
             "plus que l'autorité fonctionnelle\n")
    path = _write(tmp_path, table, ethics=SOUND)
    doc = read_document(str(path))
    found = [f for f in match(doc, segment(doc), RULES) if f.indicator == "autorites"]
    hierarchy = [f for f in found if f.rule_id == "autorites.hierarchique_confiee_aux_forces"]
    assert hierarchy and all(f.status == "blocked" and "Suppression des mots" in f.reason for f in hierarchy)
    fired = [f for f in found if f.status == "fired"]
    assert fired  # the rest of the row is still read (« ne mentionne plus que l'autorité fonctionnelle »)
    assert decide_indicator(RULES.files["autorites"], fired).value != "inversee"


def test_article_numbers_in_words_are_resolved(tmp_path):
    avenant = f"AVENANT N° 1\n\nL'article trois est remplacé par les dispositions suivantes : {NEW}\n"
    path = _write(tmp_path, avenant, numbers=("ARTICLE UN", "ARTICLE DEUX", "ARTICLE TROIS", "ARTICLE QUATRE"),
                  body="ARTICLE CINQ – DURÉE\n\nLa convention est conclue pour trois ans.\n")
    assert _deonto(path) == "securisee"


@pytest.mark.parametrize("deletion", ["Le point 2 de l'article 3 est supprimé.",
                                      "Le 2° de l'article trois de la convention est supprimé."])
def test_only_the_named_point_of_a_list_is_deleted(tmp_path, deletion):
    ethics = (f"Les règles sont les suivantes :\n1. {SOUND}\n2. {ALIGNED}\n3. Les entretiens ont lieu dans un bureau "
              "fermé.")
    doc, spans = _spans(_write(tmp_path, "Avenant n° 1\n\n" + deletion + "\n", ethics=ethics))
    assert len(spans) == 1
    deleted = doc.text[spans[0].start:spans[0].end]
    assert "astreint" in deleted and "226-13" not in deleted and "bureau" not in deleted
    assert spans[0].target == "article 3, point 2"
    assert _deonto(_write(tmp_path, "Avenant n° 1\n\n" + deletion + "\n", ethics=ethics)) == "securisee"


def test_a_point_that_names_no_item_deletes_nothing(tmp_path):
    doc, spans = _spans(_write(tmp_path, "Avenant n° 1\n\nLe point 4 de l'article 3 est supprimé.\n",
                               ethics=f"1. {SOUND}\n2. {ALIGNED}"))
    assert spans == []


@pytest.mark.parametrize("sentence, old, new, named", [
    ("les mots « placé sous l'autorité du commandant » sont supprimés.", "place sous l'autorite du commandant", None, True),
    ("les mots : « 49 000 euros » sont remplacés par les mots : « 51 000 euros par an ».", "49 000 euros",
     "51 000 euros par an", True),
    ("le montant de « 52 000 euros » est remplacé par celui de « 54 000 euros ».", "52 000 euros", "54 000 euros", False),
    ("la somme « 30 000 € », inscrite à l'article 8, sera remplacée par « 32 000 € ».", "30 000 €", "32 000 €", False),
])
def test_one_reader_of_substituted_words(sentence, old, new, named):
    from iscg_nlp.amendments import substitutions
    from iscg_nlp.textutil import fold

    (sub,) = substitutions(fold(sentence))
    assert (sub.old, sub.new, sub.named) == (fold(old), new and fold(new), named)


def test_quoted_words_kept_are_no_substitution():
    from iscg_nlp.amendments import substitutions
    from iscg_nlp.textutil import fold

    assert substitutions(fold("Les mots « secret professionnel » sont maintenus et complétés.")) == []


@pytest.mark.parametrize("items", [
    "- l'alinéa 2 est supprimé ;\n- il est ajouté un alinéa ainsi rédigé : « Les entretiens sont confidentiels. »",
    "– le deuxième alinéa est supprimé.",
    "1. L'alinéa 2 est remplacé par les dispositions suivantes : « Les entretiens sont confidentiels. »",
])
def test_paragraph_named_in_a_list_under_a_modified_article(tmp_path, items):
    """« L'article 3 est ainsi modifié : » then list items naming its paragraphs: each named paragraph is
    replaced or deleted, the others stand."""
    ethics = f"{SOUND}\n\n{ALIGNED}"
    avenant = f"AVENANT N° 1\n\nArticle 1er\n\nL'article 3 de la convention est ainsi modifié :\n{items}\n"
    path = _write(tmp_path, avenant, ethics=ethics)
    doc, spans = _spans(path)
    [span] = spans
    assert span.target == "article 3, alinéa 2"
    assert "astreint" in doc.text[span.start:span.end]
    assert _deonto(path) == "securisee"


def test_a_list_that_only_adds_replaces_nothing(tmp_path):
    ethics = f"{SOUND}\n\n{ALIGNED}"
    avenant = ("AVENANT N° 1\n\nL'article 3 est ainsi modifié :\n"
               "- après l'alinéa 2, il est inséré un alinéa ainsi rédigé : « Les entretiens sont confidentiels. »\n")
    path = _write(tmp_path, avenant, ethics=ethics)
    assert _spans(path)[1] == []
    assert _deonto(path) == "ambiguite"


def _comparison_docx(tmp_path: Path, old: str, new: str) -> Path:
    """A convention then an avenant whose article 3 is rewritten through an « ancienne / nouvelle
    rédaction » table (a real DOCX through the real reader)."""
    from docx import Document as Docx

    doc = Docx()
    for para in _write(tmp_path, ethics=old).read_text(encoding="utf-8").split("\n"):
        doc.add_paragraph(para)
    doc.add_paragraph("AVENANT N° 1")
    doc.add_paragraph("L'article 3 de la convention est modifié conformément au tableau suivant.")
    table = doc.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "Ancienne rédaction", (0, 1): "Nouvelle rédaction", (1, 0): old,
                          (1, 1): new}.items():
        table.cell(r, c).text = value
    doc.add_paragraph("Fait à Clermont-Ferrand, le 3 mai 2011.")
    path = tmp_path / "avenant.docx"
    doc.save(path)
    return path


@pytest.mark.parametrize("old, new, value", [
    (ALIGNED, SOUND, "securisee"),   # the wording left behind in the left column no longer counts
    (SOUND, ALIGNED, "ambiguite"),   # the adopted wording in the right column does
])
def test_old_column_of_a_comparison_table_no_longer_counts(tmp_path, old, new, value):
    path = _comparison_docx(tmp_path, old, new)
    doc = read_document(str(path))
    structure = segment(doc)
    findings = [f for f in match(doc, structure, RULES) if f.indicator == "deontologie"]
    # the convention's own article 3 still holds ``old`` (nothing replaces it by number): only the
    # quotation in the avenant's table is set aside here
    in_table = [f for f in findings if f.start > doc.text.find("Ancienne rédaction")]
    assert in_table
    kept = {f.value for f in in_table if f.status == "fired"}
    assert ("ambiguite" in kept) == (value == "ambiguite")


@pytest.mark.parametrize("layout", ["pipes", "merged"])
def test_old_column_in_text_tables(tmp_path, layout):
    if layout == "pipes":
        table = f"| Ancienne rédaction | Nouvelle rédaction |\n| {ALIGNED} | {SOUND} |\n"
    else:  # a PDF's cells laid end to end
        table = f"Ancienne rédaction Nouvelle rédaction {ALIGNED}\n{SOUND}\n"
    avenant = f"AVENANT N° 1\n\nL'article 3 de la convention est remplacé ainsi qu'il suit :\n{table}"
    assert _deonto(_write(tmp_path, avenant)) == "securisee"
    path = _write(tmp_path, avenant.replace(ALIGNED, "@@").replace(SOUND, ALIGNED).replace("@@", SOUND),
                  ethics=SOUND)
    assert _deonto(path) == "ambiguite"
