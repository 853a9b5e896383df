"""Round 59: orders taken from the forces' chief (« prend / reçoit ses ordres », « aux ordres du commandant »,
leave granted by him) are hierarchical authority given to the forces (inversee); a comité created only if
needed is not provided for; a periodic meeting, named so, gathering the representatives of all the signatories
is a comité de suivi. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

EMPLOYEUR = ("L'association reste l'employeur de l'intervenante : elle assure sa rémunération et la gestion "
             "de sa carrière. ")


@pytest.mark.parametrize("text, expected", [
    (EMPLOYEUR + "Au commissariat comme lors de ses permanences au CCAS, l'intervenante reçoit ses ordres du "
     "chef de circonscription, qui arrête son emploi du temps.", "inversee"),
    (EMPLOYEUR + "Pour toute la durée de son service, l'intervenant·e prend directement ses ordres auprès du "
     "commandant de la communauté de brigades.", "inversee"),
    ("L'intervenant social est aux ordres du commandant de la compagnie de gendarmerie départementale, "
     "le Département n'assurant que sa paie.", "inversee"),
    ("L'intervenante est placée sous les ordres directs du commissaire de police, chef du commissariat.", "inversee"),
    (EMPLOYEUR + "Ses congés sont accordés par le commandant de brigade, qui fixe aussi ses horaires.", "inversee"),
    ("Elle est rattachée au capitaine, chef de la brigade territoriale autonome, auprès duquel elle prend "
     "ses ordres chaque semaine.", "inversee"),
])
def test_orders_from_forces_are_inversion(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text", [
    "L'intervenante ne reçoit aucun ordre du commandant de brigade ; l'association exerce l'autorité "
    "hiérarchique et la gendarmerie l'autorité fonctionnelle.",
    "Ses congés sont posés auprès de son employeur, le commandant en étant informé. L'association exerce "
    "l'autorité hiérarchique, le commandant l'autorité fonctionnelle.",
    "L'intervenant reçoit ses ordres de l'association, son employeur, et non du commissaire. L'association "
    "exerce l'autorité hiérarchique, le commissaire l'autorité fonctionnelle.",
    "L'intervenante ne prend pas ses ordres auprès du commandant de compagnie ; l'autorité hiérarchique "
    "appartient au Département, l'autorité fonctionnelle au commandant.",
])
def test_orders_denied_or_from_employer_stay_silent(text):
    assert code("autorites", text) != "inversee"


@pytest.mark.parametrize("text", [
    "Un comité de pilotage pourra être constitué si les signataires l'estiment nécessaire.",
    "Un comité de suivi sera mis en place en cas de besoin, sur demande d'un des partenaires.",
    "Une instance de suivi pourrait être créée ultérieurement si le dispositif s'étendait à d'autres brigades.",
    "Un COPIL sera institué, le cas échéant, à la demande de l'une des parties.",
    "Les parties pourront, si elles l'estiment utile, instituer un comité de suivi.",
    "Un comité de suivi, si les partenaires le souhaitent, sera créé.",
])
def test_comite_only_if_needed_is_not_provided(text):
    assert code("comite_pilotage", text) == "non_prevu"


@pytest.mark.parametrize("text", [
    "Un comité de suivi est créé ; il se réunit chaque année et, si besoin, à la demande d'une des parties.",
    "Le comité de pilotage, institué par la présente convention, se réunit une fois par an.",
    "Une réunion semestrielle de suivi rassemble, sur convocation de la préfète, les représentants des cinq "
    "signataires ; elle examine le rapport d'activité.",
    "Une séance annuelle d'évaluation réunit, à l'invitation du maire, l'ensemble des partenaires financeurs "
    "et l'intervenante.",
])
def test_comite_or_periodic_meeting_is_provided(text):
    assert code("comite_pilotage", text) == "prevu"


@pytest.mark.parametrize("text", [
    "Une réunion annuelle rassemblant les représentants des signataires pourra être organisée si nécessaire.",
    "Une rencontre annuelle est organisée entre l'intervenant et le commandant de brigade.",
])
def test_meeting_on_request_or_bilateral_is_not_a_comite(text):
    assert code("comite_pilotage", text) == "non_prevu"
