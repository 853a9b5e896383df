"""Round 8: an unnumbered section between numbered articles, a misprinted repeated article number,
a heading title wrapped onto the next line.

The texts are written to real files (UTF-16 text, as some préfectures export it) and read by the
real reader, then segmented.
"""

from __future__ import annotations

import pytest

from iscg_nlp.segment import segment

LONG = ("L'intervenante sociale reçoit les personnes orientées par les policiers ou se présentant "
        "d'elles-mêmes, évalue leur situation et les oriente vers les services compétents du territoire.")


@pytest.fixture(scope="module")
def read_document():
    extract = pytest.importorskip("iscg_nlp.extract")
    return extract.read_document


def _read(read_document, tmp_path, lines: list[str]):
    path = tmp_path / "c.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-16")
    return read_document(str(path))


def _keys(structure) -> list[tuple[str | None, str]]:
    return [(a.number, a.title) for a in structure.articles]


HEAD = ["CONVENTION RELATIVE À UN POSTE D'INTERVENANT SOCIAL EN COMMISSARIAT",
        "Entre l'État, représenté par le préfet de l'Isère, et l'association Passerelles, représentée "
        "par son président, il est convenu ce qui suit."]
TAIL = ["Fait à Grenoble, le 6 janvier 2026.", "Pour l'État, le Préfet", "Pour l'association, le Président"]


def test_unnumbered_title_between_numbered_articles_is_a_section(read_document, tmp_path) -> None:
    doc = _read(read_document, tmp_path, HEAD + [
        "1. Objet", LONG, "2. Missions", LONG, LONG,
        "Engagements complémentaires", LONG, LONG,
        "3. Durée", LONG] + TAIL)
    structure = segment(doc)
    assert _keys(structure) == [("1", "Objet"), ("2", "Missions"), (None, "Engagements complémentaires"),
                                ("3", "Durée")]
    missions, section = structure.articles[1], structure.articles[2]
    assert missions.end < section.start and doc.text[section.start:].startswith("Engagements")


def test_lead_in_label_and_line_under_a_heading_stay_in_the_article(read_document, tmp_path) -> None:
    doc = _read(read_document, tmp_path, HEAD + [
        "1. Objet", LONG, "2. Missions", "Accueil et orientation", LONG, LONG,
        "Activités principales :", "- recevoir les personnes ;", "- orienter vers les services.",
        "3. Durée", LONG] + TAIL)
    assert _keys(segment(doc)) == [("1", "Objet"), ("2", "Missions"), ("3", "Durée")]


def test_short_line_of_a_hard_wrapped_text_is_no_section(read_document, tmp_path) -> None:
    wrapped = ["L'intervenante sociale reçoit les personnes orientées par les",
               "policiers et les oriente vers les services du territoire."]
    doc = _read(read_document, tmp_path, HEAD[:1] + [
        "1. Objet"] + wrapped * 3 + ["2. Missions"] + wrapped + ["Accueil des victimes"] + wrapped * 2
        + ["3. Durée"] + wrapped + TAIL)
    assert [a.number for a in segment(doc).articles] == ["1", "2", "3"]


def test_repeated_number_where_the_next_is_missing_is_an_article(read_document, tmp_path) -> None:
    doc = _read(read_document, tmp_path, HEAD + [
        "Article 1 : Objet", LONG, "Article 2 : Personnes concernées", LONG,
        "Article 2 : Missions", LONG, "Article 4 : Financement", LONG] + TAIL)
    assert _keys(segment(doc)) == [("1", "Objet"), ("2", "Personnes concernées"), ("2", "Missions"),
                                   ("4", "Financement")]


def test_repeated_number_without_a_gap_stays_out(read_document, tmp_path) -> None:
    doc = _read(read_document, tmp_path, HEAD + [
        "Article 1 : Objet", LONG, "Article 2 : Missions", LONG,
        "Article 2 : Missions", LONG, "Article 3 : Financement", LONG] + TAIL)
    assert [a.number for a in segment(doc).articles] == ["1", "2", "3"]


def test_heading_title_wrapped_onto_the_next_line_is_joined(read_document, tmp_path) -> None:
    doc = _read(read_document, tmp_path, HEAD + [
        "Article 1 – De l'objet", LONG,
        "Article 2 – De l'employeur et des autorités auxquelles l'intervenante est", "soumise", LONG,
        "Article 3 – De la durée", "la convention est conclue pour trois ans à compter de sa signature par "
        "l'ensemble des parties signataires."] + TAIL)
    structure = segment(doc)
    assert _keys(structure) == [("1", "De l'objet"),
                                ("2", "De l'employeur et des autorités auxquelles l'intervenante est soumise"),
                                ("3", "De la durée")]
    second = structure.articles[1]
    assert doc.text[second.body_start:].lstrip().startswith("L'intervenante sociale reçoit")
