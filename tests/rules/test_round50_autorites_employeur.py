"""Round 50. Autorités: the worker « relève / dépend » of a police or gendarmerie chief FOR the decisions of
a direct superior (leave, absences, notation, discipline, often listed with hours and the annual review) is
hierarchical authority given to the forces (inversee), even when another paragraph calls the forces'
authority « fonctionnelle »; the same words denied, given to the employer, or reduced to an opinion are
not. Type d'employeur: an association whose own name contains a word of a local authority (« Métropole »,
« Ville ») and which is defined as « l'employeur » in the parties is the employer. Wordings written for
this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles

EMPLOYEUR = ("L'intervenante est salariée de l'association, qui exerce sur elle l'autorité hiérarchique. ")


@pytest.mark.parametrize("text", [
    # the verb, « pour » the acts, then the chief (dash-list of the direct superior's decisions)
    "La gendarmerie exerce une autorité fonctionnelle. Par souci de cohérence, la travailleuse sociale relève, "
    "pour toutes les décisions d'un responsable de proximité – organisation de ses semaines, octroi des congés, "
    "entretien annuel –, du commandant de la compagnie de Dax.",
    "L'intervenant dépend du chef de la circonscription de Rezé pour l'établissement de son planning, la "
    "validation de ses absences et son entretien professionnel.",
    # the acts first
    "En matière de congés, d'autorisations d'absence et d'appréciation annuelle, l'intervenant·e social·e "
    "dépend exclusivement du commissaire.",
    "S'agissant de ses horaires et de ses jours de congés, l'ISCG répond au commandant de brigade.",
    # the acts as subject
    "Ses demandes de congés sont validées par le commandant de la brigade de Millau.",
    "Les congés et absences de l'agent relèvent de la compétence du chef de la circonscription.",
])
def test_decisions_of_direct_superior_given_to_forces(text):
    assert code("autorites", EMPLOYEUR + text) == "inversee"


@pytest.mark.parametrize("text", [
    # denied
    "L'intervenante ne relève pas du commandant de brigade pour ses congés ni pour son entretien annuel.",
    "Ses congés ne sont en aucun cas accordés par le commissaire.",
    # the employer's, the forces only for the organisation
    "L'intervenante relève de sa directrice pour ses congés et son entretien annuel, et du commandant de "
    "brigade pour l'organisation de ses permanences.",
    "Pour l'organisation pratique de ses journées, elle dépend du chef de la circonscription, ses congés "
    "restant accordés par l'association.",
    "Ses congés sont validés par la cheffe de service de l'association, qui en informe le commandant.",
    # an opinion of the forces
    "Pour son entretien annuel, l'association recueille l'avis du commandant de brigade.",
    # a rejected wording
    "Contrairement à l'ancienne rédaction, l'intervenante ne dépend plus du commissaire pour ses congés.",
])
def test_employer_keeps_the_acts(text):
    assert code("autorites", EMPLOYEUR + "Le commandant de brigade exerce l'autorité fonctionnelle. " + text) == "conforme"


def test_mere_contribution_to_evaluation_stays_confuse():
    # the forces conduct the review without any other act of the direct superior: not an inversion here
    text = ("L'intervenante est recrutée par l'association. L'entretien annuel d'évaluation est conduit par le "
            "commandant de la compagnie.")
    assert code("autorites", text) == "confuse"


@pytest.mark.parametrize("text", [
    "L'association « Accueil Solidarité Grand Est Métropole », dont le siège est à Metz, représentée par sa "
    "présidente, ci-après dénommée « l'employeur » ;",
    "L'association « Ville Ouverte », représentée par son président, ci-après « l'employeur » ;",
    "L'association Entraide Métropole Sud, employeur de l'intervenante, assure son encadrement technique.",
])
def test_association_named_with_a_local_authority_word(text):
    assert code("type_employeur", text, zone="parties") == "association"


@pytest.mark.parametrize("text, expected", [
    # the association named first, the city defined as the employer
    ("L'association « Maison des Familles », représentée par sa présidente, la Ville de Sens, représentée "
     "par son Maire, ci-après « l'employeur »", "ville_interco"),
    ("Le Centre intercommunal d'action sociale du Pays d'Auge, représenté par sa vice-présidente, ci-après "
     "« l'employeur » ;", "ville_interco"),
])
def test_other_employers_unchanged(text, expected):
    assert code("type_employeur", text, zone="parties") == expected
