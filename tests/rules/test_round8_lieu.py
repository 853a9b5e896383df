"""Round 8 (place, premises): held-out wordings for the phenomena fixed this round, through the real engine.

- a placement only considered for later (« l'opportunité d'une implantation future », « à terme ») is
  not the place of exercise; « ne … pas … dans les locaux des unités » places the worker outside;
- a week shared between a unit and a Département « espace solidarité » or a « point justice »: partiellement;
- travelling over the territory or to people's homes « en tant que de besoin » is not exercise from
  outside (only a trip to the unit, or at its request, is);
- « en tant que de besoin » / « selon les besoins » on means already granted is not a conditional promise;
- telegraphic lists naming the provider before the means (« Gendarmerie : bureau ») or after
  (« Bureau : fourni par… ») write the provider down: inscrits.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




LIEU_PROSPECTIF_ET_NIE = [
    ("L'intervenante exerce depuis les locaux du centre médico-social. Le comité étudiera l'opportunité d'une installation future au sein de la brigade.", "non"),
    ("Une implantation dans les locaux du commissariat est envisagée à terme.", "non_precise"),
    ("Le comité pourrait proposer, ultérieurement, son installation dans l'enceinte de la gendarmerie.", "non_precise"),
    ("Elle ne dispose d'aucun bureau au sein des unités.", "non"),
    ("Il n'occupe pas de bureau dans les locaux des unites de gendarmerie.", "non"),
    ("L'intervenant n'a pas de bureau dans les locaux des unités.", "non"),
    # opposites: the present placement still counts
    ("L'intervenant est installé dans les locaux des unités, à Évron et à Meslay.", "oui"),
    ("Son bureau se situe au sein même des unités, à Évron et à Meslay.", "oui"),
    ("L'intervenant social exerce au sein de la brigade. Le comité évalue chaque année son action.", "oui"),
]

LIEU_AUTRE_LIEU_DEPARTEMENT = [
    ("Chaque semaine, elle intervient trois jours à la brigade de Colmar et deux jours à l'espace solidarité du Département.", "partiellement"),
    ("Planning hebdomadaire : compagnie de gendarmerie (3 jours), espace des solidarités (2 jours).", "partiellement"),
    ("Il exerce deux jours par semaine au point justice de la ville et trois jours au commissariat.", "partiellement"),
    ("L'intervenante est presente trois jours au commissariat et deux jours au point justice.", "partiellement"),
    ("Le poste est partagé entre l'hôtel de police et la maison France services de l'agglomération.", "partiellement"),
    ("Elle reçoit au point de justice les lundis et mardis ; le reste de la semaine, elle exerce au commissariat.", "partiellement"),
    # opposites: an orientation is not a place of exercise
    ("Il est présent tous les jours au commissariat et oriente les personnes vers le point justice sous deux jours.", "oui"),
    ("L'intervenant n'exerce jamais à l'espace solidarité : il est présent toute la semaine à la brigade.", "oui"),
]

LIEU_DEPLACEMENTS = [
    ("Elle se déplace, en tant que de besoin, sur l'ensemble du ressort de la compagnie.", "non_precise"),
    ("Il se rend si necessaire au domicile des personnes.", "non_precise"),
    ("L'intervenant se déplace au besoin dans les communes du secteur.", "non_precise"),
    ("Elle se rend, en cas de besoin, sur tout le territoire de la circonscription.", "non_precise"),
    # the trip to the unit, or at its request, is still exercise from outside
    ("Il se déplace à la brigade sur sollicitation des gendarmes.", "non"),
    ("L'intervenante se rend au commissariat à la demande des policiers.", "non"),
    ("Elle se déplace sur simple appel des militaires.", "non"),
    ("Il se rend, sur demande, à la brigade.", "non"),
    ("Il ne se rend pas au commissariat sur demande : il y est installé.", "non_precise"),
]

LOCAUX_BESOIN = [
    ("La commune met à disposition, en tant que de besoin, un véhicule du parc municipal.", "inscrits"),
    ("Un véhicule de service est prêté par la mairie selon les besoins des déplacements.", "inscrits"),
    ("L'association fournit en tant que de besoin le matériel de bureau nécessaire.", "inscrits"),
    ("Le groupement met a sa disposition, en tant que de besoin, une salle d'entretien.", "inscrits"),
    # the real conditions stay conditional
    ("Le cas échéant, un véhicule pourra être prêté par la commune.", "ambiguite"),
    ("Un bureau sera mis à disposition dans la mesure du possible.", "ambiguite"),
    ("Un ordinateur est fourni par l'association si nécessaire.", "ambiguite"),
]

LOCAUX_LISTE = [
    ("Moyens matériels :\n• Gendarmerie (brigades de Redon et Guichen) : bureau fermant à clé, ligne fixe.\n• Association : ordinateur portable, téléphone mobile.", "inscrits"),
    ("- Commissariat : un bureau isolé et un accès internet.", "inscrits"),
    ("- Employeur : telephone portable, vehicule de service.", "inscrits"),
    ("Bureau : fourni par la DDSP.\nVéhicule : pris en charge par la commune.", "inscrits"),
    ("- Véhicule : pool de véhicules du centre hospitalier.", "inscrits"),
    ("Téléphone : mis à disposition par l'employeur.", "inscrits"),
    ("- CHU : ordinateur, fournitures.", "inscrits"),
    # opposites: a place or a task is not a provider of means; a denied means is not given
    ("- Bureau principal : compagnie de Vannes, trois jours par semaine.", "ambiguite"),
    ("- Gendarmerie : aucun bureau n'est mis à disposition.", "ambiguite"),
    ("- Association : recrutement et encadrement de l'intervenante.", "non_precise"),
]


@pytest.mark.parametrize("text,expected", LIEU_PROSPECTIF_ET_NIE + LIEU_AUTRE_LIEU_DEPARTEMENT + LIEU_DEPLACEMENTS)
def test_lieu_round8(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text,expected", LOCAUX_BESOIN + LOCAUX_LISTE)
def test_locaux_round8(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected
