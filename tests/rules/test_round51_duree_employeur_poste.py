"""Round 51 wordings (duree, type_employeur, type_poste) through the real engine. Held-out, never copied from a sample.

- duree: an agreement « pour une durée indéterminée » whose next sentence renews it « d'année en année » is open-ended
  (autre): the yearly renewal is only how it goes on. Without the indefinite duration the yearly renewal stays annual.
- type_employeur: a training « d'adaptation à l'emploi » run by an association names no employer.
- type_poste: a commissariat said absent, of elsewhere (comparison, model), of the past or a referral is no police place.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles

DUREE_ARTICLES = [
    (("Le présent protocole entre en vigueur le 1er mars 2020 pour une durée indéterminée.",
      "Il se renouvelle tacitement chaque année aussi longtemps qu'aucun signataire ne l'a dénoncé."), "autre"),
    (("L'accord est passé pour une période indéfinie.",
      "Il est reconduit de plein droit tous les ans, sauf dénonciation par lettre recommandée."), "autre"),
    (("La convention s'applique à compter de sa signature, à durée indéterminée.",
      "Elle est renouvelée annuellement par tacite reconduction."), "autre"),
    # without an open-ended duration the yearly renewal stays annual
    (("La convention prend effet le 1er septembre 2022 pour douze mois.",
      "Elle est ensuite reconduite tacitement d'année en année, sauf dénonciation."), "annuelle"),
    # traps: the employment contract and the grant are indefinite, not the convention
    (("L'intervenante est recrutée en contrat à durée indéterminée.",
      "La convention est reconduite tacitement chaque année."), "annuelle"),
    (("La participation de la commune est accordée pour une durée indéterminée.",
      "La présente convention est conclue pour trois ans."), "triennale"),
]


@pytest.mark.parametrize("texts,expected", DUREE_ARTICLES)
def test_duree_indeterminee_then_yearly_renewal(texts, expected):
    assert code_articles("duree", *texts) == expected


EMPLOYEUR = [
    ("Le centre intercommunal d'action sociale du Pays de Vire, employeur de l'intervenante, est représenté par sa vice-présidente. "
     "Dans l'année qui suit son arrivée, l'intervenante suit une session d'adaptation à l'emploi organisée par une association régionale.",
     "ville_interco"),
    ("La communauté de communes recrute l'intervenant social. Il bénéficie d'une formation de prise de poste dispensée par "
     "l'association nationale des intervenants sociaux en commissariat et gendarmerie.", "ville_interco"),
    # still an association employer when it is said so
    ("L'intervenante est salariée de l'association Trait d'Union, qui l'a recrutée en 2021.", "association"),
    ("L'association Passerelle emploie la travailleuse sociale et organise son temps de travail.", "association"),
]


@pytest.mark.parametrize("text,expected", EMPLOYEUR)
def test_employeur_training_by_association_is_no_employment(text, expected):
    assert code("type_employeur", text) == expected


POSTE = [
    # gendarmerie-only posts with a commissariat named as absent, elsewhere, past or a referral
    (("Le département ne compte aucun commissariat : la gendarmerie assure seule la sécurité publique.",
      "L'intervenante est installée à la brigade de gendarmerie de Florac.",
      "Le commandant de la compagnie de gendarmerie de Florac exerce l'autorité fonctionnelle.",
      "Les situations rencontrées rejoignent celles que l'on voit ici comme au commissariat d'Alès."), "gendarmerie"),
    (("L'intervenant reçoit à la brigade territoriale autonome de Die les personnes que les gendarmes lui adressent.",
      "Le commandant de compagnie valide son planning.",
      "Auparavant, le poste dépendait du commissariat de Valence.",
      "Si la personne réside en ville, elle est orientée vers le commissariat de Valence."), "gendarmerie"),
    # a real mixed post still reads mixte
    (("L'intervenante exerce trois jours au commissariat de Millau et deux jours à la brigade de gendarmerie de Nant.",
      "Le chef de circonscription et le commandant de la compagnie de gendarmerie exercent l'autorité fonctionnelle.",
      "Les gendarmes de la communauté de brigades lui adressent les victimes ; les policiers du commissariat aussi."), "mixte"),
]


@pytest.mark.parametrize("texts,expected", POSTE)
def test_poste_commissariat_not_the_place(texts, expected):
    assert code_articles("type_poste", *texts) == expected
