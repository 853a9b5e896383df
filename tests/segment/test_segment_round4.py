"""Round 4: long or party-naming section titles, sentences before signatures, lists of copies.

Invented conventions go through the real readers (a DOCX written with python-docx, a TXT file) and
through ``segment``; a few hard-wrapped texts are built by hand to check the guards stay in place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.segment import segment
from iscg_nlp.textutil import fold

docx = pytest.importorskip("docx")


@pytest.fixture(scope="module")
def read_document():
    extract = pytest.importorskip("iscg_nlp.extract")
    return extract.read_document


def _write_docx(path: Path, paragraphs: list[tuple[str, bool]]) -> Path:
    """One paragraph per (text, bold) pair; titles are bold paragraphs, not Word heading styles."""
    document = docx.Document()
    for text, bold in paragraphs:
        run = document.add_paragraph().add_run(text)
        run.bold = bold
    document.save(str(path))
    return path


def _write_txt(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _zone(structure, doc, needle: str) -> str:
    return structure.zone_at(doc.text.index(needle))


# --------------------------------------------------------------------------- 1. section titles

SECTIONS_DOCX = [
    ("CONVENTION POUR UN TRAVAILLEUR SOCIAL AUPRÈS DE LA GENDARMERIE DU CANTAL", True),
    ("Entre l'État, représenté par le Préfet du Cantal,", False),
    ("la Commune d'Aurillac, représentée par son Maire,", False),
    ("et le Groupement de gendarmerie départementale du Cantal, représenté par son commandant,", False),
    ("il est convenu et arrêté ce qui suit :", False),
    ("Exposé des motifs", True),
    ("Les maires des communes rurales constatent depuis plusieurs années que les brigades reçoivent des "
     "personnes en grande difficulté sociale, sans pouvoir leur offrir d'autre réponse qu'une orientation "
     "écrite vers des services souvent éloignés.", False),
    ("Objet", True),
    ("La présente convention organise la présence d'un travailleur social, salarié de la Commune, dans les "
     "locaux de la brigade d'Aurillac, et précise les engagements de chacun des signataires.", False),
    ("Le positionnement du travailleur social vis-à-vis de la Commune et de la gendarmerie", True),
    ("Le travailleur social relève de l'autorité hiérarchique du Maire ; le commandant de la brigade organise "
     "son accueil dans les locaux et les liens avec les militaires, sans lui donner d'instructions.", False),
    ("Les engagements de la gendarmerie", True),
    ("Le groupement met à disposition un bureau fermant à clé, un poste téléphonique et un accès à un "
     "véhicule de service pour les visites à domicile.", False),
    ("Les engagements de la Commune", True),
    ("La Commune recrute le travailleur social, assure sa rémunération et prend en charge sa formation "
     "continue pendant toute la durée de la convention.", False),
    ("La durée", True),
    ("La convention est conclue pour trois ans à compter de sa signature par la dernière des parties.", False),
    ("Fait à Aurillac, le 3 mars 2016, en trois exemplaires.", False),
    ("Le Préfet du Cantal,", False),
    ("Le Maire d'Aurillac,", False),
    ("Le Colonel commandant le groupement de gendarmerie départementale du Cantal,", False),
]


def test_docx_titles_naming_a_party_or_long_are_sections(tmp_path, read_document):
    doc = read_document(str(_write_docx(tmp_path / "sections.docx", SECTIONS_DOCX)))
    structure = segment(doc)
    assert [a.title for a in structure.articles] == [
        "Exposé des motifs",
        "Objet",
        "Le positionnement du travailleur social vis-à-vis de la Commune et de la gendarmerie",
        "Les engagements de la gendarmerie",
        "Les engagements de la Commune",
        "La durée",
    ]
    assert all(a.number is None and a.kind == "section" for a in structure.articles)
    # the signature lines that follow are still signatories, not sections
    assert [p.role for p in structure.signatories] == ["prefet", "maire", "commandant_groupement"]
    # « Exposé des motifs » stays a section of the structure, but its text recounts the reasons: it is
    # the zone "rappel", outside every rule (see test_segment_rappel.py)
    assert _zone(structure, doc, "Les maires des communes rurales") == "rappel"
    assert _zone(structure, doc, "Le groupement met à disposition") == "article"
    assert structure.preamble is not None
    assert doc.text[structure.preamble[0]:structure.preamble[1]].startswith("il est convenu")


def test_preambule_label_after_closing_formula_still_opens_the_preamble(doc_of):
    text = (
        "CONVENTION RELATIVE À UN INTERVENANT SOCIAL\n"
        "Entre l'État, représenté par le Préfet du Lot,\n"
        "et la Commune de Cahors, représentée par son Maire,\n"
        "il est convenu ce qui suit.\n"
        "Préambule\n"
        "Les signataires ont constaté le nombre croissant de situations sociales portées à la connaissance "
        "des policiers du commissariat de Cahors.\n"
        "Objet\n"
        "La présente convention crée un poste d'intervenant social au commissariat de Cahors.\n"
        "Durée\n"
        "La convention est conclue pour trois ans.\n"
    )
    doc = doc_of(text)
    structure = segment(doc)
    assert [a.title for a in structure.articles] == ["Objet", "Durée"]
    assert _zone(structure, doc, "Les signataires ont constaté") == "preambule"


def test_long_unterminated_line_of_a_hard_wrapped_text_is_no_section(doc_of):
    # lines cut at a page width: the 80-character first line of a paragraph has no final stop
    wrapped = [
        "CONVENTION RELATIVE À UN INTERVENANT SOCIAL",
        "Objet",
        "La présente convention crée un poste d'intervenant social au commissariat de",
        "police de Figeac et fixe les engagements des parties signataires de la convention.",
        "Missions",
        "L'intervenant social accueille les personnes que lui adressent les policiers.",
        "Le Département et la Commune assurent le financement du poste de travailleur social",
        "Pendant toute la durée de la convention, selon les parts fixées à l'article suivant du texte.",
        "Durée",
        "La convention est conclue pour trois ans à compter de la date de sa signature.",
        "Elle peut être dénoncée par chacune des parties avec un préavis de trois mois.",
    ]
    structure = segment(doc_of("\n".join(wrapped) + "\n"))
    assert [a.title for a in structure.articles] == ["Objet", "Missions", "Durée"]


# --------------------------------------------------------------------------- 2. sentences


NO_FAIT_TXT = """CONVENTION DE PARTENARIAT POUR UN INTERVENANT SOCIAL EN GENDARMERIE

Article 1 – Objet
La présente convention crée un poste d'intervenant social auprès de la compagnie de Tulle.

Article 2 – Durée
La convention est conclue pour trois ans à compter du 1er janvier 2019.

Article 3 – Transmission
Le procureur de la République près le tribunal judiciaire de Tulle est destinataire d'une copie de la présente convention.

Pour l'État, le Préfet de la Corrèze
Pour le Département, le Président du Conseil départemental
Pour le Groupement de gendarmerie, le Colonel commandant le groupement
"""


def test_sentence_opening_like_a_signature_does_not_open_the_block(tmp_path, read_document):
    doc = read_document(str(_write_txt(tmp_path / "sans-fait.txt", NO_FAIT_TXT)))
    structure = segment(doc)
    assert structure.signature is not None
    assert doc.text[structure.signature[0]:].startswith("Pour l'État, le Préfet de la Corrèze")
    assert [p.role for p in structure.signatories] == ["prefet", "president_cd", "commandant_groupement"]
    assert _zone(structure, doc, "est destinataire d'une copie") == "article"
    assert structure.articles[-1].title == "Transmission"


def test_sentence_inside_the_block_is_not_a_signatory(tmp_path, read_document):
    text = ("Article 1 – Objet\nLa présente convention crée un poste d'intervenant social.\n\n"
            "Fait à Brive, le 2 avril 2019.\n"
            "Le procureur de la République est destinataire d'une copie de la présente convention.\n"
            "Le Préfet de la Corrèze.\n"
            "Le Maire de Brive.\n")
    doc = read_document(str(_write_txt(tmp_path / "phrase-dans-bloc.txt", text)))
    structure = segment(doc)
    assert [p.role for p in structure.signatories] == ["prefet", "maire"]


def test_signatory_line_ending_with_a_stop_still_opens_the_block(tmp_path, read_document):
    text = ("Article 1 – Objet\nLa présente convention crée un poste d'intervenant social à Ussel.\n\n"
            "Article 2 – Durée\nElle est conclue pour une durée de trois ans.\n\n"
            "Le Préfet de la Corrèze.\n"
            "Le Colonel commandant le groupement de gendarmerie départementale de la Corrèze.\n")
    doc = read_document(str(_write_txt(tmp_path / "point-final.txt", text)))
    structure = segment(doc)
    assert structure.signature is not None
    assert doc.text[structure.signature[0]:].startswith("Le Préfet de la Corrèze.")
    assert [p.role for p in structure.signatories] == ["prefet", "commandant_groupement"]


# --------------------------------------------------------------------------- 3. lists of copies


@pytest.mark.parametrize("heading", ["Ampliation :", "Copie pour information :", "Copies adressées à :",
                                     "Destinataires :"])
def test_copy_list_after_the_signatures_is_not_signed(tmp_path, read_document, heading):
    text = ("Article 1 – Objet\nLa présente convention crée un poste d'intervenant social à Tarbes.\n\n"
            "Article 2 – Durée\nElle est conclue pour trois ans à compter de sa signature.\n\n"
            "Fait à Tarbes, le 5 juin 2020.\n"
            "Le Préfet des Hautes-Pyrénées\n"
            "Le Maire de Tarbes\n\n"
            f"{heading}\n"
            "– M. le Procureur de la République près le tribunal judiciaire de Tarbes\n"
            "– M. le Directeur départemental de la sécurité publique\n")
    doc = read_document(str(_write_txt(tmp_path / "copies.txt", text)))
    structure = segment(doc)
    assert [p.role for p in structure.signatories] == ["prefet", "maire"]
    assert structure.signature[1] <= doc.text.index(heading)
    assert _zone(structure, doc, heading) == "autre"
    assert _zone(structure, doc, "M. le Procureur") == "autre"
    assert structure.articles[-1].end < doc.text.index("Fait à Tarbes")


def test_copy_list_without_fait_line_or_after_an_annex(tmp_path, read_document):
    text = ("Article 1 – Objet\nLa présente convention crée un poste d'intervenant social à Lourdes.\n\n"
            "Article 2 – Financement\nLe coût du poste est réparti selon l'annexe financière.\n\n"
            "Pour l'État, le Préfet des Hautes-Pyrénées\n"
            "Pour la Commune, le Maire de Lourdes\n\n"
            "Annexe 1 – Budget prévisionnel\n"
            "Salaire chargé : 42 000 euros par an, financés à parts égales par l'État et la Commune.\n\n"
            "Copie pour information :\n"
            "M. le Procureur de la République\n"
            "Mme la Présidente du Conseil départemental\n")
    doc = read_document(str(_write_txt(tmp_path / "copies-annexe.txt", text)))
    structure = segment(doc)
    assert [p.role for p in structure.signatories] == ["prefet", "maire"]
    assert [a.title for a in structure.annexes] == ["Budget prévisionnel"]
    assert structure.annexes[0].end <= doc.text.index("Copie pour information")
    assert _zone(structure, doc, "M. le Procureur") == "autre"
    assert _zone(structure, doc, "Salaire chargé") == "annexe"


def test_copy_heading_is_not_taken_for_an_untitled_section(tmp_path, read_document):
    paragraphs = [(t, b) for t, b in SECTIONS_DOCX] + [
        ("Ampliation :", True),
        ("– Monsieur le Procureur de la République près le tribunal judiciaire d'Aurillac", False),
    ]
    doc = read_document(str(_write_docx(tmp_path / "ampliation.docx", paragraphs)))
    structure = segment(doc)
    titles = [fold(a.title) for a in structure.articles]
    assert "ampliation" not in " ".join(titles)
    assert [p.role for p in structure.signatories] == ["prefet", "maire", "commandant_groupement"]
    assert _zone(structure, doc, "Monsieur le Procureur") == "autre"


def test_certified_copy_mention_is_not_a_list_heading(doc_of):
    text = ("Article 1 – Objet\nLa présente convention crée un poste d'intervenant social.\n"
            "Fait à Foix, le 1er mars 2022.\n"
            "Copie certifiée conforme\n"
            "Le Préfet de l'Ariège\n")
    structure = segment(doc_of(text))
    assert [p.role for p in structure.signatories] == ["prefet"]


def test_recipients_label_inside_the_last_article_does_not_cut_it(doc_of):
    text = ("Article 1 – Objet\nLa présente convention crée un poste d'intervenant social à Pamiers.\n"
            "Article 2 – Bilan\n"
            "Destinataires :\n"
            "Le bilan annuel d'activité, qui ne comporte aucune donnée nominative, est adressé chaque année à "
            "tous les signataires ainsi qu'au comité de pilotage, qui en débat lors de sa réunion annuelle.\n"
            "Le Préfet de l'Ariège\n"
            "Le Maire de Pamiers\n")
    doc = doc_of(text)
    structure = segment(doc)
    assert _zone(structure, doc, "Le bilan annuel") == "article"
    assert [p.role for p in structure.signatories] == ["prefet", "maire"]
