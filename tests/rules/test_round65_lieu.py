"""Round 65: lieu_exercice — a day outside the unit in a timetable list, a presence in the units ruled out in advance
(« ni de façon permanente, ni sous forme de permanences »), the employer named as the worker's structure, and a post
created « au profit des unités » (for whose benefit, not where). Held-out wordings."""
import pytest

from rule_wording import code

PARTIEL = [
    "Article 6. Planning hebdomadaire de l'intervenante :\n- lundi, mardi : brigade de gendarmerie de Cosne ;\n- mercredi et jeudi : compagnie de gendarmerie de Nevers ;\n- vendredi : maison départementale des solidarités de Nevers, pour les entretiens de suivi et les rencontres avec les partenaires.",
    "Article 4. L'intervenant·e social·e travaille à temps plein. Il exerce :\n- le lundi et le mardi, dans les locaux du commissariat de Vichy ;\n- le mercredi et le jeudi, à la brigade de Cusset ;\n- le vendredi, au centre hospitalier de Vichy, où il prépare les relais avec le service social.",
]
NOT_PARTIEL = [
    # every line of the list is a unit
    "Article 6. Planning hebdomadaire de l'intervenante :\n- lundi, mardi : brigade de gendarmerie de Cosne ;\n- mercredi à vendredi : compagnie de gendarmerie de Nevers.",
]
NON = [
    "Article 5. La travailleuse sociale est basée à l'antenne de l'association à Sens. Il n'est pas envisagé qu'elle soit installée dans les brigades, ni de manière permanente, ni par des permanences.",
    "Article 5. L'intervenant reçoit au siège de la MSA. Il ne se rend pas dans les unités, ni de façon permanente ni en permanences.",
]
OUI = [
    "Article 1. La convention organise la présence d'une intervenante sociale du centre hospitalier au sein de la compagnie de gendarmerie de Brioude, à mi-temps.",
]
NOT_OUI = [
    "Article 1. La convention crée un poste de travailleur social, deux jours par semaine, au bénéfice des brigades de la compagnie de Vichy.",
]


@pytest.mark.parametrize("text", PARTIEL)
def test_partiel(text):
    assert code("lieu_exercice", text) == "partiellement"


@pytest.mark.parametrize("text", NOT_PARTIEL)
def test_not_partiel(text):
    assert code("lieu_exercice", text) != "partiellement"


@pytest.mark.parametrize("text", NON)
def test_non(text):
    assert code("lieu_exercice", text) == "non"


@pytest.mark.parametrize("text", OUI)
def test_oui(text):
    assert code("lieu_exercice", text) == "oui"


@pytest.mark.parametrize("text", NOT_OUI)
def test_not_oui(text):
    assert code("lieu_exercice", text) == "non_precise"
