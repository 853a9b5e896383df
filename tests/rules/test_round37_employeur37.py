"""Round 37 wordings (type_employeur), through the real engine.

Families of drafting, not copies of a sample:
- the employer's head named first, then a cleft « c'est lui / elle qui l'a recruté / qui l'emploie »;
- the employment link written through the pay: « assure la paie / le versement de la rémunération de
  l'agent » (but « prend en charge la rémunération » is a financing, not an employment);
- syndicates of communes (SIVOM, SIVU, syndicat intercommunal, syndicat mixte) as intercommunal employers;
- the statutory link « relève statutairement / administrativement de ».
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code  # noqa: E402

CLEFT = [
    ("Le directeur du CCAS est le seul supérieur hiérarchique de l'intervenante : c'est lui qui l'a recrutée et qui fixe ses congés.", "ville_interco"),
    ("La Présidente du CIAS du Pays de Mirepoix a seule autorité sur l'agent ; c'est elle qui l'emploie.", "ville_interco"),
    ("Le Maire de la commune est l'autorité territoriale de l'intervenant : c'est lui qui l'a embauche en contrat de trois ans.", "ville_interco"),
    ("La directrice de l'association est la seule à encadrer le travailleur social, c'est elle qui l'a engagé.", "association"),
    ("Le Président du Conseil départemental exerce l'autorité hiérarchique : c'est lui qui l'a recrutée et qui la note.", "conseil_departemental"),
    ("Le directeur du centre hospitalier est son seul supérieur : c'est lui qui le rémunère.", "autre"),
    ("Le SIVOM reste seul responsable du poste : c'est lui qui l'a recruté.", "ville_interco"),
]

CLEFT_SILENT = [
    "Ce n'est pas le CCAS qui l'emploie.",
    "Le directeur du CCAS reçoit le bilan annuel : c'est lui qui le transmet au maire.",
    "Le directeur du CCAS est informé des absences : c'est lui qui en avertit le commissaire.",
    "La commune met à disposition un bureau ; c'est elle qui l'entretient.",
    "Le Maire préside le comité de suivi : c'est lui qui le convoque.",
    "Le directeur du CCAS n'est pas son supérieur : ce n'est pas lui qui l'a recruté.",
]

PAY = [
    ("La Ville assure la gestion administrative du poste et le versement de la rémunération de l'intervenant social.", "ville_interco"),
    ("La commune assure la paie et la gestion administrative de l'intervenante sociale.", "ville_interco"),
    ("La communauté de communes assurera le versement du salaire de l'intervenant et le suivi de sa carrière.", "ville_interco"),
    ("Le CCAS assure le versement du traitement de l'agent recruté.", "ville_interco"),
    ("Le Département assure la gestion administrative du poste et le versement de la rémunération de l'agent, ainsi que le remboursement de ses frais.", "conseil_departemental"),
    ("L'association assure la paie de l'intervenante et la tenue de son dossier.", "association"),
    ("La commune assure la gestion administrative du poste et le versement de la remuneration de l'agent.", "ville_interco"),
]

PAY_SILENT = [
    "La commune prend en charge la rémunération de l'intervenant social.",
    "La commune n'assure pas le versement de la rémunération de l'intervenant.",
    "La Ville finance le versement de la rémunération de l'intervenante.",
    "La commune participe au versement du salaire de l'intervenant social.",
    "Le versement de la rémunération de l'agent fait l'objet d'une subvention de la commune.",
    "La commune n'assure ni la paie ni la gestion administrative de l'intervenant.",
]

SYNDICATE = [
    "L'intervenant social est salarié du SIVOM de l'Est roubaisien.",
    "L'intervenaut social est salarié du SIVOM.",
    "Le SIVU recrute un travailleur social titulaire du diplôme d'Etat.",
    "L'intervenante est employée par le syndicat mixte du Pays de Morlaix.",
    "Le recrutement est assuré par le SIVOM, qui en est l'employeur.",
    "L'intervenant est un agent du syndicat intercommunal à vocation multiple.",
    "Le travailleur social est recruté et rémunéré par le Syndicat Intercommunal de la vallée.",
    "Le SIVOM, représenté par son Président, ci-après « l'employeur » ;",
]

SYNDICATE_SILENT = [
    "L'intervenant n'est pas un agent du SIVOM.",
    "L'intervenant oriente les personnes vers le SIVOM.",
    "Le SIVOM verse une subvention de 5 000 euros au poste.",
    "Le syndicat mixte participe au financement du poste.",
    "Le président du SIVU est invité à participer au jury de recrutement.",
    "L'intervenante n'est pas employée par le syndicat intercommunal.",
]

STATUTE = [
    ("L'intervenant social relève statutairement de la commune de Pamiers.", "ville_interco"),
    ("L'intervenante releve statutairement du CCAS.", "ville_interco"),
    ("L'agent relève administrativement de la communauté d'agglomération.", "ville_interco"),
    ("Le travailleur social relève statutairement du Conseil départemental.", "conseil_departemental"),
    ("Placé au commissariat, l'intervenant social relève statutairement du Département.", "conseil_departemental"),
    ("L'intervenant relève administrativement de l'association Escale.", "association"),
    ("L'intervenante sociale relèvera statutairement du centre hospitalier.", "autre"),
]

STATUTE_SILENT = [
    "L'intervenant ne relève pas statutairement de la commune.",
    "L'intervenant social ne relève pas administrativement du Département.",
    "L'intervenante ne relève statutairement ni de la commune ni du CCAS.",
    "La prise en charge relève des services de la commune.",
    "Le suivi de longue durée relève du Département.",
    "Le contentieux relève de la compétence du tribunal administratif.",
]


@pytest.mark.parametrize("text,expected", CLEFT)
def test_cleft_on_the_head_names_the_employer(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text", CLEFT_SILENT)
def test_cleft_on_another_act_or_denied_names_no_employer(text: str) -> None:
    assert code("type_employeur", text) == "autre"


@pytest.mark.parametrize("text,expected", PAY)
def test_paying_the_agent_names_the_employer(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text", PAY_SILENT)
def test_funding_the_pay_or_denying_it_names_no_employer(text: str) -> None:
    assert code("type_employeur", text) == "autre"


@pytest.mark.parametrize("text", SYNDICATE)
def test_a_syndicate_of_communes_is_an_intercommunal_employer(text: str) -> None:
    assert code("type_employeur", text) == "ville_interco"


@pytest.mark.parametrize("text", SYNDICATE_SILENT)
def test_a_syndicate_not_employing_names_no_employer(text: str) -> None:
    assert code("type_employeur", text) == "autre"


@pytest.mark.parametrize("text,expected", STATUTE)
def test_statutory_link_names_the_employer(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text", STATUTE_SILENT)
def test_other_things_relevant_to_a_body_name_no_employer(text: str) -> None:
    assert code("type_employeur", text) == "autre"
