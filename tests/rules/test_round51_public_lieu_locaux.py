"""Round 51, public, lieu and locaux: held-out wordings written for this test, through the real engine.

- public: authors refused, then sent to another actor's care programmes in a relative clause, stay
  excluded; minors whatever their role, extended to young adults still under a child-protection measure,
  are minors only; « pour tout mineur » as the scope of a CRIP referral defines no public;
- lieu: interviews offered at the employer's branch are outside the unit; networking with partners is no
  place of work;
- locaux: premises lent to other staff (jurists, volunteers) are not the worker's; a mere « peut lui
  prêter » or « selon les bureaux disponibles » is no provision; the OCR slip « rnet » reads « met ».
"""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("text, expected", [
    # 1. the authors refused, the relative names another actor's programmes
    ("Le poste est dédié aux victimes de violences au sein du couple. La référente n'accueille pas les "
     "auteurs présumés, pour lesquels le parquet conserve ses propres orientations vers les structures de "
     "prise en charge des auteurs.", "victimes_seulement"),
    ("L'intervenante ne reçoit pas les personnes mises en cause, dont les enquêteurs assurent les "
     "orientations vers les programmes de prise en charge.", "victimes_seulement"),
    # the authors really received stay an open public
    ("L'intervenant reçoit les victimes et accompagne également les auteurs de violences qui le souhaitent.",
     "tous_publics"),
    # 2. minors of every status, plus protected young adults
    ("Le dispositif s'adresse aux adolescents connus de la brigade, qu'ils soient plaignants, témoins ou "
     "auteurs, ainsi qu'aux jeunes majeurs de 18 à 21 ans relevant encore de l'aide sociale à l'enfance.",
     "mineurs_seulement"),
    ("Le public du poste est composé des enfants de moins de dix-huit ans, victimes ou mis en cause, et des "
     "jeunes majeurs faisant l'objet d'un contrat jeune majeur.", "mineurs_seulement"),
    # adults in general: not minors only
    ("Le poste s'adresse aux mineurs, aux jeunes majeurs et aux adultes en difficulté, qu'ils soient "
     "victimes ou auteurs.", "tous_publics"),
])
def test_public(text, expected):
    assert code("public", text) == expected


def test_crip_scope_is_no_public():
    # « pour tout mineur » as what a referral covers (plural « informations préoccupantes ») defines no public
    text = ("Toute personne en difficulté sociale est reçue, victime comme mise en cause. La saisine de la "
            "cellule de recueil des informations préoccupantes est envisagée pour tout mineur rencontré en "
            "situation de risque.")
    assert code("public", text) == "tous_publics"


@pytest.mark.parametrize("text, expected", [
    ("La travailleuse sociale rappelle les personnes signalées par les brigades et leur fixe un entretien "
     "à l'antenne de l'association à Ancenis.", "non"),
    ("Les rendez-vous ont lieu dans les locaux de l'association, au centre-ville.", "non"),
    # networking with partners is no place
    ("L'intervenante exerce au sein de la brigade de Crest. Elle contribue au travail en réseau avec les "
     "partenaires locaux, notamment le centre social, la maison France Services et les permanences "
     "juridiques tenues à la mairie.", "oui"),
    ("L'intervenant exerce au commissariat. Il entretient des relations avec les partenaires du territoire "
     "(CCAS, mairie, centres médico-sociaux) deux jours par mois.", "oui"),
])
def test_lieu(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    # premises lent to other staff
    ("Les juristes de l'association continuent de tenir leurs permanences à la brigade, dans une pièce que "
     "la gendarmerie met à leur disposition.", "non_precise"),
    ("Des bénévoles de l'association d'aide aux victimes reçoivent le public au commissariat, dans un bureau "
     "fourni par la DDSP.", "non_precise"),
    # a possibility is no provision
    ("En zone rurale, la commune peut lui prêter une salle pour les entretiens.", "ambiguite"),
    ("La compagnie lui attribue un bureau selon les bureaux disponibles.", "ambiguite"),
    ("La voiture de l'association est à sa disposition quand elle est libre.", "ambiguite"),
    # OCR « rnet »
    ("La communauté de communes rnet à sa disposition un bureau, un ordinateur portable et un téléphone.",
     "inscrits"),
    # a real provision stays inscrits
    ("La brigade met à la disposition de l'intervenante un bureau fermant à clé et une ligne téléphonique.",
     "inscrits"),
    ("La commune ne peut pas lui prêter de salle ; le commissariat met à sa disposition un bureau.",
     "inscrits"),
])
def test_locaux(text, expected):
    assert code("locaux_moyens", text) == expected


def test_worker_and_jurists_premises_together():
    # the worker's own office, given in another article, still counts
    assert code_articles(
        "locaux_moyens",
        "Le commissariat met à la disposition de l'intervenant social un bureau et un poste informatique.",
        "Les juristes de l'association tiennent une permanence mensuelle dans une salle mise à leur disposition.",
    ) == "inscrits"
