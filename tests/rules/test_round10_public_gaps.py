"""Round 10, public: two gaps of the indicator, held-out wordings run through the real engine.

1. The public restricted by the post's PURPOSE (« a pour objet / a pour vocation / a pour finalité / se
   consacre à / sa seule mission … » + victims of couple, intrafamily, sexual violence, « femmes
   victimes », « personnes victimes d'infractions »). A weak hint of situations without penal follow-up
   (main courante, fugue) does not reopen it; an open public elsewhere, an enumeration (« notamment »,
   « principalement », « en priorité »), a mission among others, a list naming other people, a
   negation or a widening do.
2. Violent partners / authors RECEIVED by the post (« il reçoit aussi les conjoints violents »,
   passive and pronoun forms) open the public beyond victims; oriented elsewhere, excluded, received by
   another service or denied by a negation, they do not.

Each case pairs a sentence with the value the decision table must give. Written from the codebook,
not copied from a sample file or from the rule examples.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


# A weak hint (situations without penal follow-up): alone with named victims it would open the public.
HINT = " Les mains courantes lui sont transmises."

PURPOSE = [
    # the purpose restricts: victimes_seulement despite the weak hint
    ("Le poste a pour vocation d'accompagner les victimes de violences intrafamiliales." + HINT, "victimes_seulement"),
    ("L'ISCG a pour finalite l'ecoute des femmes victimes de violences. Il intervient aussi lors de fugues.", "victimes_seulement"),  # no accents
    ("La convention a pour objet la mise en place d'un intervenant social chargé de la prise en charge des victimes de violences sexuelles. Les différends familiaux lui sont signalés.", "victimes_seulement"),
    ("L'intervenante sociale se consacre à l'accueil des personnes victimes d'infractions." + HINT, "victimes_seulement"),
    ("Son unique mission est l'accompagnement social des victimes de violence conjugale." + HINT, "victimes_seulement"),
    ("Les missions du poste sont consacrées à la prise en charge des femmes victimes." + HINT, "victimes_seulement"),
    ("L'action de l'intervenant vise uniquement les femmes victimes de violences faites aux femmes. Les fugues de mineurs lui sont signalées.", "victimes_seulement"),
    ("Le POSTE A POUR OBJET L'ACCOMPAGNEMENT DES VICTIMES DE VIOLENCES INTRAFAMILIALES." + HINT, "victimes_seulement"),
    ("Le dispositif a pour but le soutien des victimes d'agressions sexuelles." + HINT, "victimes_seulement"),
    # it does not restrict
    ("Le poste a pour objet l'accompagnement des victimes de violences conjugales. Article 3 : l'intervenant reçoit toute personne en difficulté sociale.", "tous_publics"),
    # CODEBOOK (public, ambiguite): « victimes et/ou personnes en difficulté sociale » sans jamais nommer les mis en cause
    ("Le poste a pour objet l'accompagnement des victimes de violences conjugales, ainsi que des personnes en détresse." + HINT, "ambiguite"),
    ("Le poste a pour objet, principalement, l'accompagnement des victimes de violences intrafamiliales." + HINT, "tous_publics"),
    ("L'intervenant a pour objet l'accompagnement, en priorité, des victimes de violences conjugales." + HINT, "tous_publics"),
    ("L'une de ses missions a pour objet l'accompagnement des victimes de violences conjugales, parmi d'autres." + HINT, "tous_publics"),
    ("Le poste a pour objet l'accompagnement des victimes de violences conjugales et des mis en cause." + HINT, "tous_publics"),
    ("Le poste n'a pas vocation à accompagner les seules victimes de violences intrafamiliales." + HINT, "tous_publics"),
    ("Le dispositif n'est pas dédié aux femmes victimes de violences." + HINT, "tous_publics"),
    # restricted in one place while the authors are only oriented: the study's ambiguity
    ("Le poste a pour objet l'accompagnement des victimes de violences conjugales. Les auteurs sont orientés vers le SPIP.", "ambiguite"),
]

VICTIMS = "Les victimes sont accompagnées par l'intervenante. "

RECEIVED_AUTHORS = [
    # received by the post: a public beyond victims
    ("L'intervenant accueille les victimes. Il reçoit aussi les conjoints violents.", "tous_publics"),
    (VICTIMS + "Les auteurs présumés sont eux aussi reçus par l'intervenante sociale.", "tous_publics"),
    (VICTIMS + "L'accompagnement des auteurs de violences est également assuré par l'intervenante.", "tous_publics"),
    (VICTIMS + "S'agissant des compagnons violents, l'intervenant peut les rencontrer.", "tous_publics"),
    (VICTIMS + "Les mis en cause peuvent etre recus par l'intervenant.", "tous_publics"),  # no accents
    (VICTIMS + "Les agresseurs, l'intervenante les écoute également.", "tous_publics"),
    (VICTIMS + "L'intervenante prend aussi en charge les ex-conjoints violents.", "tous_publics"),
    (VICTIMS + "Des entretiens avec les conjoints violents sont proposés par l'intervenante.", "tous_publics"),
    (VICTIMS + "Les conjoints violents recoivent aussi un soutien de l'intervenante.", "tous_publics"),
    # not received by the post
    (VICTIMS + "Les conjoints violents sont redirigés vers une association spécialisée.", "ambiguite"),
    (VICTIMS + "L'intervenante ne reçoit en aucun cas les conjoints violents.", "victimes_seulement"),
    (VICTIMS + "Les auteurs n'ont pas vocation à être accueillis par l'intervenant.", "victimes_seulement"),
    (VICTIMS + "Toutes les personnes signalées sont accueillies, excepté les agresseurs.", "victimes_seulement"),
    (VICTIMS + "Les conjoints violents sont entendus en audition par les enquêteurs.", "victimes_seulement"),
    (VICTIMS + "L'intervenant accompagne les femmes confrontées à des conjoints violents.", "victimes_seulement"),
    (VICTIMS + "L'intervenant ne peut recevoir les partenaires violents.", "victimes_seulement"),
    (VICTIMS + "La victime n'est jamais reçue en présence du conjoint violent.", "victimes_seulement"),
]


@pytest.mark.parametrize("text, expected", PURPOSE)
def test_purpose_of_the_post(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", RECEIVED_AUTHORS)
def test_authors_received_by_the_post(text, expected):
    assert code("public", text) == expected
