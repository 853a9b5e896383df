"""Round 9, public: held-out wordings for three phenomena, run through the real engine.

1. Victims "received" while violent partners / authors are only "oriented" elsewhere (the study's
   ambiguity), with the authors named by their role in the couple (« conjoints violents »…) or the
   orientation doubled by « sans assurer d'accompagnement ».
2. « que la victime ait déposé plainte ou non »: an optional complaint does not take a victim out of
   the penal field; « qu'une plainte soit déposée ou non » said of anyone still does.
3. Situations without penal follow-up (« mains courantes ») named only in a visa (« Vu le protocole … »)
   or a cited circular: not the worker's public.

Written from the codebook, not copied from a sample file.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




VICTIMS = "Les femmes victimes de violences au sein du couple sont reçues et accompagnées par l'intervenante sociale. "

ORIENTED_PARTNERS = [
    (VICTIMS + "Les conjoints violents sont orientés par les gendarmes vers les structures de soins.", "ambiguite"),
    (VICTIMS + "Le partenaire violent est, le cas échéant, orienté vers le centre de prise en charge des auteurs.", "ambiguite"),
    (VICTIMS + "Les enquêteurs orientent les compagnons violents vers une association spécialisée.", "ambiguite"),
    (VICTIMS + "Les ex-conjoints violents seront redirigés vers le SPIP.", "ambiguite"),
    (VICTIMS + "Les conjoints violents sont orientes vers les consultations de psychiatrie.", "ambiguite"),  # no accent
    (VICTIMS + "Les agresseurs sont systématiquement orientés vers le dispositif d'accompagnement des auteurs.", "ambiguite"),
    (VICTIMS + "Quand l'auteur des violences se manifeste, l'intervenante l'oriente vers le service compétent, sans assurer elle-même de suivi.", "ambiguite"),
    (VICTIMS + "Les auteurs des violences sont dirigés vers un groupe de parole sans être reçus par l'intervenante.", "ambiguite"),
    # the opposite: they are received, or the orientation is denied
    (VICTIMS + "Les conjoints violents ne sont pas orientés vers l'intervenante.", "victimes_seulement"),
    ("L'intervenante reçoit les victimes ainsi que les auteurs présumés, puis les oriente vers les services compétents.", "tous_publics"),
    ("Elle accueille les victimes comme les auteurs ; l'auteur des violences est ensuite orienté vers un suivi, sans que l'intervenante cesse de l'accompagner.", "tous_publics"),
]

COMPLAINT_OPTIONAL = [
    ("Les victimes de violences sont accueillies par l'intervenant, que la victime ait déposé plainte ou non.", "victimes_seulement"),
    ("Toute victime est reçue, plainte déposée ou non.", "victimes_seulement"),
    ("La victime est accompagnée avec ou sans dépôt de plainte.", "victimes_seulement"),
    ("Chaque victime est écoutée, que sa plainte ait été enregistrée ou non.", "victimes_seulement"),
    ("L'intervenant reçoit les personnes signalées par les policiers, qu'une plainte soit déposée ou non.", "tous_publics"),
    ("Les personnes qui se présentent au commissariat sont reçues avec ou sans plainte.", "tous_publics"),
    ("Il reçoit aussi des personnes sans qu'aucune infraction ne soit constatée.", "tous_publics"),
]

CITED_HANDRAILS = [
    ("Vu le protocole départemental de traitement des mains courantes en matière de violences conjugales ;", "preambule", "ambiguite"),
    ("Vu le protocole relatif aux mains courantes du 12 mai 2015 ;", "preambule", "ambiguite"),
    ("Conformément à la circulaire sur le traitement des mains courantes, les unités informent le parquet.", "article", "ambiguite"),
    ("VU LE PROTOCOLE DEPARTEMENTAL DE TRAITEMENT DES MAINS COURANTES ;", "preambule", "ambiguite"),
    # said in the articles as part of the public, it still counts
    ("Les situations signalées par main courante relèvent aussi de la compétence de l'intervenant.", "article", "tous_publics"),
    ("L'intervenante intervient également sur les différends familiaux et les fugues.", "article", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", ORIENTED_PARTNERS)
def test_oriented_authors_make_public_ambiguous(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", COMPLAINT_OPTIONAL)
def test_optional_complaint_keeps_victims_in_penal_field(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, zone, expected", CITED_HANDRAILS)
def test_cited_procedure_is_not_the_public(text: str, zone: str, expected: str) -> None:
    assert code("public", text, zone=zone) == expected
