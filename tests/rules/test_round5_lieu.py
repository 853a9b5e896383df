"""Round 5, place of work and material means: held-out wordings through the real engine.

Written from the codebook and the study, not copied from a sample: a negated presence (also split by a
page break), a place near or outside the unit, an office in another building, presence said with other
verbs, a provision « selon leurs possibilités », and words that look like means without being the
worker's equipment (an adjective, the place of exercise, a field of a form).
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




# ---- lieu 1: a negated presence is exercise from outside, never a presence
NEGATED_PRESENCE = [
    ("L'intervenante n'est pas installée au sein de la brigade : elle exerce depuis le siège de l'association.", "non"),
    ("Le travailleur social ne dispose pas de bureau au commissariat.", "non"),
    ("Il n'a pas vocation à être présent dans les locaux du commissariat.", "non"),
    ("L'INTERVENANT N'EST PAS HEBERGE DANS L'ENCEINTE DE LA CASERNE.", "non"),
    ("Il n'est pas installé dans les\n\nlocaux de l'hôtel de police.", "non"),
    ("Elle exerce hors des locaux de la gendarmerie.", "non"),
    ("Son bureau est situé à l'extérieur du commissariat.", "non"),
    ("Le poste est implanté en dehors de la brigade de gendarmerie.", "non"),
    # the subordinate negation is about another verb; the main clause places him in the unit
    ("Lorsqu'il n'est pas en déplacement, l'intervenant est installé au sein du commissariat.", "oui"),
    # an outside place that is negated says nothing
    ("L'intervenant n'exerce jamais hors des locaux du commissariat.", "non_precise"),
]

# ---- lieu 2: near the unit, or in another building, is not in it
OUTSIDE_PLACE = [
    ("L'intervenant est installé à proximité immédiate du commissariat.", "non"),
    ("Son bureau se trouve près de la brigade, dans un local municipal.", "non"),
    ("La travailleuse sociale est hébergée dans les locaux de la mairie, en face de l'hôtel de police.", "non"),
    ("Elle est basée au pôle municipal de prévention, a quelques metres du commissariat.", "non"),
    ("L'intervenant exerce dans les bureaux de l'association, non loin de la gendarmerie.", "non"),
    ("Le poste est localisé au centre communal d'action sociale.", "non"),
    ("L'intervenante travaille aux abords du commissariat central.", "non"),
    ("Il a son bureau dans les locaux de son employeur.", "non"),
    # the text ALSO places the worker in the unit: presence wins, or the time is shared
    ("L'intervenant est installé au commissariat. Il peut aussi recevoir dans les locaux de la mairie, près de la brigade.",
     "oui"),
    ("Elle est présente trois jours par semaine au commissariat et deux jours au CCAS, situé près de l'hôtel de police.",
     "partiellement"),
    # near something inside the unit is still inside
    ("L'intervenant est installé dans les locaux du commissariat, à proximité du bureau des plaintes.", "oui"),
    # not the worker's place
    ("Les victimes sont hébergées dans un logement situé près de la gendarmerie.", "non_precise"),
    ("Le comité de pilotage se réunit à la mairie, à proximité du commissariat.", "non_precise"),
]

# ---- lieu 3: presence said with other verbs and other names of the unit
PRESENCE_OTHER_WORDS = [
    ("Son bureau se situe à l'hôtel de police.", "oui"),
    ("L'intervenante travaille au commissariat de secteur du lundi au vendredi.", "oui"),
    ("Le bureau de l'intervenant se trouve dans les locaux de la police nationale.", "oui"),
    ("Elle reçoit les personnes à la brigade territoriale.", "oui"),
    ("Les entretiens se deroulent au poste de police, dans un bureau fermé.", "oui"),
    ("L'intervenant intègre les locaux de la compagnie de gendarmerie.", "oui"),
    ("Les locaux du commissariat accueillent le bureau de l'intervenante.", "oui"),
    # trips on request are not presence
    ("Il se rend au commissariat à la demande des policiers.", "non"),
    ("Il reçoit les fiches transmises au commissariat par les victimes.", "non_precise"),
]

# ---- locaux 1: a provision left to the partners' possibilities is conditional
CONDITIONAL_PROVISION = [
    ("Le bureau et le téléphone seront mis à disposition par les partenaires, selon leurs possibilités.", "ambiguite"),
    ("La commune fournira un véhicule de service en fonction de ses disponibilités.", "ambiguite"),
    ("Dans la mesure de leurs moyens, les signataires mettent à disposition un poste informatique.", "ambiguite"),
    ("Un local sera attribué par la gendarmerie si les moyens le permettent.", "ambiguite"),
    ("Le matériel informatique est fourni par l'employeur, dans la limite de ses moyens.", "ambiguite"),
    ("Selon ses possibilités, la DDSP réserve un bureau à l'intervenante.", "ambiguite"),
    # an unconditional provision stays written
    ("La DDSP met à disposition un bureau fermant à clé et une ligne téléphonique.", "inscrits"),
    ("La commune fournit le véhicule ; l'intervenant oriente les personnes selon leurs possibilités.", "inscrits"),
]

# ---- locaux 2: only the worker's own means are « means mentioned »
MEANS_MENTION = [
    ("L'intervenant aide les personnes en difficulté d'ordre social, familial, matériel ou psychologique.", "non_precise"),
    ("Il n'est pas installé dans les locaux de la gendarmerie.", "non_precise"),
    ("L'intervenant est reçu dans les locaux de la brigade pour présenter son bilan.", "non_precise"),
    ("Fiche de liaison : nom, prénom, date de naissance, adresse, telephone.", "non_precise"),
    ("Il facilite l'accès de la victime au téléphone grave danger.", "non_precise"),
    ("Les pièces justificatives sont jointes à la demande d'aide.", "non_precise"),
    ("Il peut se rendre au bureau de police de la commune voisine.", "non_precise"),
    ("Les besoins matériels des familles sont évalués lors du premier entretien.", "non_precise"),
    # real mentions of his means, nobody named to provide them
    ("L'intervenante dispose d'un téléphone portable et d'un ordinateur.", "ambiguite"),
    ("Des locaux adaptés à la confidentialité des entretiens sont nécessaires.", "ambiguite"),
    ("Le materiel informatique de l'intervenant reste à acquérir.", "ambiguite"),
    ("Un véhicule de service est utilisé pour les visites à domicile.", "ambiguite"),
]

CASES = (
    [("lieu_exercice", t, v) for t, v in NEGATED_PRESENCE + OUTSIDE_PLACE + PRESENCE_OTHER_WORDS]
    + [("locaux_moyens", t, v) for t, v in CONDITIONAL_PROVISION + MEANS_MENTION]
)


@pytest.mark.parametrize("indicator, text, expected", CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_round5_lieu_wording(indicator, text, expected):
    assert code(indicator, text) == expected
