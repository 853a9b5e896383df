"""Parties (after "Entre"), signatories and signature block, in the layouts préfectures use."""

from __future__ import annotations

import pytest

from iscg_nlp.segment import classify_role, segment

ARTICLES = "Il est convenu ce qui suit :\nArticle 1 – Objet\nTexte.\nArticle 2 – Durée\nTrois ans.\n"


@pytest.mark.parametrize("text,role", [
    ("Le Préfet de la Loire", "prefet"),
    ("L'État, représenté par Monsieur le Préfet", "prefet"),
    ("La sous-préfète de Roanne", "prefet"),
    ("Le Procureur de la République près le tribunal judiciaire", "procureur"),
    ("Le Président du Conseil départemental", "president_cd"),
    ("Pour le Conseil départemental, le Président", "president_cd"),
    ("Le Département du Cher, représenté par son président", "president_cd"),
    ("Le Président du Conseil général", "president_cd"),
    ("Le Maire de Bourges", "maire"),
    ("La Ville de Tours, représentée par son maire", "maire"),
    ("Le Président du CCAS", "maire"),
    ("Le Président de la Communauté de communes du Pays de Craon", "president_interco"),
    ("La Communauté d'agglomération de Laval", "president_interco"),
    ("Le Président de la Métropole", "president_interco"),
    ("Le Directeur départemental de la sécurité publique", "ddsp"),
    ("Le Directeur interdépartemental de la police nationale (DIPN)", "ddsp"),
    ("Le Commandant du groupement de gendarmerie départementale", "commandant_groupement"),
    ("La Caisse d'allocations familiales de la Mayenne", "caf"),
    ("L'association France Victimes 53, représentée par sa présidente", "association"),
    ("Le Président de l'association ADAVI", "association"),
    ("Le Directeur de l'hôpital", None),
])
def test_classify_role(text, role):
    assert classify_role(text) == role


def _doc(doc_of, middle: str, tail: str = ""):
    text = "CONVENTION RELATIVE AU POSTE D'INTERVENANT SOCIAL\n" + middle + ARTICLES + tail
    return text, segment(doc_of(text))


def test_parties_one_per_line(doc_of):
    text, s = _doc(doc_of, "ENTRE LES SOUSSIGNÉS :\n"
                           "L'État, représenté par Monsieur Jean DUPONT, préfet de la Mayenne,\n"
                           "Le Département de la Mayenne, représenté par le Président du Conseil départemental,\n"
                           "d'une part,\nET\n"
                           "L'association France Victimes 53, représentée par sa présidente, Madame Claire LEROY,\n"
                           "d'autre part,\n")
    assert [(p.role, p.name) for p in s.parties] == [
        ("prefet", "Jean DUPONT"), ("president_cd", None), ("association", "Claire LEROY")]
    for p in s.parties:
        assert text[p.start:p.end] == p.text


def test_parties_with_continuation_lines(doc_of):
    _, s = _doc(doc_of, "Entre :\nLa Communauté de communes du Pays de Craon\n"
                        "représentée par son Président, Monsieur Paul MARTIN\n"
                        "Et :\nLe groupement de gendarmerie départementale de la Mayenne\n"
                        "représenté par le colonel commandant le groupement\n")
    assert [(p.role, p.name) for p in s.parties] == [("president_interco", "Paul MARTIN"),
                                                      ("commandant_groupement", None)]


def test_parties_inline_d_une_part(doc_of):
    _, s = _doc(doc_of, "Entre l'État, représenté par le Préfet du Cher, d'une part, et la Ville de Vierzon, "
                        "représentée par son Maire, d'autre part ;\n")
    assert [p.role for p in s.parties] == ["prefet", "maire"]


def test_preamble_after_parties(doc_of):
    text, s = _doc(doc_of, "Entre :\nLe Préfet du Cher\nEt le Procureur de la République\n"
                           "Vu le code de l'action sociale et des familles ;\nConsidérant la nécessité d'agir ;\n")
    assert [p.role for p in s.parties] == ["prefet", "procureur"]
    pre = text[s.preamble[0]:s.preamble[1]]
    assert pre.startswith("Vu le code") and pre.endswith("ce qui suit :")
    assert s.zone_at(s.preamble[0]) == "preambule"
    assert s.zone_at(s.parties[0].start) == "parties"
    assert s.zone_at(s.title[0]) == "titre"


SIGNATURE_BLOCKS = [
    ("lines",
     "Fait à Laval, le 12 mars 2021, en quatre exemplaires.\nLe Préfet,\nJean DUPONT\n"
     "Pour le Conseil départemental, le Président\nOlivier RICHEFOU\nLe Procureur de la République\n",
     [("prefet", "Jean DUPONT"), ("president_cd", "Olivier RICHEFOU"), ("procureur", None)],
     "Laval", [(2021, 3, 12)]),
    ("table row",
     "Fait en trois exemplaires à Bourges, le 3 février 2020\n"
     "Le Préfet du Cher | Le Président du Conseil départemental | La Présidente de l'association\n"
     "Marc DURAND | Michel AUTISSIER | Anne PETIT\n",
     [("prefet", "Marc DURAND"), ("president_cd", "Michel AUTISSIER"), ("association", "Anne PETIT")],
     "Bourges", [(2020, 2, 3)]),
    ("dated signatures",
     "Fait à Tours\nLe Maire de Tours, le 02/03/2019\nLe Directeur départemental de la sécurité publique, le 15/03/2019\n",
     [("maire", None), ("ddsp", None)], "Tours", [(2019, 3, 2), (2019, 3, 15)]),
    ("no fait line",
     "Le Préfet\nLe Commandant du groupement de gendarmerie départementale\nLa Caisse d'allocations familiales\n",
     [("prefet", None), ("commandant_groupement", None), ("caf", None)], None, []),
]


@pytest.mark.parametrize("name,block,signatories,place,dates", SIGNATURE_BLOCKS, ids=[b[0] for b in SIGNATURE_BLOCKS])
def test_signature_blocks(doc_of, name, block, signatories, place, dates):
    text, s = _doc(doc_of, "", block)
    assert s.signature is not None
    assert text[s.signature[0]:s.signature[1]] == block.strip()
    assert [(p.role, p.name) for p in s.signatories] == signatories
    assert s.signature_place == place
    assert [(d.year, d.month, d.day) for d in s.signature_dates] == dates
    assert s.articles[-1].end <= s.signature[0]
    assert "Trois ans." in text[s.articles[-1].start:s.articles[-1].end]


def test_signature_before_annexes(doc_of):
    tail = ("Fait à Laval, le 1er juin 2022\nLe Préfet\n"
            "ANNEXE 1 – Budget prévisionnel\nSalaire : 40 000 €\nAnnexe financière\nRépartition.\n")
    text, s = _doc(doc_of, "", tail)
    assert [(a.number, a.title) for a in s.annexes] == [("1", "Budget prévisionnel"), ("2", "Annexe financière")]
    assert text[s.signature[0]:s.signature[1]] == "Fait à Laval, le 1er juin 2022\nLe Préfet"
    assert text[s.annexes[0].start:s.annexes[0].end] == "ANNEXE 1 – Budget prévisionnel\nSalaire : 40 000 €"
    assert s.zone_at(s.annexes[1].start + 3) == "annexe"


def test_signature_after_annexes(doc_of):
    tail = "ANNEXE – Fiche de poste\nL'intervenant est diplômé.\nFait à Laval, le 1er juin 2022\nLe Préfet\n"
    text, s = _doc(doc_of, "", tail)
    assert [(a.number, a.title) for a in s.annexes] == [("1", "Fiche de poste")]
    assert s.annexes[0].end <= s.signature[0]
    assert [d.year for d in s.signature_dates] == [2022]


def test_list_of_annexes_in_an_article_is_not_an_annex(doc_of):
    text = ("CONVENTION\nArticle 1 – Objet\nTexte.\nArticle 2 – Annexes\nSont annexés :\n"
            "Annexe 1 : budget prévisionnel\nAnnexe 2 : fiche de poste\nFait à Laval, le 1er juin 2022\nLe Préfet\n")
    s = segment(doc_of(text))
    assert s.annexes == []
    assert "Annexe 2" in text[s.articles[1].start:s.articles[1].end]
