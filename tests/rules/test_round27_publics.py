"""Round 27 wordings (public, situations, employer), through the real engine.

- public: « qu'une plainte ait été déposée ou non » about people who SUFFERED violence (named without the
  word « victime ») widens the victims to those who did not complain; with the authors excluded, the
  public stays victims only. About anybody else (« toute personne signalée »), it still opens the public.
- situations: a partner service named by its speciality (« associations spécialisées dans
  l'accompagnement des femmes victimes de violences ») does not restrict the post; a public defined by
  family violence and then detailed by an announced list (« et notamment : ») stays restricted.
- employer: an établissement public territorial called « le Territoire » that recruits / employs the
  worker is an intercommunality; the place « le territoire » is not.
"""
from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


EXCL = " L'accompagnement des auteurs de violences n'entre pas dans le champ de la présente convention."

PUBLIC = [
    ("Le dispositif s'adresse aux personnes ayant subi des violences au sein du couple, qu'elles aient déposé plainte ou non, "
     "qu'une plainte ait été déposée ou non." + EXCL, "victimes_seulement"),
    ("Sont accueillies les personnes qui ont subi des violences conjugales, qu'une plainte soit deposee ou non." + EXCL,
     "victimes_seulement"),
    ("Avec ou sans plainte, les femmes confrontées à des violences au sein du foyer sont reçues par l'intervenante." + EXCL,
     "victimes_seulement"),
    ("L'intervenant reçoit les personnes exposées à des violences intrafamiliales, avec ou sans dépôt de plainte." + EXCL,
     "victimes_seulement"),
    ("Peuvent être reçus les enfants et les adultes ayant souffert de maltraitances, qu'une plainte ait été enregistrée ou non." + EXCL,
     "victimes_seulement"),
    ("L'action bénéficie aux personnes agressées dans leur famille, plainte déposée ou non, qu'une plainte soit formalisée ou non." + EXCL,
     "victimes_seulement"),
    # the opposite: a complaint-optional clause about anybody signalled still opens the public
    ("L'intervenant reçoit toute personne signalée par les policiers, qu'une plainte soit déposée ou non.", "tous_publics"),
    ("Les personnes en détresse sociale sont reçues avec ou sans plainte.", "tous_publics"),
]

SITUATIONS = [
    # partners named by their speciality: no restriction of the post
    ("L'intervenant oriente les personnes vers les associations spécialisées dans l'accompagnement des femmes victimes de violences.",
     "toutes_situations"),
    ("- lieux d'écoute et accueils de jour dédiés aux femmes victimes de violences ;", "toutes_situations"),
    ("Il travaille en lien avec les structures specialisees dans l'ecoute des femmes victimes de violences.",
     "toutes_situations"),
    ("Les organismes dédiés aux violences faites aux femmes sont destinataires du bilan.", "toutes_situations"),
    ("Les partenaires spécialisés dans l'accueil des femmes victimes de violences sont informés de la création du poste.",
     "toutes_situations"),
    ("- associations, spécialisées dans l'accompagnement des femmes victimes de violences, du département ;",
     "toutes_situations"),
    # the post itself specialised: still restricted
    ("L'intervenante sociale est spécialisée dans l'accompagnement des femmes victimes de violences.",
     "violences_faites_aux_femmes"),
    ("Le poste est dédié aux violences faites aux femmes.", "violences_faites_aux_femmes"),
    # a family-violence public detailed by an announced list
    ("L'intervention bénéficie aux personnes victimes de violences intrafamiliales, et notamment :\n- aux conjoints ;\n- aux enfants.",
     "vif"),
    ("Le dispositif s'adresse aux personnes ayant subi des violences au sein de la famille, en particulier :\n- aux enfants témoins.",
     "vif"),
    ("L'accompagnement est destiné aux personnes confrontées à des violences commises au sein de la sphere familiale, notamment :\n- aux ascendants.",
     "vif"),
    ("Le poste s'adresse aux victimes de violences intra-familiales, et notamment :\n- aux majeurs vulnérables.", "vif"),
    # « notamment » before the violence opens it
    ("Le dispositif s'adresse à toute personne en difficulté sociale, notamment aux victimes de violences intrafamiliales :\n- conjoints ;",
     "toutes_situations"),
    ("L'intervention bénéficie aux personnes en détresse, et notamment aux victimes de violences dans la famille.",
     "toutes_situations"),
]

TYPE_EMPLOYEUR = [
    ("Le Territoire recrute l'intervenant social et assure sa gestion administrative.", "ville_interco"),
    ("Les intervenants sociaux sont des agents du Territoire.", "ville_interco"),
    ("L'intervenante est recrutee par le Territoire.", "ville_interco"),
    ("Le Territoire est l'employeur de l'intervenant social.", "ville_interco"),
    ("Le Territoire en demeure l'employeur.", "ville_interco"),
    ("L'Établissement public territorial Paris Terres d'Envol, représenté par son Président, ci-après « le Territoire » ou « l'employeur » ;",
     "ville_interco"),
    # the place is no employer
    ("L'intervenant exerce sur le territoire de la commune de Bondy.", "autre"),
    ("Le Territoire n'est pas l'employeur de l'intervenant.", "autre"),
    ("L'intervenante est recrutée par le Département pour intervenir sur le territoire.", "conseil_departemental"),
]


@pytest.mark.parametrize("text,expected", PUBLIC)
def test_public(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", SITUATIONS)
def test_situations(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text,expected", TYPE_EMPLOYEUR)
def test_type_employeur(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected
