"""Round 25 wordings for place of work, premises/means and duration, through the real engine.

Four drafting families met in the blind sets yl to yo, each written here as other secretariats could
write it (not the sample's sentence):
- a permanence held by someone else than the worker (the employer, its lawyer, volunteers), said to be
  apart from the post, places no part of the worker's time elsewhere;
- the week counted out in days between two police/gendarmerie units is the whole time IN units;
- the worker's travel under the rules on travel expenses is no clause on premises or equipment;
- a duration set « par dérogation à / contrairement à / au lieu de » another text's duration: the other
  text's length is not this convention's.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


UNIT = "L'intervenante sociale exerce ses fonctions au sein du commissariat de police de la ville. "


# A slot held by another person and kept apart from the post: the worker stays in the unit (oui);
# the same slot held by the worker is still a split (partiellement).
OTHER_PERSONS_PERMANENCE = [
    (UNIT + "L'association tient par ailleurs une permanence juridique le mardi à la mairie, assurée par son juriste ; "
     "cette permanence est distincte du poste.", "oui"),
    (UNIT + "Une permanence d'accès au droit est organisée chaque jeudi à la maison de la justice et du droit ; elle "
     "n'en modifie pas le lieu d'exercice.", "oui"),
    (UNIT + "Le CCAS accueille le vendredi une permanence tenue par des bénévoles de l'association, sans incidence sur "
     "le lieu d'exercice de l'intervenante.", "oui"),
    (UNIT + "L'employeur assure en outre des permanences le lundi au centre social ; ces permanences, assurées par un "
     "autre salarie, sont independantes du poste.", "oui"),
    (UNIT + "Une permanence est tenue le mercredi en mairie par un avocat du barreau ; elle ne change pas le lieu "
     "d'exercice de l'intervenante.", "oui"),
    (UNIT + "L'association tient aussi une permanence au CCAS le mardi, assuree par ses juristes, distincte de la "
     "mission de l'intervenante.", "oui"),
    # the worker's own slot elsewhere stays a split
    ("L'intervenante est présente trois jours par semaine au commissariat ; elle tient une permanence le mardi à la "
     "mairie.", "partiellement"),
    ("Il exerce trois jours au commissariat et deux jours au CCAS de la commune.", "partiellement"),
]

# The week's days counted out between two units: the whole time is spent in units.
DAYS_IN_TWO_UNITS = [
    ("L'intervenant partage sa semaine entre les deux services : trois jours au commissariat de Béthune et deux "
     "jours à la brigade de Lillers.", "oui"),
    ("Elle est présente deux jours au commissariat d'Arras et trois jours à la brigade de gendarmerie de Bapaume.",
     "oui"),
    ("Notre intervenant social travaille trois journées à la compagnie de gendarmerie et deux journées au "
     "commissariat de la ville.", "oui"),
    ("Sa semaine se répartit ainsi : deux jours a l'hotel de police et trois jours a la brigade de Saint-Pol.", "oui"),
    ("L'intervenante est accueillie quatre demi-journées à la brigade de Douvrin et six demi-journées au "
     "commissariat de Lens.", "oui"),
    ("Il répartit ses journées entre les deux unités : le lundi et le mardi à la brigade d'Avion, les autres jours "
     "au commissariat de Liévin, soit trois jours au commissariat et deux jours à la brigade.", "oui"),
    # one unit and another place is a split; a denied split says nothing of the place
    ("Elle est présente trois jours au commissariat et deux jours au centre communal d'action sociale.",
     "partiellement"),
    ("Dans le cadre de sa formation, l'intervenante effectue un stage de deux jours au commissariat de Lens et trois "
     "jours à la brigade de Carvin.", "non_precise"),
]

# Travel under the rules on travel expenses is no premises/equipment clause; a vehicle given to the post is.
TRAVEL_EXPENSES = [
    ("Les déplacements de l'intervenante sont effectués avec un véhicule de la commune ou, à défaut, avec son "
     "véhicule personnel, selon la réglementation relative aux frais de déplacement.", "non_precise"),
    ("Pour ses trajets professionnels, l'agent utilise un vehicule de service ; ses frais kilometriques sont "
     "rembourses selon le bareme en vigueur.", "non_precise"),
    ("L'intervenant se déplace avec une voiture du Département ; à défaut de véhicule de service, il utilise sa "
     "voiture et perçoit des indemnités kilométriques.", "non_precise"),
    ("Les frais de déplacement de l'intervenante, qui circule avec un véhicule du service ou le sien, sont pris en "
     "charge dans les conditions fixées pour les agents territoriaux.", "non_precise"),
    ("Ses déplacements avec un véhicule de la collectivité donnent lieu au remboursement des frais selon le décret "
     "du 3 juillet 2006.", "non_precise"),
    ("Le remboursement des frais de route de l'agent, qui utilise un véhicule de service, suit la règle commune.",
     "non_precise"),
    # means really given, or mentioned without a provider, are still read
    ("La commune met à la disposition de l'intervenante un véhicule de service et un téléphone portable.",
     "inscrits"),
    ("L'intervenante utilise un vehicule de service pour ses déplacements.", "ambiguite"),
]

# A duration set against another text's: the convention's own length counts.
DEROGATION = [
    ("Par dérogation à la durée d'un an prévue par la convention du 2 mars 2020, la présente convention est conclue "
     "pour deux ans.", "autre"),
    ("Contrairement à la précédente convention, signée pour une année, la présente convention est passée pour une "
     "durée de vingt-quatre mois.", "autre"),
    ("La présente convention est conclue pour une durée de deux ans, par dérogation à la duree d'un an retenue "
     "jusqu'ici.", "autre"),
    ("Au lieu de la durée d'un an fixée en 2019, la nouvelle convention est établie pour une période de quatre ans.",
     "autre"),
    ("En derogation a la duree annuelle de l'accord de 2018, la presente convention est conclue pour 2 ans.",
     "autre"),
    ("Par dérogation à la durée de trois ans prévue par la convention-type, la présente convention est conclue "
     "pour une durée d'un an.", "annuelle"),
    ("Par dérogation à la durée d'un an de la convention initiale, la présente convention est conclue pour trois "
     "ans.", "triennale"),
    # a mere possibility is not the convention's length
    ("Par dérogation à la durée d'un an prévue par la convention initiale, la présente convention pourra être "
     "conclue pour deux ans ; elle est conclue pour un an.", "annuelle"),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_PERSONS_PERMANENCE)
def test_other_persons_permanence(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize(("text", "expected"), DAYS_IN_TWO_UNITS)
def test_days_in_two_units(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize(("text", "expected"), TRAVEL_EXPENSES)
def test_travel_expenses(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize(("text", "expected"), DEROGATION)
def test_derogation(text: str, expected: str) -> None:
    assert code("duree", text) == expected
