"""Round 50: place of work and means. A heading or a statement of hierarchical « positionnement » is no
place; a municipal police post is not the police unit (but a police nationale « poste de police » is); people
received (passive) in an outside service place the worker outside; a contacts table row, a poster in the units'
front offices, a police « bureau des plaintes » and the « prise en charge » of people are no means provided.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # hierarchical positioning, headings
    ("Article 4 – Positionnement au sein de la compagnie\nLa référente sociale relève du commandant de "
     "compagnie pour l'organisation de son planning.", "non_precise"),
    ("Le positionnement de l'intervenant au sein du groupement de gendarmerie fait l'objet de l'article 6.",
     "non_precise"),
    ("L'intervenante est affectée au profit de la compagnie et intervient sur l'ensemble de son ressort.",
     "non_precise"),
    # municipal police: outside the unit
    ("L'intervenante sociale a son bureau dans les locaux de la police municipale, où elle reçoit les "
     "victimes du lundi au vendredi.", "non"),
    ("Le travailleur social est installé au sein du poste de police municipale de la commune.", "non"),
    ("L'intervenant·e social·e exerce à la police intercommunale, place du marché.", "non"),
    # police nationale post: still the unit
    ("L'intervenante sociale dispose d'un bureau au sein du poste de police du quartier Nord, où elle est "
     "présente chaque jour.", "oui"),
    ("L'intervenant social exerce au sein de l'hôtel de police de la ville.", "oui"),
    # traps: municipal police named, but not as the worker's place
    ("L'intervenant social exerce au sein du commissariat. Les personnes qui se présentent au poste de police "
     "municipale sont orientées vers lui.", "oui"),
    ("L'intervenante n'est pas installée au poste de police municipale.", "non_precise"),
    # passive reception in an outside service
    ("Les jeunes et leurs parents sont reçus sur rendez-vous à la maison départementale des solidarités.",
     "non"),
    ("Les personnes sont accueillies par l'intervenante dans les locaux du centre communal d'action sociale.",
     "non"),
])
def test_lieu(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    # contacts table rows, posters: no means
    ("Fonction | Service | Contact\nRéférent police | Commissariat central | ligne directe\n"
     "Intervenant social | Association Trajet | téléphone mobile professionnel", "non_precise"),
    ("La fiche réflexe est affichée dans les bureaux d'accueil des commissariats.", "non_precise"),
    # police services named « bureau », care of people
    ("Le rapport annuel présente la répartition des saisines par service (brigade de protection des familles, "
     "bureau des plaintes, unité de nuit) et les délais de prise en charge par les partenaires.", "non_precise"),
    ("Les plaintes enregistrées au bureau d'ordre sont transmises pour prise en charge par le parquet.",
     "non_precise"),
    # real provisions still read
    ("La commune met à la disposition de l'intervenant un bureau, un téléphone portable et un ordinateur.",
     "inscrits"),
    ("Un bureau fermant à clé est mis à disposition par le commissariat ; l'association fournit le téléphone.",
     "inscrits"),
    ("Le téléphone portable et le véhicule de service sont pris en charge par l'association.", "inscrits"),
])
def test_locaux(text, expected):
    assert code("locaux_moyens", text) == expected
