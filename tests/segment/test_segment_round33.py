"""Round 33: a capitals article title cut over two lines (« … DE LA DIRECTION DEPARTEMENTALE DE LA » /
« SECURITE PUBLIQUE », « … DE LA COMMUNAUTE » / « D'AGGLOMERATION ») keeps its end (real TXT reader)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.extract import read_document
from iscg_nlp.segment import segment

_TEXT = """CONVENTION RELATIVE A L'INTERVENANT SOCIAL DU COMMISSARIAT D'AGEN

ARTICLE I - OBJET
La presente convention organise la presence d'un intervenant social au commissariat d'Agen.
ARTICLE II - ENGAGEMENTS DE LA DIRECTION DEPARTEMENTALE DE LA
SECURITE PUBLIQUE
Le directeur departemental exerce l'autorite fonctionnelle sur l'intervenant social.
ARTICLE III - ENGAGEMENTS DE LA VILLE ET DE LA COMMUNAUTE
D'AGGLOMERATION
La Ville s'engage a faciliter l'acces de l'intervenant aux services municipaux.
ARTICLE IV - {title}
{next}
La presente convention est conclue pour trois ans.
"""


def _titles(tmp_path: Path, title: str, nxt: str) -> list[str]:
    path = tmp_path / "convention.txt"
    path.write_text(_TEXT.format(title=title, next=nxt), encoding="utf-8")
    return [a.title for a in segment(read_document(str(path))).articles]


@pytest.mark.parametrize("title,nxt,want", [
    # cut after a preposition or an article: the next capitals line ends the title
    ("DUREE ET CONDITIONS DE", "RENOUVELLEMENT", "DUREE ET CONDITIONS DE RENOUVELLEMENT"),
    ("OBLIGATIONS DE L'EMPLOYEUR ET DES", "FINANCEURS", "OBLIGATIONS DE L'EMPLOYEUR ET DES FINANCEURS"),
    ("MISE A DISPOSITION DES LOCAUX", "ET DES MOYENS", "MISE A DISPOSITION DES LOCAUX ET DES MOYENS"),
    # a complete title followed by a capitals line of body text or by another heading: no joining
    ("DUREE", "LA CONVENTION EST RECONDUCTIBLE.", "DUREE"),
    ("DUREE DE LA", "ARTICLE V - RESILIATION", "DUREE DE LA"),
])
def test_capitals_title_wrapped(tmp_path, title, nxt, want):
    titles = _titles(tmp_path, title, nxt)
    assert titles[1] == "ENGAGEMENTS DE LA DIRECTION DEPARTEMENTALE DE LA SECURITE PUBLIQUE"
    assert titles[2] == "ENGAGEMENTS DE LA VILLE ET DE LA COMMUNAUTE D'AGGLOMERATION"
    assert titles[3] == want


def test_annex_after_unnumbered_sections_is_an_annex(tmp_path):
    """Round 35: in a text of unnumbered titled sections, « ANNEXE – BUDGET … » after the signatures
    is an annex, not one more section."""
    text = """CONVENTION RELATIVE A L'EDUCATEUR DU COMMISSARIAT DE VESOUL

Entre les soussignés : le Département de la Haute-Saône et la Ville de Vesoul.

OBJET DE LA CONVENTION
La présente convention organise la présence d'un éducateur au commissariat de Vesoul.

MOYENS
Le commissariat met un bureau à la disposition de l'éducateur.

DURÉE
La présente convention est conclue pour deux ans.

Fait à Vesoul, le 3 mai 2019.
Le Président du Conseil départemental
Le Maire de Vesoul

ANNEXE – BUDGET PRÉVISIONNEL 2019-2020
Coût du poste à mi-temps : 24 000 euros.
"""
    path = tmp_path / "sections.txt"
    path.write_text(text, encoding="utf-8")
    structure = segment(read_document(str(path)))
    assert [a.title for a in structure.articles] == ["OBJET DE LA CONVENTION", "MOYENS", "DURÉE"]
    assert [a.title for a in structure.annexes] == ["BUDGET PRÉVISIONNEL 2019-2020"]


def test_an_avenant_heading_alone_on_its_line_is_not_glued_to_its_subtitle(tmp_path):
    """Round 35: « AVENANT N° 1 » followed by « à la convention du … » (lower case) stays a heading of its
    own, so the avenant is a section and its text is read as stipulations, not as signatures."""
    text = """CONVENTION RELATIVE A L'INTERVENANT SOCIAL DE DIJON

Article 1 - Objet
La presente convention organise la presence d'un intervenant social a l'hotel de police.
Article 2 - Duree
La presente convention est conclue pour deux ans.
Fait à Dijon, le 4 avril 2013.
Le Préfet
Le Maire
AVENANT N° 1
à la convention du 4 avril 2013 relative à l'intervention sociale
Les parties conviennent de ce qui suit :
L'article 2 est complété par un alinéa ainsi rédigé : « Elle est prorogée de deux ans. »
Fait à Dijon, le 2 juin 2014.
"""
    path = tmp_path / "avenant.txt"
    path.write_text(text, encoding="utf-8")
    structure = segment(read_document(str(path)))
    assert [a.title for a in structure.articles if a.number is None] == ["AVENANT N° 1"]
    assert structure.signature is not None and text.index("AVENANT") >= structure.signature[1] - 1
