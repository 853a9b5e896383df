"""Round 52: what the worker gathered in interviews put at the investigators' disposal, brought to the
OPJ's knowledge or handed over on request (in the writers' own words, without « secret partagé » nor
« notes »), and a register of interviews naming each person, opened to the commandant in the next
sentence by « ce registre ». Traps: consent, art. 226-14, anonymous figures, « en aucun cas », « ni … ni »,
the flow from the forces to the worker. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    (SECRET + "À la demande des gendarmes, l'intervenante met à la disposition de la brigade de recherches et des "
     "enquêteurs les éléments de son dossier relatifs à la personne entendue.", "contre_sens"),
    (SECRET + "L'intervenant·e tient à la disposition de l'officier de police judiciaire, sur simple réquisition, "
     "les informations recueillies lors des entretiens.", "contre_sens"),
    (SECRET + "Les renseignements recueillis au cours de l'entretien sont portés à la connaissance du commandant "
     "de brigade à première demande.", "contre_sens"),
    (SECRET + "Il fait connaître aux policiers en charge de la plainte la situation familiale et sociale de la "
     "victime telle qu'il l'a connue.", "contre_sens"),
    (SECRET + "Le travailleur social remet aux enquêteurs qui le sollicitent les éléments dont il dispose sur la "
     "famille.", "contre_sens"),
])
def test_elements_handed_to_the_forces(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text", [
    SECRET + "L'intervenante ne peut en aucun cas mettre à la disposition des enquêteurs les éléments de son dossier.",
    SECRET + "L'intervenant ne communique ni ses notes ni les informations recueillies aux gendarmes.",
    SECRET + "Avec l'accord de la personne, il porte à la connaissance de l'OPJ les éléments de sa situation utiles "
    "à sa protection.",
    SECRET + "Les éléments recueillis ne sont transmis aux enquêteurs que dans les seuls cas prévus par l'article "
    "226-14 du code pénal.",
    SECRET + "L'officier de police judiciaire communique à l'intervenante sociale les éléments de la procédure "
    "utiles à l'accompagnement.",
    SECRET + "Des statistiques anonymes tirées des éléments recueillis sont remises chaque trimestre au commandant.",
])
def test_elements_traps(text):
    assert code("deontologie", text) == "securisee"


@pytest.mark.parametrize("text, expected", [
    (SECRET + "L'intervenante tient un journal des rendez-vous indiquant le nom de chaque personne et l'objet de "
     "sa demande. Ce journal est rangé au commissariat ; les officiers peuvent le consulter et en obtenir copie.",
     "contre_sens"),
    (SECRET + "Un cahier des entretiens mentionne l'identité des victimes et les démarches engagées. Ledit cahier est "
     "communiqué au chef de poste à sa demande.", "contre_sens"),
    (SECRET + "L'intervenante tient un journal des rendez-vous indiquant le nom de chaque personne. Ce journal n'est "
     "jamais communiqué aux officiers.", "securisee"),
    (SECRET + "L'intervenante tient un journal des rendez-vous indiquant le nom de chaque personne. Ce journal reste "
     "à l'association ; seules des statistiques anonymes sont transmises au commandant.", "securisee"),
])
def test_register_of_interviews(text, expected):
    assert code("deontologie", text) == expected
