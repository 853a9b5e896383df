"""Round 32: roman-decimal headings (« I.1 Objet ») under « TITRE I » groupings, an unnumbered annex
after them, and a form's « … : oui / non » field that never titles a section (real TXT reader)."""

from __future__ import annotations

from pathlib import Path

from iscg_nlp.extract import read_document
from iscg_nlp.segment import segment

_TOP = """CONVENTION RELATIVE A L'INTERVENANT SOCIAL DE LA BRIGADE DE PLOERMEL

Entre les soussignés :

L'État, représenté par le préfet du Morbihan ;

L'association Parole et Droits, représentée par sa présidente.

"""

_BODY = """TITRE I - OBJET

{h1} Objet

La présente convention organise la présence d'un intervenant social à la brigade de Ploërmel, à mi-temps.

{h2} Public

L'intervenant reçoit toute personne en difficulté sociale dont la situation est connue des militaires.

TITRE II - FONCTIONNEMENT

{h3} Locaux

La brigade met un bureau fermant à clé à la disposition de l'intervenant, avec une ligne téléphonique.

{h4} Confidentialité

L'intervenant est tenu au secret professionnel ; aucune information n'est transmise sans l'accord de la personne.

{h5} Durée

La présente convention est conclue pour un an à compter de sa signature.

Fait à Ploërmel, le 2 mars 2014.

Le Préfet du Morbihan

La Présidente de l'association

ANNEXE - Fiche de transmission (modèle)

Unité d'origine : ........ Date : ........

Accord de la personne pour être rappelée : oui / non

Suite donnée par l'intervenant : ........
"""


def _read(tmp_path: Path, text: str, name: str = "c.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    return doc, segment(doc)


def test_roman_decimal_headings_under_titre_groupings_are_the_articles(tmp_path):
    text = _TOP + _BODY.format(h1="I.1", h2="I.2", h3="II.1", h4="II.2", h5="II.3")
    doc, s = _read(tmp_path, text)
    assert [(a.number, a.title) for a in s.articles] == [
        ("I.1", "Objet"), ("I.2", "Public"), ("II.1", "Locaux"), ("II.2", "Confidentialité"), ("II.3", "Durée")]
    # the « TITRE II » line cuts the article before it: it belongs to no article's text
    public = doc.text[s.articles[1].start:s.articles[1].end]
    assert "TITRE II" not in public and public.rstrip().endswith("militaires.")
    assert all("TITRE" not in (a.title or "") for a in s.articles)


def test_hyphen_and_trailing_dot_forms_read_alike(tmp_path):
    text = _TOP + _BODY.format(h1="I-1", h2="I-2.", h3="II - 1", h4="II.2.", h5="II-3")
    _, s = _read(tmp_path, text)
    assert [a.number for a in s.articles] == ["I.1", "I.2", "II.1", "II.2", "II.3"]
    assert [a.title for a in s.articles][:2] == ["Objet", "Public"]


def test_unnumbered_annex_after_the_signature_is_annex_1_and_its_form_lines_are_no_sections(tmp_path):
    text = _TOP + _BODY.format(h1="I.1", h2="I.2", h3="II.1", h4="II.2", h5="II.3")
    doc, s = _read(tmp_path, text)
    assert [(a.number, a.title) for a in s.annexes] == [("1", "Fiche de transmission (modèle)")]
    annex = doc.text[s.annexes[0].start:s.annexes[0].end]
    assert "oui / non" in annex
    assert not any("oui / non" in (a.title or "") for a in s.articles + s.annexes)


def test_form_field_never_titles_an_unnumbered_section(tmp_path):
    text = _TOP + """OBJET

La présente convention organise la présence d'un intervenant social à la brigade de Ploërmel, à mi-temps.

ORIENTATION DES PERSONNES

Les militaires remplissent une fiche lorsque la personne accepte d'être rappelée par l'intervenant.

Accord de la victime : oui / non

La fiche est transmise le jour même par la messagerie sécurisée de la brigade, sans copie à la procédure.

DURÉE

La présente convention est conclue pour un an à compter de sa signature.

Fait à Ploërmel, le 2 mars 2014.
"""
    _, s = _read(tmp_path, text)
    assert [(a.number, a.title) for a in s.articles] == [
        (None, "OBJET"), (None, "ORIENTATION DES PERSONNES"), (None, "DURÉE")]


def test_roman_decimal_numbered_paragraphs_stay_in_their_article(tmp_path):
    text = _TOP + """Article 1 – Objet

I.1 La présente convention organise la présence d'un intervenant social à la brigade de Ploërmel, à mi-temps, pour trois années.

I.2 Chaque signataire y décrit ce à quoi il s'engage envers les autres parties et envers les personnes reçues.

Article 2 – Durée

La présente convention est conclue pour un an à compter de sa signature.

Fait à Ploërmel, le 2 mars 2014.
"""
    _, s = _read(tmp_path, text)
    assert [(a.number, a.title) for a in s.articles] == [("1", "Objet"), ("2", "Durée")]
