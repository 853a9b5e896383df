"""Round 30: amendments bound after the convention, a title under a part label between numbered
articles, and a heading in capitals cut by a hyphen at a line end (real readers: TXT and PDF)."""

from __future__ import annotations

from pathlib import Path

from iscg_nlp.extract import read_document
from iscg_nlp.segment import segment

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

_TOP = """CONVENTION RELATIVE A UN POSTE D'INTERVENANT SOCIAL EN COMMISSARIAT

Entre les soussignés :

L'État, représenté par le préfet de la Creuse ;

L'association Aide et Écoute, représentée par sa présidente.

Il est convenu ce qui suit :
"""

_ARTS = """
Art. 1er – Objet

La présente convention définit les conditions dans lesquelles un intervenant social exerce ses missions au commissariat de Guéret, auprès des victimes et des familles en difficulté.

Art. 2 – Missions

L'intervenant social accueille les personnes orientées par les services de police, évalue leur situation sociale et les oriente vers les services sociaux compétents du département.

{middle}

Art. 3 – Durée

La présente convention est conclue pour une durée d'un an à compter de sa signature ; elle peut être renouvelée une fois par décision expresse de l'ensemble des parties.

Fait à Guéret, le 3 février 2015, en trois exemplaires.

Le Préfet de la Creuse

La Présidente de l'association Aide et Écoute
"""

_FINANCE = """DISPOSITIONS FINANCIÈRES

{title}

Le coût du poste est évalué à 45 000 euros par an, salaire chargé, frais de déplacement et frais de fonctionnement compris, pour un équivalent temps plein.

La participation de l'État est versée à l'association en deux fois : la moitié à la signature de la convention, le solde au vu du rapport d'activité."""

_AMENDMENT = """
Avenant n° 1

Les parties conviennent de modifier l'article 2 de la convention comme suit.

L'intervenant social reçoit aussi les personnes orientées par les unités de gendarmerie du département.

Fait à Guéret, le 9 octobre 2015.

Le Préfet de la Creuse – La Présidente de l'association Aide et Écoute
"""


def _txt(tmp_path: Path, body: str, encoding: str = "utf-16") -> Path:
    path = tmp_path / "convention.txt"
    path.write_bytes(body.encode(encoding))
    return path


def _keys(structure) -> list[tuple[str | None, str]]:
    return [(a.number, a.title) for a in structure.articles] + \
        [(f"annexe {a.number}", a.title) for a in structure.annexes]


def test_title_under_a_part_label_between_articles_is_a_section(tmp_path):
    middle = _FINANCE.format(title="Coût du poste et participations")
    doc = read_document(str(_txt(tmp_path, _TOP + _ARTS.format(middle=middle))))
    keys = _keys(segment(doc))
    assert keys == [("1", "Objet"), ("2", "Missions"), (None, "Coût du poste et participations"), ("3", "Durée")]


def test_sentence_or_list_item_under_a_part_label_is_no_section(tmp_path):
    for line in ("Le poste est financé par l'État", "- le coût du poste et ses participations"):
        middle = _FINANCE.format(title=line)
        doc = read_document(str(_txt(tmp_path, _TOP + _ARTS.format(middle=middle))))
        assert [k[0] for k in _keys(segment(doc))] == ["1", "2", "3"], line


def test_amendment_after_the_signatures_is_a_section_of_its_own(tmp_path):
    doc = read_document(str(_txt(tmp_path, _TOP + _ARTS.format(middle="") + _AMENDMENT)))
    s = segment(doc)
    assert _keys(s) == [("1", "Objet"), ("2", "Missions"), ("3", "Durée"), (None, "Avenant n° 1")]
    amendment = s.articles[-1]
    assert amendment.kind == "section"
    body = doc.text[amendment.body_start:amendment.end]
    assert "unités de gendarmerie" in body and "9 octobre" not in body  # its own signature stays out
    # the signature block is the convention's, ended by the amendment
    assert [d.year for d in s.signature_dates] == [2015] and s.signature_dates[0].month == 2
    assert doc.text[s.signature[0]:s.signature[1]].rstrip().endswith("Aide et Écoute")


def test_amendment_titled_with_the_convention_date_and_an_annex_after_it(tmp_path):
    amendment = _AMENDMENT.replace("Avenant n° 1", "AVENANT N° 2 À LA CONVENTION DU 3 FÉVRIER 2015")
    annex = "\nANNEXE 1 – Budget prévisionnel\n\nLe budget du poste est présenté ci-dessous par poste de dépense.\n"
    doc = read_document(str(_txt(tmp_path, _TOP + _ARTS.format(middle="") + amendment + annex, "utf-8")))
    s = segment(doc)
    assert _keys(s)[3:] == [(None, "AVENANT N° 2 À LA CONVENTION DU 3 FÉVRIER 2015"),
                            ("annexe 1", "Budget prévisionnel")]
    assert s.articles[-1].end <= s.annexes[0].start


def test_amendments_named_in_prose_or_listed_are_no_sections(tmp_path):
    tail = ("\nDocuments joints :\n\nAvenant n° 1 du 9 octobre 2015\n\nAvenant n° 2 du 4 mars 2016\n"
            "\nL'avenant n° 1 modifie l'article 2 de la convention.\n")
    doc = read_document(str(_txt(tmp_path, _TOP + _ARTS.format(middle="") + tail, "utf-8")))
    assert [k[0] for k in _keys(segment(doc))] == ["1", "2", "3"]


def _pdf(path: Path, heading_lines: list[str], body: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dv", "", FONT)
    pdf.set_font("dv", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "CONVENTION RELATIVE A UN POSTE D'INTERVENANT SOCIAL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "ARTICLE I - OBJET", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "La présente convention définit les missions de l'intervenante sociale placée "
                         "auprès de la gendarmerie du département.")
    pdf.ln(4)
    for line in heading_lines:  # a heading cut by hand at a line end, as a justified layout does
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "ARTICLE III - DUREE", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "La présente convention est conclue pour trois ans à compter de sa signature.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_capital_word_cut_at_a_line_end_is_joined_when_printed_whole_elsewhere(tmp_path):
    path = _pdf(tmp_path / "c.pdf", ["ARTICLE II - RELATIONS AVEC LA CELLULE DES INFORMATIONS PREOCCU-", "PANTES"],
                "L'intervenante travaille avec la cellule de recueil des informations préoccupantes du "
                "département pour les situations d'enfants en danger.")
    titles = [a.title for a in segment(read_document(str(path))).articles]
    assert titles[1] == "RELATIONS AVEC LA CELLULE DES INFORMATIONS PREOCCUPANTES"


def test_real_compounds_cut_at_a_line_end_keep_their_hyphen(tmp_path):
    cases = [(["ARTICLE II - RELATIONS AVEC LA GENDARMERIE DE MEURTHE-", "ET-MOSELLE"], "MEURTHE-ET-MOSELLE"),
             (["ARTICLE II - POSITION DE L'INTERVENANTE VIS-À-", "VIS DES ENQUETEURS"], "VIS-À-VIS"),
             (["ARTICLE II - RELATIONS AVEC LA BRIGADE DE SAINT-", "DIÉ"], "SAINT-DIÉ"),
             # a capital word whose joined form is printed nowhere: the hyphen stays
             (["ARTICLE II - RELATIONS AVEC LES BRIGADES DES ALPES-", "MARITIMES"], "ALPES-MARITIMES")]
    for k, (heading, compound) in enumerate(cases):
        body = ("L'intervenante rencontre chaque mois les commandants de brigade pour faire le point "
                "sur les situations suivies ensemble.")
        path = _pdf(tmp_path / f"c{k}.pdf", heading, body)
        titles = [a.title for a in segment(read_document(str(path))).articles]
        assert compound in titles[1], titles


def test_questions_of_a_questions_and_answers_article_are_no_sections(tmp_path):
    """« Question : Qui paye son téléphone ? » then « Réponse : … »: lines of the article, not titles."""
    middle = ("Art. 2 bis – Questions posées par les gendarmes\n\n"
              "Lors des réunions de préparation, plusieurs questions ont été posées.\n\n"
              "Question : Qui paye son téléphone et son ordinateur ?\n\n"
              "Réponse : Le CCAS paye son téléphone portable.\n\n"
              "Qui décide de ses congés ?\n\n"
              "Le CCAS, qui en informe la brigade.\n")
    doc = read_document(str(_txt(tmp_path, _TOP + _ARTS.format(middle=middle), "utf-8")))
    titles = [t for _, t in _keys(segment(doc))]
    assert not any("?" in t for t in titles)


def test_articles_of_an_avenant_do_not_replace_the_convention_s_bare_numbering(tmp_path):
    """« 1. Objet » … « 4. Durée », signatures, then an avenant whose body reads « Article 1. La
    convention est prolongée… »: the convention's numbered run stays its articles."""
    body = _TOP + "".join(
        f"\n{n}. {title}\n\n{text}\n" for n, title, text in (
            (1, "Objet", "La présente convention définit les conditions de présence d'un intervenant social."),
            (2, "Missions", "L'intervenant social accueille les personnes orientées par les services de police."),
            (3, "Moyens", "La commune met à sa disposition un bureau fermant à clef et un téléphone."),
            (4, "Durée", "La présente convention est conclue pour une durée d'un an."),
        )) + (
        "\nFait à Guéret, le 3 février 2015.\n\nLe préfet\n\nLa présidente\n\n"
        "AVENANT N° 1\n\nIl est convenu ce qui suit :\n\n"
        "Article 1. La convention du 3 février 2015 est prolongée pour une durée d'un an.\n\n"
        "Article 2. Toutes les autres clauses de la convention demeurent applicables.\n\n"
        "Fait à Guéret, le 19 janvier 2016.\n\nLe préfet\n\nLa présidente\n")
    doc = read_document(str(_txt(tmp_path, body, "utf-8")))
    keys = _keys(segment(doc))
    assert keys[:4] == [("1", "Objet"), ("2", "Missions"), ("3", "Moyens"), ("4", "Durée")]
    assert keys[4:] == [(None, "AVENANT N° 1")]
