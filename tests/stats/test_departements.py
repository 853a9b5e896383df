"""Reading the département from a convention's text (cues + gazetteer of the 101 départements)."""

from __future__ import annotations

import pytest

from iscg_nlp.stats.departements import departement_of, load_departements, place_spans

from .conftest import gold_as_lines


def test_gazetteer_has_the_101_departements():
    deps = load_departements()
    assert len(deps) == 101
    assert len({d.code for d in deps}) == 101
    assert {"2A", "2B", "971", "976"} <= {d.code for d in deps}


@pytest.mark.parametrize("text, expected", [
    ("L'État, représenté par le Préfet de la Loire-Atlantique ;", "Loire-Atlantique"),
    ("Le conseil départemental de la Loire et la préfecture de la Loire", "Loire"),
    ("Le Département d'Eure et Loir, représenté par son président", "Eure-et-Loir"),
    ("le groupement de gendarmerie départementale des Côtes d'Armor", "Côtes-d'Armor"),
    ("PRÉFET DU PAS-DE-CALAIS", "Pas-de-Calais"),
    ("Monsieur le Préfet de police des Bouches-du-Rhône, agissant au nom de l'État", "Bouches-du-Rhône"),
    ("Le directeur départemental de la sécurité publique de la Gironde", "Gironde"),
    ("Madame la Préfète de La Réunion", "La Réunion"),
    ("la direction départementale de la sécurité publique du Nord", "Nord"),
    ("La somme de 20 000 € est versée par le Cher partenaire.", None),  # no cue: no département
    ("", None),
])
def test_departement_of(text, expected):
    assert departement_of(text) == expected


def test_departement_of_samples(sample_texts):
    gold = {line["file"]: line["departement_gold"] for line in gold_as_lines()}
    wrong = {f: (gold[f], departement_of(t)) for f, t in sample_texts.items() if departement_of(t) != gold[f]}
    assert wrong == {}


def test_place_spans_need_a_capital():
    text = "La somme de 5 000 € est versée. La Somme et Amiens ; le Lot-et-Garonne."
    found = [text[s:e] for s, e in place_spans(text)]
    assert found == ["Somme", "Amiens", "Lot-et-Garonne"]


def test_paris_by_its_town_hall_and_the_petite_couronne_police_directorate():
    assert departement_of("La Ville de Paris, représentée par la Maire de Paris, et l'association.") == "Paris"
    assert departement_of("La Direction territoriale de la sécurité de proximité de la Seine-Saint-Denis, "
                          "représentée par son directeur.") == "Seine-Saint-Denis"
    assert departement_of("La Ville de Belfort et l'association.") is None


def test_paris_by_its_prefet_de_police_when_no_other_departement_is_named():
    assert departement_of("le Préfet de police, agissant au nom de l'État, et la DSPAP") == "Paris"
    assert departement_of("la direction de la sécurité de proximité de l'agglomération parisienne") == "Paris"
    assert departement_of("au commissariat central du 18e arrondissement de Paris") == "Paris"
    # the préfet de police of Marseille is named with his département, which wins over a bare mention
    assert departement_of("Le préfet de police des Bouches-du-Rhône ... le préfet de police veille à") \
        == "Bouches-du-Rhône"


def test_the_gendarmerie_groupement_named_by_its_commander():
    assert departement_of("par délégation du colonel commandant le groupement des Côtes-d'Armor ;") == "Côtes-d'Armor"
    assert departement_of("le commandant du groupement de la Manche") == "Manche"
