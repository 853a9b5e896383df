"""Systematic referral to the CRIP or to the parquet said in the writers' own words (« en tout état de
cause », « quelle que soit son appréciation », « invariablement », « en toutes circonstances ») is the
ambiguity; the same cues denied by a negation word anywhere in the clause (« jamais de façon
systématique », « sans que cela soit jamais systématique », « aucunement », « au cas par cas »), the
faculty (« peut transmettre ») and the restriction « ne … qu'avec l'accord … ou dans les seuls cas où la
loi le permet » are not. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = ("L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). ")


@pytest.mark.parametrize("text, expected", [
    # the systematic referral, said in the writer's words
    (SECRET + "Lorsqu'un mineur réside chez la victime, la travailleuse sociale envoie en tout état de cause "
     "une information préoccupante à la cellule de recueil du Département.", "ambiguite"),
    (SECRET + "Si des enfants sont présents au domicile, l'intervenante saisit la CRIP, quelle que soit son "
     "appréciation de la situation.", "ambiguite"),
    (SECRET + "Toute présence d'enfant au foyer donne lieu invariablement à une information préoccupante "
     "adressée au Département.", "ambiguite"),
    (SECRET + "En toutes circonstances, la présence d'un enfant conduit l'assistant social à informer la CRIP.",
     "ambiguite"),
    # denied, anywhere in the clause
    (SECRET + "Lorsqu'un enfant vit au foyer, l'intervenante peut transmettre une information préoccupante à la "
     "CRIP, si la loi le lui permet, et jamais de façon systématique.", "securisee"),
    (SECRET + "La saisine de la cellule de recueil des informations préoccupantes se décide au cas par cas, "
     "et non dans tous les cas.", "securisee"),
    (SECRET + "Il informe la CRIP lorsque la situation d'un enfant le justifie, sans que cette transmission "
     "soit jamais automatique.", "securisee"),
    (SECRET + "L'intervenant n'est aucunement tenu d'aviser le procureur de la République : il juge lui-même "
     "de l'opportunité d'un signalement.", "securisee"),
    (SECRET + "Le signalement au parquet n'est aucunement systématique.", "securisee"),
    # OCR noise: « jamais' systernatique »
    (SECRET + "Il apprecie lui-meme, sans que cela soit jamais' systernatique, l'opportunite d'informer la "
     "CRIP ou le procureur.", "securisee"),
    # faculty in a sentence opened by « en tout état de cause »
    (SECRET + "En tout état de cause, elle peut adresser une information préoccupante à la CRIP lorsque la "
     "situation d'un enfant le justifie.", "securisee"),
    # restriction: only with consent or in the cases the law permits
    (SECRET + "Elle ne communique d'élément couvert par le secret aux enquêteurs qu'avec l'accord de la "
     "victime, ou dans les seuls cas où la loi le permet (avis au procureur selon l'article 226-14 du code "
     "pénal, information préoccupante à la CRIP selon le CASF).", "securisee"),
    # still the ambiguity: the judicial alert owed in every case
    (SECRET + "En tout état de cause, les violences révélées par la victime font l'objet d'un avis au "
     "procureur de la République.", "ambiguite"),
])
def test_round52_deontologie_ambiguite(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected
