"""Round 50: the forces named among the recipients of the worker's nominative data (RGPD clause) are a
contre-sens; an obligation to refer minors in danger to the CRIP (« doit, dès lors que …, transmettre »)
is the ambiguity of the systematic referral. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    ("Peuvent accéder aux données nominatives enregistrées dans le logiciel : la travailleuse sociale, "
     "le directeur de la police municipale et les enquêteurs de la sûreté départementale.", "contre_sens"),
    ("Les fiches individuelles des personnes reçues sont consultables en permanence par les OPJ de la brigade.",
     "contre_sens"),
    ("Le commissaire est rendu destinataire des données personnelles recueillies lors des entretiens.",
     "contre_sens"),
    # traps
    (SECRET + "Les services de police ne reçoivent que des données statistiques anonymisées.", "securisee"),
    (SECRET + "Nul service de police ou de gendarmerie n'est destinataire des données nominatives.", "securisee"),
    (SECRET + "Avec l'accord de la personne, ses données personnelles peuvent être transmises au CIAS.", "securisee"),
    (SECRET + "Les destinataires des données à caractère personnel sont l'intervenante et le service social "
     "de l'association employeur.", "securisee"),
])
def test_forces_recipients_of_nominative_data(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "L'intervenante doit, lorsqu'elle constate qu'un enfant est en danger, saisir la cellule "
     "départementale de recueil.", "ambiguite"),
    (SECRET + "Il est tenu, en présence d'un mineur en danger ou en risque de l'être, d'adresser une "
     "information préoccupante au président du conseil départemental au titre de la protection de l'enfance.",
     "ambiguite"),
    (SECRET + "Il appartient à l'intervenant de transmettre une information préoccupante à la CRIP pour chaque "
     "mineur en danger.", "ambiguite"),
    # faculty, judgment, negation: stays secure
    (SECRET + "L'intervenante peut, lorsqu'elle l'estime nécessaire, saisir la CRIP.", "securisee"),
    (SECRET + "Il devra, le cas échéant, adresser une information préoccupante à la cellule de recueil.",
     "securisee"),
    (SECRET + "Il n'est nullement tenu de transmettre une information préoccupante à la CRIP : il apprécie.",
     "securisee"),
    (SECRET + "Il doit en informer les parents avant toute transmission d'une information préoccupante à la CRIP.",
     "securisee"),
])
def test_obligation_to_refer_to_crip(text, expected):
    assert code("deontologie", text) == expected
