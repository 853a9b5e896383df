"""Round 4 held-out wordings for « situations visées » and « comité de pilotage », through the real engine.

Three phenomena, each tried with wordings that are in no sample file (other verbs, word order, passive,
negation, missing accents and OCR slips):

1. A restrictive word (« consacré », « dédié », « spécialisé », « chargé », « spécifique ») that bears on
   ANOTHER body than the post — a CLSPD working group, a training, the brigade de protection des
   familles, a departmental plan — does not restrict the post; nor does a quoted law.
2. The post restricted to violence against women, named by what women suffer (« violences que subissent
   les femmes », « violences dont les femmes sont victimes », « violences de genre », « à l'égard des
   femmes ») rather than by « violences faites aux femmes ».
3. A comité under another name (instance de concertation, commission, groupe, conférence) that gathers
   the partners and meets counts as a comité; a bilateral point, a staff body (comité technique
   paritaire), a body of the CLSPD the worker only joins, or a meeting for a dispute does not.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




# ---- 1. restriction of another body: the post stays generalist
AUTRE_INSTANCE = [
    ("L'intervenante sociale siège, sur invitation du maire, au groupe de travail du CLSPD dédié aux violences intrafamiliales.",
     "toutes_situations"),
    ("Il participe aux reunions de service consacrees aux violences intrafamiliales organisees par le commandant.",
     "toutes_situations"),
    ("La brigade de protection des familles, spécialisée dans les violences conjugales, oriente vers lui les personnes qu'elle reçoit.",
     "toutes_situations"),
    ("L'intervenant social bénéficie d'une formation spécifique aux violences faites aux femmes.",
     "toutes_situations"),
    ("Il peut être invité aux travaux de la cellule de veille du conseil intercommunal de sécurité, consacrée aux violences au sein de la famille.",
     "toutes_situations"),
    ("Les personnes auteurs sont orientées vers le centre de prise en charge des auteurs de violences conjugales.",
     "toutes_situations"),
    ("Ses actions s'inscrivent dans le plan départemental de lutte contre les violences faites aux femmes, exclusivement consacré à ce sujet.",
     "toutes_situations"),
    ("Vu la loi du 9 juillet 2010 relative aux violences faites spécifiquement aux femmes, aux violences au sein des couples ;",
     "toutes_situations"),
    # the same restrictive words on the post itself still restrict it
    ("Le poste d'intervenant social est consacré aux violences intrafamiliales.", "vif"),
    ("L'intervenante sociale est exclusivement chargee des situations de violences intra-familiales.", "vif"),
    ("Les missions de l'intervenant sont limitées aux violences au sein du couple.", "violences_conjugales"),
]

# ---- 2. violence against women in other words
FEMMES = [
    ("Le poste est dédié à l'accompagnement des violences dont sont victimes les femmes.", "violences_faites_aux_femmes"),
    ("L'action de l'intervenante est limitée aux violences que subissent les femmes du fait de leur sexe.",
     "violences_faites_aux_femmes"),
    ("L'intervenante sociale intervient uniquement sur les violences de genre.", "violences_faites_aux_femmes"),
    ("Son intervention est réservée aux violences commises à l'égard des femmes, majeures ou mineures.",
     "violences_faites_aux_femmes"),
    ("LE POSTE EST CONSACRE AUX VIOLENCES SUBIES PAR LES FEMMES.", "violences_faites_aux_femmes"),
    ("Sont seules prises en charge les violences fondées sur le genre.", "violences_faites_aux_femmes"),
    ("Le champ du poste est circonscrit aux violences sexistes, quelle qu'en soit la forme.", "violences_faites_aux_femmes"),
    # negation, enumeration, generalist wording: not a restriction
    ("Le poste n'est pas réservé aux violences que subissent les femmes.", "toutes_situations"),
    ("Il intervient sur toute situation sociale, notamment les violences dont les femmes sont victimes.", "toutes_situations"),
    ("Le poste est dédié aux victimes de violences, hommes et femmes.", "toutes_situations"),
    ("Les violences que subissent les femmes représentent une part importante de son activité.", "toutes_situations"),
]

# ---- 3. a comité under another name
COMITE = [
    ("Une instance de concertation, présidée par la préfète, réunit chaque année les signataires.", "prevu"),
    ("Les partenaires financeurs se retrouvent deux fois par an au sein d'une commission de suivi du poste.", "prevu"),
    ("Une conference des signataires est convoquee annuellement par le sous-prefet pour examiner le bilan.", "prevu"),
    ("Il est créé un groupe partenarial, composé des représentants de chacun des signataires, qui se réunit une fois par an.",
     "prevu"),
    ("Une commission de liaison entre les parties se tient chaque semestre.", "prevu"),
    ("Chaque année, les signataires sont réunis en instance de concertation pour apprécier le fonctionnement du dispositif.",
     "prevu"),
    # not a comité: bilateral point, staff body, a body the worker only joins, a dispute, negation, condition
    ("Le directeur de l'association et le commandant de compagnie se rencontrent une fois par an pour faire le point.",
     "non_prevu"),
    ("Le comité technique paritaire du Département, réuni le 3 mars, a émis un avis favorable à la création de l'emploi.",
     "non_prevu"),
    ("L'intervenant peut participer aux séances de la cellule de veille du CLSPD, présidée par le maire et réunie chaque mois.",
     "non_prevu"),
    ("En cas de litige, les parties se réunissent en commission de conciliation.", "non_prevu"),
    ("Les signataires n'ont pas jugé utile de créer une instance de concertation propre au poste.", "non_prevu"),
    ("Le conseil départemental assure le suivi administratif du poste.", "non_prevu"),
    ("Ses horaires sont fixés par l'association après concertation avec le chef de circonscription.", "non_prevu"),
]


@pytest.mark.parametrize("text,expected", AUTRE_INSTANCE)
def test_restriction_of_another_body_is_not_a_restriction_of_the_post(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text,expected", FEMMES)
def test_violence_against_women_in_other_words(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text,expected", COMITE)
def test_comite_under_another_name(text: str, expected: str) -> None:
    assert code("comite_pilotage", text) == expected
