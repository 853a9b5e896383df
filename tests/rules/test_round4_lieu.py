"""Round 4, place of work and material means: paraphrases of the phenomena fixed on the blind sets g/h.

Each group is one French phenomenon, written in words other préfectures could use (other verbs, word
order, passive, negation, missing accents, OCR slips), never copied from a sample. Each text goes
through the real engine (``match_text`` + ``decide_indicator``), like ``test_heldout_wordings.py``.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




# ---- lieu 1: part of the week in the unit, the remaining days in permanences or at a health place
REMAINING_TIME_ELSEWHERE = [
    ("L'intervenante est présente trois jours par semaine à la brigade de Mirande. Les deux autres jours, "
     "elle tient des permanences dans les brigades de Masseube et de Miélan.", "partiellement"),
    ("Le travailleur social exerce au sein du commissariat les lundi, mardi et jeudi ; le reste de la semaine, "
     "il effectue des permanences dans les mairies du canton.", "partiellement"),
    ("Elle exerce quatre jours au sein de la compagnie et une journée à la permanence d'accès aux soins de santé "
     "du centre hospitalier.", "partiellement"),
    ("Son temps de travail est réparti entre la brigade et le centre medico-psychologique de secteur.",
     "partiellement"),
    ("Le reste de son temps, l'intervenant assure des permanences dans les unités de la communauté de brigades.",
     "partiellement"),
    ("L'intervenant est installé à la compagnie trois jours par semaine et présent deux demi-journées au CMP.",
     "partiellement"),
    ("les autres jours, il organise des permanences au sein des brigades de proximite.", "partiellement"),
    # the whole working time in the unit, even for a part-time post: not shared
    ("L'intégralité de son temps de travail, soit trois jours par semaine, s'effectue dans les locaux de la "
     "compagnie de gendarmerie.", "oui"),
    ("Les deux autres jours, l'intervenant n'assure aucune permanence : il est en repos.", "non_precise"),
]

# ---- lieu 2: a delay is not a share of the week; a place people are referred to is not a place of work
DELAY_OR_REFERRAL = [
    ("L'intervenant rappelle chaque personne dans un délai de deux jours ouvrables et l'oriente vers les "
     "assistantes sociales du CCAS.", "non_precise"),
    ("Toute situation signalée est traitée sous trois jours ; les familles sont ensuite reçues par les "
     "professionnels de la maison départementale des solidarités.", "non_precise"),
    ("Le premier contact a lieu dans les deux jours suivant le signalement, puis la personne est adressée au "
     "centre médico-social de son secteur si elle le souhaite.", "non_precise"),
    ("Elle prend contact avec la victime au plus tard 3 jours ouvrés après réception de la fiche, et à ce que "
     "celle-ci puisse être accompagnée par les travailleurs sociaux de la MDS.", "non_precise"),
    ("Un rendez-vous est proposé dans un délai de cinq jours calendaires par les equipes du centre social.",
     "non_precise"),
    ("Les personnes qui le souhaitent sont orientées, sous deux jours, vers la mairie de leur domicile.",
     "non_precise"),
    # the real share of the week is still read
    ("L'intervenant est présent trois jours par semaine au commissariat et deux jours au centre social.",
     "partiellement"),
    ("Le CCAS reçoit également l'intervenante deux jours par semaine ; le reste du temps, elle est au commissariat.",
     "partiellement"),
    ("Elle est au commissariat trois jours ; au centre social le reste du temps.", "partiellement"),
    ("Il est présent à la brigade les matins ; les après-midi, il reçoit à la mairie.", "partiellement"),
]

# ---- lieu 3: the whole week at the other place (or its opening hours) is not a shared week
WHOLE_WEEK_ELSEWHERE = [
    ("L'intervenante exerce aux horaires d'ouverture de la mairie, du lundi au vendredi.", "non_precise"),
    ("Le travailleur social exerce ses fonctions depuis les locaux du CCAS, du lundi au vendredi.", "non"),
    ("Du lundi au vendredi, il reçoit au centre communal d'action sociale les personnes signalées par la police.",
     "non_precise"),
    ("Il accueille le public au CCAS de lundi à vendredi, selon les horaires du service.", "non_precise"),
    ("L'intervenant n'est pas installé au commissariat ; il exerce selon les horaires d'ouverture du centre "
     "social, du lundi au samedi.", "non"),
    ("Elle intervient à la maison de la justice et du droit du lundi jusqu'au vendredi.", "non_precise"),
    # a part of the week at the other place is still a shared week
    ("Elle intervient au commissariat le lundi et le mardi et à la maison de la justice et du droit le jeudi.",
     "partiellement"),
]

# ---- lieu 4: staff « de permanence » (on duty) are not the worker's permanences
STAFF_ON_DUTY = [
    ("Les situations sont transmises par l'officier de police judiciaire de permanence au commissariat.",
     "non_precise"),
    ("Le magistrat de permanence du parquet est informé par les gendarmes de la brigade.", "non_precise"),
    ("Les fiches sont remplies par les gendarmes de permanence de la compagnie.", "non_precise"),
    ("En dehors des heures ouvrables, les victimes sont accueillies par les policiers de permanence à l'hôtel "
     "de police.", "non_precise"),
    ("Le chef de permanence de la brigade transmet chaque matin la liste des interventions de la nuit.",
     "non_precise"),
    ("L'OPJ de permanence au commissariat peut solliciter directement le travailleur social.", "non_precise"),
    # the worker's own permanences are still read
    ("L'intervenant assure des permanences au commissariat deux après-midi par semaine.", "partiellement"),
]

# ---- locaux 1: means promised, but nobody named to provide them, or arrangements left for later
PROVIDER_UNDETERMINED = [
    ("Un bureau et une ligne téléphonique seront mis à disposition par les partenaires selon des modalités à "
     "préciser.", "ambiguite"),
    ("Le véhicule de service est fourni par l'un ou l'autre des partenaires.", "ambiguite"),
    ("Les modalités de mise à disposition des locaux seront fixées ultérieurement par avenant.", "ambiguite"),
    ("LES MOYENS MATERIELS (BUREAU, ORDINATEUR) SONT FOURNIS PAR LES SIGNATAIRES SELON DES MODALITES A DEFINIR.",
     "ambiguite"),
    ("Le poste informatique sera attribué par l'une ou l'autre des parties, à déterminer d'un commun accord.",
     "ambiguite"),
    ("Un local adapté sera mis a disposition de l'intervenant, selon des modalites a convenir localement.",
     "ambiguite"),
    # a named provider stays written down
    ("La commune met à disposition de l'intervenant un bureau et un téléphone portable ; le calendrier des "
     "réunions sera fixé ultérieurement.", "inscrits"),
    ("Le bureau n'est pas fourni par les partenaires : la gendarmerie met à sa disposition un bureau fermant à clé.",
     "inscrits"),
    ("Les moyens sont mis à disposition par les partenaires : la mairie fournit le bureau, la DDSP le téléphone.",
     "inscrits"),
]

# ---- locaux 2: the office given only as far as rooms are available
AVAILABILITY_CONDITION = [
    ("Un bureau est attribué à l'intervenante dans la mesure des disponibilités du commissariat.", "ambiguite"),
    ("Dans la mesure de ses disponibilités immobilières, la brigade réserve un local à l'intervenant.", "ambiguite"),
    ("Selon la disponibilité des locaux, une pièce sera affectée au travailleur social par la compagnie.",
     "ambiguite"),
    ("Le groupement met à disposition un bureau, sous réserve de places disponibles dans la caserne.", "ambiguite"),
    ("Un espace de travail est prévu au commissariat en fonction de la disponibilité des bureaux.", "ambiguite"),
    ("Dans la mesure ou la configuration des locaux le permet, un bureau est reserve a l'intervenant par la DDSP.",
     "ambiguite"),
    ("La brigade met à disposition un bureau individuel fermant à clé.", "inscrits"),
]

# ---- locaux 3: a weak condition counts only when it governs the providing, not a trip or another act
WEAK_CONDITION_SCOPE = [
    ("L'association fournit un véhicule pour les trajets entre les brigades et, le cas échéant, vers le domicile "
     "des familles.", "inscrits"),
    ("La commune met à sa disposition une voiture de service pour ses déplacements et, si besoin, pour "
     "accompagner les victimes.", "inscrits"),
    ("Il se rend, si nécessaire, dans les brigades du secteur, qui lui réservent un bureau.", "inscrits"),
    ("L'employeur fournit un téléphone portable et un ordinateur ; le cas échéant, l'intervenant reçoit les "
     "personnes à domicile.", "inscrits"),
    # when the condition governs the providing, the promise is conditional
    ("Le cas échéant, un véhicule de service pourra être prêté par la mairie.", "ambiguite"),
    ("Un bureau pourra, si besoin, être réservé à l'intervenante par la brigade.", "ambiguite"),
    ("Un ordinateur portable est fourni par l'association si nécessaire.", "ambiguite"),
    ("Eventuellement, un telephone sera attribue a l'intervenant par la commune.", "ambiguite"),
]

# ---- locaux 4: « bureau » as an administrative office of the préfecture is not premises
ADMINISTRATIVE_OFFICE = [
    ("Le secrétariat du comité de suivi est assuré par le bureau de la sécurité intérieure de la préfecture.",
     "non_precise"),
    ("Le suivi administratif de la convention est pris en charge par le bureau du cabinet du préfet.",
     "non_precise"),
    ("Les demandes de subvention sont instruites et financées par le bureau de la prévention de la délinquance.",
     "non_precise"),
    ("La convocation des partenaires est assurée par le bureau des polices administratives.", "non_precise"),
    ("L'organisation des réunions est assuree par le bureau de la coordination des politiques publiques.",
     "non_precise"),
    ("Le bilan est transmis au bureau du cabinet, qui en assure la diffusion aux partenaires.", "non_precise"),
    ("Un bureau est mis à disposition de l'intervenant par la préfecture.", "inscrits"),
]

# ---- locaux 5: a channel to send information, or people's contact details, are not equipment
CHANNEL_NOT_EQUIPMENT = [
    ("La fiche de liaison est transmise à l'intervenant par messagerie sécurisée.", "non_precise"),
    ("Les signalements lui parviennent par courriel ou par fax.", "non_precise"),
    ("Coordonnées de la personne : nom, prénom, adresse, téléphone.", "non_precise"),
    ("Les comptes rendus anonymes sont adressés au comité par voie électronique via la messagerie du service.",
     "non_precise"),
    ("Le gendarme relève les coordonnées de la victime (téléphone, adresse) avec son accord.", "non_precise"),
    ("La demande est envoyée par mail à l'adresse electronique de l'intervenante, ou par telecopie.", "non_precise"),
    # a messaging access given to the worker is equipment
    ("La DDSP met à disposition de l'intervenant un poste informatique et un accès à la messagerie.", "inscrits"),
]

CASES = (
    [("lieu_exercice", t, v) for t, v in REMAINING_TIME_ELSEWHERE + DELAY_OR_REFERRAL + WHOLE_WEEK_ELSEWHERE
     + STAFF_ON_DUTY]
    + [("locaux_moyens", t, v) for t, v in PROVIDER_UNDETERMINED + AVAILABILITY_CONDITION + WEAK_CONDITION_SCOPE
       + ADMINISTRATIVE_OFFICE + CHANNEL_NOT_EQUIPMENT]
)


@pytest.mark.parametrize("indicator, text, expected", CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_round4_lieu_wording(indicator, text, expected):
    assert code(indicator, text) == expected
