"""Whole synthetic conventions in several house styles, segmented end to end, and their JSON."""

from __future__ import annotations

import json

from iscg_nlp.segment import segment, structure_to_json

MODEL_STYLE = """PRÉFET DE LA SARTHE
CONVENTION DE PARTENARIAT RELATIVE À LA CRÉATION D'UN POSTE
D'INTERVENANT SOCIAL EN COMMISSARIAT ET GENDARMERIE
ENTRE LES SOUSSIGNÉS :
L'État, représenté par Monsieur Paul ROCHE, préfet de la Sarthe,
Le Procureur de la République près le tribunal judiciaire du Mans,
Le Département de la Sarthe, représenté par le Président du Conseil départemental,
L'association Espace Victimes 72, représentée par sa présidente, Madame Lucie FAURE,
ci-après dénommés « les parties »,
PRÉAMBULE
Vu le code de l'action sociale et des familles ;
Considérant l'article 3 de la loi du 5 mars 2007 ;
Il est convenu ce qui suit :
Article 1er – Objet de la convention
La présente convention crée un poste d'intervenant social.
Article 2 – Public concerné
L'intervenant reçoit toute personne, conformément à
l'article 5 ci-dessous.
Article 3 – Missions
3.1 Accueil
L'intervenant accueille.
3.2 Orientation
Il oriente vers les services compétents.
Article 4 – Durée
La convention est conclue pour trois ans à compter du 1er janvier 2021.
Article 5 – Financement
Le coût annuel du poste est de 45 000 €.
Fait au Mans, le 14 décembre 2020, en quatre exemplaires.
Le Préfet de la Sarthe | Le Procureur de la République | Le Président du Conseil départemental
Paul ROCHE | Marc VIDAL | Dominique LE MÈNER
Pour l'association, la Présidente, Lucie FAURE
ANNEXE 1 – Budget prévisionnel
Salaires : 40 000 €
ANNEXE 2 – Fiche de poste
Diplôme d'État d'assistant de service social.
"""

ROMAN_STYLE = """Convention relative au poste d'intervenant social en gendarmerie
Entre d'une part la Communauté de communes du Val de Loir, représentée par son Président, et d'autre part le Groupement de gendarmerie départementale de la Sarthe, représenté par son commandant ;
Il a été arrêté ce qui suit.
I – OBJET
La convention organise la présence d'un intervenant social à la brigade.
II – ENGAGEMENTS DES PARTIES
La communauté de communes emploie l'intervenant ; la gendarmerie met un bureau à disposition.
1. un bureau fermant à clé ;
2. une ligne téléphonique.
III – DURÉE
La convention vaut pour une année, renouvelable une fois.
Le Président de la Communauté de communes
Le Commandant du groupement de gendarmerie départementale
"""

SECTION_STYLE = """CONVENTION
pour un travailleur social au commissariat
Entre :
La Ville de Bellecombe, représentée par son Maire,
Et la Direction départementale de la sécurité publique, représentée par son directeur.
OBJET
La présente convention définit le rôle du travailleur social au commissariat de Bellecombe.
Moyens et locaux
La DDSP met un bureau à disposition du travailleur social, qui dispose d'un téléphone.
DURÉE DE LA CONVENTION
La convention est conclue pour une durée de deux ans à compter de sa signature.
Fait à Bellecombe
Le Maire, le 12/03/2019
Le Directeur départemental de la sécurité publique, le 02.04.19
"""


def test_model_style(doc_of):
    doc = doc_of(MODEL_STYLE)
    s = segment(doc)
    t = MODEL_STYLE
    assert t[s.title[0]:s.title[1]].startswith("CONVENTION DE PARTENARIAT")
    assert t[s.title[0]:s.title[1]].endswith("EN COMMISSARIAT ET GENDARMERIE")
    assert [p.role for p in s.parties] == ["prefet", "procureur", "president_cd", "association"]
    assert s.parties[0].name == "Paul ROCHE" and s.parties[3].name == "Lucie FAURE"
    assert t[s.preamble[0]:s.preamble[1]].startswith("PRÉAMBULE")
    assert [(a.number, a.title) for a in s.articles] == [
        ("1", "Objet de la convention"), ("2", "Public concerné"), ("3", "Missions"), ("4", "Durée"),
        ("5", "Financement")]
    assert "3.2 Orientation" in t[s.articles[2].start:s.articles[2].end]
    assert [(a.number, a.title) for a in s.annexes] == [("1", "Budget prévisionnel"), ("2", "Fiche de poste")]
    assert [(p.role, p.name) for p in s.signatories] == [
        ("prefet", "Paul ROCHE"), ("procureur", "Marc VIDAL"), ("president_cd", "Dominique LE MÈNER"),
        ("association", "Lucie FAURE")]
    assert [(d.year, d.month, d.day) for d in s.signature_dates] == [(2020, 12, 14)]
    assert s.signature_place == "Le Mans"  # "Fait au Mans"
    assert s.zone_at(t.index("45 000")) == "article"
    assert s.zone_at(t.index("Salaires")) == "annexe"
    assert s.zone_at(t.index("Paul ROCHE |")) == "signature"


def test_roman_style_without_fait(doc_of):
    s = segment(doc_of(ROMAN_STYLE))
    assert [p.role for p in s.parties] == ["president_interco", "commandant_groupement"]
    assert [(a.number, a.title) for a in s.articles] == [("1", "OBJET"), ("2", "ENGAGEMENTS DES PARTIES"),
                                                          ("3", "DURÉE")]
    assert [p.role for p in s.signatories] == ["president_interco", "commandant_groupement"]
    assert s.signature_dates == []
    assert ROMAN_STYLE[s.preamble[0]:s.preamble[1]] == "Il a été arrêté ce qui suit."


def test_section_style_with_dated_signatures(doc_of):
    t = SECTION_STYLE
    s = segment(doc_of(t))
    assert t[s.title[0]:s.title[1]] == "CONVENTION\npour un travailleur social au commissariat"
    assert [p.role for p in s.parties] == ["maire", "ddsp"]
    assert [(a.number, a.title) for a in s.articles] == [(None, "OBJET"), (None, "Moyens et locaux"),
                                                          (None, "DURÉE DE LA CONVENTION")]
    assert [p.role for p in s.signatories] == ["maire", "ddsp"]
    assert [(d.year, d.month, d.day) for d in s.signature_dates] == [(2019, 3, 12), (2019, 4, 2)]
    assert s.signature_place == "Bellecombe"


def test_structure_to_json(doc_of):
    doc = doc_of(MODEL_STYLE)
    data = structure_to_json(segment(doc), doc)
    json.dumps(data, ensure_ascii=False)  # serialisable as is
    assert set(data) >= {"articles", "parties", "signatories", "signature_dates", "signature_place",
                         "preamble", "annexes", "extraction"}
    assert {k: data["articles"][0][k] for k in ("number", "title")} == {"number": "1", "title": "Objet de la convention"}
    assert data["signature_dates"][0]["date"] == "2020-12-14"
    assert data["signatories"][0] == {"role": "prefet", "text": "Le Préfet de la Sarthe", "name": "Paul ROCHE",
                                      "start": data["signatories"][0]["start"], "end": data["signatories"][0]["end"]}
    assert data["extraction"]["format"] == "txt"


def test_empty_and_articleless_text(doc_of):
    s = segment(doc_of("Quelques mots sans structure."))
    assert s.articles == [] and s.parties == [] and s.signature is None
    s = segment(doc_of(""))
    assert s.articles == [] and s.title is None
