"""Round 57 (déontologie): a « ne … que dans les cas suivants : » restriction read with its list; a whole
instance excluded (« à l'exclusion de toute instance… »); an avis au parquet made compulsory (« est tenue
d'aviser ») is ambiguous; the worker's secret measured by the rules of the unit's staff is ambiguous. With
traps: the same words denied, conditioned on consent or 226-14. Wordings written for this test, through the
real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # 1. restriction « ne … que » with its cases listed after the colon
    (SECRET + "Elle ne transmet aux gendarmes une information confiée en entretien que dans les cas suivants : "
     "- si la victime l'a expressément accepté ; - lorsque la loi l'y autorise (article 226-14 du code pénal).",
     "securisee"),
    (SECRET + "Aucun élément recueilli n'est communiqué aux policiers qu'à l'une des conditions suivantes : "
     "l'assentiment de la personne, ou un danger grave relevant de l'article 226-14.", "securisee"),
    (SECRET + "L'intervenante ne remet d'écrit au commissariat que dans l'une des hypothèses suivantes : "
     "accord écrit de l'intéressée ; réquisition judiciaire.", "securisee"),
    # trap: a real hand-over, no restriction
    (SECRET + "Les éléments recueillis en entretien sont communiqués chaque semaine aux enquêteurs.", "contre_sens"),
    # 2. the whole instance excluded
    (SECRET + "Elle siège au CLSPD, à l'exclusion des cellules où les situations des familles sont examinées "
     "nominativement.", "securisee"),
    (SECRET + "L'intervenant siège au conseil local de sécurité, hors de toute instance "
     "d'examen nominatif des situations.", "securisee"),
    # trap: the cell really examines situations by name
    (SECRET + "Au sein de la cellule de veille, la situation de chaque famille est examinée nominativement "
     "avec les partenaires.", "contre_sens"),
    # 3. a compulsory avis au parquet
    (SECRET + "Lorsqu'une violence sur un enfant lui est confiée, l'intervenante est tenue d'en aviser sans délai "
     "le procureur de la République.", "ambiguite"),
    (SECRET + "Tout fait délictueux révélé en entretien, le travailleur social a l'obligation d'aviser le parquet.",
     "ambiguite"),
    # traps: the obligation denied, or a mere faculty under 226-14
    (SECRET + "L'intervenante n'est pas tenue d'aviser le parquet des faits confiés en entretien.", "securisee"),
    (SECRET + "L'article 226-14 du code pénal permet à l'intervenante d'aviser le procureur lorsqu'un mineur est "
     "en danger.", "securisee"),
    # 4. the secret measured by the unit staff's rules
    (SECRET + "Travaillant dans les locaux de la brigade, elle observe une discrétion appréciée selon les règles "
     "applicables aux personnels de la brigade.", "ambiguite"),
    (SECRET + "Ce secret s'exerce dans des conditions identiques à celles qui s'imposent aux agents du "
     "commissariat.", "ambiguite"),
    # traps: the rules said distinct, or said of the staff only
    (SECRET + "Ce secret relève de règles distinctes de celles applicables aux personnels de la compagnie.",
     "securisee"),
    (SECRET + "Les personnels de la compagnie restent soumis à leurs propres obligations de discrétion.",
     "securisee"),
])
def test_round57_deontologie(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected
