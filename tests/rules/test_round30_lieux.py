"""Round 30 wordings (lieu_exercice) through the real engine.

Written from the families of drafting, never copied from a sample:
- the post's own working time (« un poste à mi-temps au commissariat, porté par le CCAS ») is no split of the
  week: the other body named is the bearer or employer of the post, not a second place of work;
- days in one unit while named days of the week are spent at another place (the employer's reception service,
  a social centre, a town hall): the presence is partial; the same named days in a unit, or a part-time post
  wholly in the unit, stay « oui ».
"""

from __future__ import annotations

import pytest

from rule_wording import code_articles  # noqa: E402  (one rule set for every wording test)

# (1) a part-time post carried by another body: its working time, not a split
PART_TIME_POST = [
    (("Le présent accord a pour objet la création d'un poste d'intervenant social à mi-temps au sein de l'hôtel de police de Créteil, porté par le CCAS.",), "oui"),
    (("Un poste d'intervenante sociale, a mi-temps, gere par le centre communal d'action sociale, est implante au commissariat de Choisy.",), "oui"),
    (("L'intervenant social, salarié du CCAS, exerce à mi-temps au sein du commissariat d'Ivry.",), "oui"),
    (("Un poste à mi-temps d'intervenant social, employé par le CCAS de la ville, est installé au commissariat de Villejuif.",), "oui"),
    (("L'intervenante sociale, recrutée par le CCAS, exerce à mi-temps dans les locaux du commissariat, soit 17 h 30 par semaine.",), "oui"),
    (("Le CCAS met à disposition un travailleur social à mi-temps ; celui-ci exerce dans les locaux de la brigade de Sucy.",), "oui"),
    # the opposite: the half-time is split between the unit and the other place
    (("L'intervenant exerce à mi-temps au commissariat et à mi-temps au CCAS, chaque semaine.",), "partiellement"),
    (("Elle consacre la moitié de son temps au commissariat et l'autre moitié au centre communal d'action sociale.",), "partiellement"),
]

# (2) days in the unit + named days at another place
NAMED_DAYS_ELSEWHERE = [
    (("L'intervenant exerce trois jours par semaine dans les locaux de la brigade de Doué.",
      "Le mercredi et le vendredi, il reçoit sur rendez-vous au siège de l'association, à Angers."), "partiellement"),
    (("L'intervenante est présente à la compagnie de Saumur les lundi, mardi et jeudi.",
      "Les mercredis et vendredis, elle assure des entretiens au centre social de la Croix-Verte."), "partiellement"),
    (("Le travailleur social est installé au commissariat de Segré.",
      "Le jeudi après-midi, il reçoit le public à la mairie annexe."), "partiellement"),
    (("L'intervenant social travaille au commissariat quatre jours par semaine.",
      "Chaque vendredi, il exerce dans les locaux de l'antenne de l'association a Cholet."), "partiellement"),
    (("Elle exerce les lundi, mardi et jeudi dans les locaux de la compagnie de gendarmerie.",
      "Mercredi et vendredi, elle tient ses rendez-vous au centre medico-social du secteur."), "partiellement"),
    (("Trois journées par semaine, l'intervenante est présente à la brigade de Chalonnes.",
      "Les mardi et vendredi matin, elle accueille les familles à la maison des solidarités."), "partiellement"),
    # the opposite: the named days are in a unit, or only on request / for meetings, or denied
    (("L'intervenant exerce trois jours par semaine dans les locaux de la compagnie de Cholet.",
      "Les mercredi et vendredi, il reçoit sur rendez-vous dans les locaux de la brigade de Beaupréau."), "oui"),
    (("L'intervenante, employée à temps partiel, exerce les lundi, mardi et jeudi dans les locaux de la compagnie de gendarmerie.",), "oui"),
    (("L'intervenant exerce trois jours par semaine dans les locaux de la brigade de Doué.",
      "Le vendredi, il participe à une réunion d'équipe au siège de l'association."), "oui"),
    (("L'intervenant exerce trois jours par semaine dans les locaux de la brigade de Doué.",
      "Le mercredi, il oriente les personnes vers le centre social."), "oui"),
    (("L'intervenante est présente à la compagnie de Saumur les lundi, mardi et jeudi.",
      "Le vendredi, elle n'exerce pas au centre social."), "oui"),
]


@pytest.mark.parametrize("texts, expected", PART_TIME_POST)
def test_part_time_post_is_not_a_split(texts, expected):
    assert code_articles("lieu_exercice", *texts) == expected


@pytest.mark.parametrize("texts, expected", NAMED_DAYS_ELSEWHERE)
def test_named_days_at_another_place(texts, expected):
    assert code_articles("lieu_exercice", *texts) == expected
