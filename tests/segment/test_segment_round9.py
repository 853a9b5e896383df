"""Round 9: grouping lines ("TITRE II – LE POSTE") above unnumbered titled sections.

A document may number only its groupings and leave its real articles unnumbered. The groupings are
then plain lines that cut the sections, never articles; a grouping titled "Les parties" opens the
list of parties. Texts are written to real files and read by the real reader, then segmented.
"""

from __future__ import annotations

import pytest

from iscg_nlp.segment import segment

LONG = ("L'intervenante sociale reçoit les personnes orientées par les gendarmes ou se présentant "
        "d'elles-mêmes, évalue leur situation et les oriente vers les services compétents du territoire.")
TAIL = ["Fait à Mende, le 2 mars 2015, en quatre exemplaires.", "Le Préfet de la Lozère",
        "Le Président du Conseil départemental de la Lozère"]


@pytest.fixture(scope="module")
def read_document():
    extract = pytest.importorskip("iscg_nlp.extract")
    return extract.read_document


def _segment(read_document, tmp_path, lines: list[str]):
    path = tmp_path / "c.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(str(path))
    return doc, segment(doc)


def _keys(structure) -> list[tuple[str | None, str]]:
    return [(a.number, a.title) for a in structure.articles]


GROUPED = [
    "CONVENTION CONSTITUTIVE D'UN POSTE D'INTERVENANT SOCIAL",
    "AUPRÈS DE LA GENDARMERIE NATIONALE EN LOZÈRE",
    "TITRE I – LES PARTIES",
    "Monsieur le Préfet de la Lozère ;",
    "Monsieur le Président du Conseil départemental de la Lozère ;",
    "L'association Horizons Lozère, association déclarée, représentée par sa présidente.",
    "Vu le code de l'action sociale et des familles ;",
    "Les parties conviennent de ce qui suit :",
    "TITRE II – LE POSTE",
    "Objet",
    "La présente convention crée un poste d'intervenant social auprès du groupement de gendarmerie.",
    "Missions",
    LONG,
    "Il n'exerce aucune mesure éducative et ne participe pas aux enquêtes des unités du département.",
    "TITRE III – FONCTIONNEMENT",
    "Encadrement",
    "L'association détient seule l'autorité hiérarchique sur l'intervenant social qu'elle recrute.",
    "Financement",
    "Le coût annuel du poste, évalué à 45 000 euros, est partagé par moitié entre l'Etat et le Département.",
]


def test_groupings_over_unnumbered_sections_are_not_articles(read_document, tmp_path) -> None:
    doc, s = _segment(read_document, tmp_path, GROUPED + TAIL)
    assert _keys(s) == [(None, "Objet"), (None, "Missions"), (None, "Encadrement"), (None, "Financement")]
    # a grouping line ends the section before it and belongs to no title
    missions = s.articles[1]
    assert "TITRE III" not in doc.text[missions.start:missions.end]
    assert doc.text[missions.start:missions.end].endswith("département.")
    assert s.title is not None and "TITRE" not in doc.text[s.title[0]:s.title[1]]


def test_grouping_titled_les_parties_opens_the_parties(read_document, tmp_path) -> None:
    doc, s = _segment(read_document, tmp_path, GROUPED + TAIL)
    assert [p.role for p in s.parties] == ["prefet", "president_cd", "association"]
    assert s.preamble is not None and doc.text[s.preamble[0]:].startswith("Vu le code")


def test_groupings_holding_their_own_text_stay_the_articles(read_document, tmp_path) -> None:
    lines = [
        "CONVENTION RELATIVE À UN POSTE D'INTERVENANT SOCIAL EN GENDARMERIE",
        "Entre l'État, représenté par le préfet de la Lozère, et l'association Horizons Lozère, "
        "représentée par sa présidente, il est convenu ce qui suit.",
        "TITRE I – OBJET",
        "La présente convention crée un poste d'intervenant social auprès du groupement de gendarmerie.",
        "TITRE II – MISSIONS",
        LONG,
        "TITRE III – FINANCEMENT",
        "Le coût annuel du poste, évalué à 45 000 euros, est partagé par moitié entre l'Etat et le Département.",
    ]
    _, s = _segment(read_document, tmp_path, lines + TAIL)
    assert _keys(s) == [("1", "OBJET"), ("2", "MISSIONS"), ("3", "FINANCEMENT")]


def test_groupings_over_numbered_articles_are_not_articles(read_document, tmp_path) -> None:
    lines = [
        "CONVENTION RELATIVE À UN POSTE D'INTERVENANT SOCIAL EN GENDARMERIE",
        "Entre l'État, représenté par le préfet de la Lozère, et l'association Horizons Lozère, "
        "représentée par sa présidente, il est convenu ce qui suit.",
        "TITRE I – LE POSTE",
        "Article 1 – Objet",
        "La présente convention crée un poste d'intervenant social auprès du groupement de gendarmerie.",
        "Article 2 – Missions",
        LONG,
        "TITRE II – FONCTIONNEMENT",
        "Article 3 – Financement",
        "Le coût annuel du poste, évalué à 45 000 euros, est partagé par moitié entre l'Etat et le Département.",
    ]
    _, s = _segment(read_document, tmp_path, lines + TAIL)
    assert _keys(s) == [("1", "Objet"), ("2", "Missions"), ("3", "Financement")]
