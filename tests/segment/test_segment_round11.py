"""Round 11: decimal sub-sections under numbered groupings; parties listed as dashed items."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONTRAT DE PARTENARIAT POUR UN POSTE D'INTERVENANT SOCIAL\n"
       "Entre :\nL'État, représenté par le préfet du Cher,\nEt le Département du Cher.\n"
       "Vu le code de l'action sociale et des familles ;\n")
BODY = "Le poste est créé pour trois ans et l'intervenant social reçoit toute personne orientée.\n"


def _arts(s):
    return [(a.number, a.title) for a in s.articles]


def test_decimal_leaves_under_bodiless_groupings(doc_of):
    text = (TOP + "1. OBJET DU CONTRAT\n1.1 Finalité du poste\n" + BODY + "1.2 Personnes accueillies\n" + BODY
            + "2. MISSIONS\n2.1 Missions\n" + BODY + "3. RÈGLES\n3.1 Secret professionnel\n" + BODY
            + "Fait à Bourges, le 3 mars 2020.\n")
    s = segment(doc_of(text))
    assert _arts(s) == [("1.1", "Finalité du poste"), ("1.2", "Personnes accueillies"), ("2.1", "Missions"),
                        ("3.1", "Secret professionnel")]
    # the grouping line belongs to no article and closes the preamble
    assert "OBJET DU CONTRAT" not in text[s.preamble[0]:s.preamble[1]]
    assert all("MISSIONS" not in text[a.start:a.end] for a in s.articles)
    assert text[s.articles[-1].start:s.articles[-1].end].endswith("orientée.")


def test_decimal_paragraphs_inside_an_article_with_a_body_stay_in_it(doc_of):
    # a parent with a body of its own (more than one lead-in line) keeps its sub-sections
    text = (TOP + "1. Objet\nLa présente convention crée un poste d'intervenant social.\n" + BODY
            + "1.1 Définitions\n" + BODY + "1.2 Champ\n" + BODY
            + "2. Missions\n" + BODY + BODY + "2.1 Accueil\n" + BODY + "2.2 Orientation\n" + BODY)
    s = segment(doc_of(text))
    assert _arts(s) == [("1", "Objet"), ("2", "Missions")]


def test_numbered_sentences_are_not_headings(doc_of):
    text = (TOP + "1. Objet\n1.1 La présente convention a pour objet de créer un poste.\n"
            "1.2 Le poste représente un équivalent temps plein.\n"
            "2. Missions\n2.1 L'intervenant social a pour missions :\n- accueillir ;\n- orienter.\n"
            "2.2 Il ne réalise aucun acte d'enquête.\n")
    s = segment(doc_of(text))
    assert _arts(s) == [("1", "Objet"), ("2", "Missions")]


def test_one_bodiless_parent_among_plain_articles_is_refused(doc_of):
    text = (TOP + "1. Objet\n" + BODY + "2. Missions\n2.1 Accueil\n" + BODY + "2.2 Orientation\n" + BODY
            + "3. Durée\n" + BODY + "4. Financement\n" + BODY)
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3", "4"]


def test_lead_in_over_a_bulleted_list_of_annexes_is_no_annex(doc_of):
    text = (TOP + "Article 1 – Objet\n" + BODY + "Article 2 – Durée et annexes\n" + BODY + "Annexes :\n"
            "- Annexe 1 – Fiche de poste (sera transmise ultérieurement) ;\n- Annexe 2 – Charte.\n"
            "Fait à Bourges, le 3 mars 2020.\n")
    s = segment(doc_of(text))
    assert s.annexes == []
    assert [a.number for a in s.articles] == ["1", "2"]


def test_parties_as_dashed_items_of_a_contract(doc_of):
    text = ("CONTRAT DE PARTENARIAT\nPOSTE D'INTERVENANT SOCIAL\n"
            "Les parties au présent contrat sont :\n"
            "- l'État, représenté par le Préfet du Loiret ;\n"
            "- le Procureur de la République près le tribunal judiciaire de Montargis ;\n"
            "- la communauté d'agglomération montargoise, représentée par son Président ;\n"
            "- le groupement d'intérêt public « Agir ensemble », ci-après « le GIP », représenté par son Directeur.\n"
            "Vu le code pénal ;\n1. Objet\n" + BODY + "2. Durée\n" + BODY)
    s = segment(doc_of(text))
    assert [p.role for p in s.parties] == ["prefet", "procureur", "president_interco", "autre"]
    assert s.parties[0].text == "l'État, représenté par le Préfet du Loiret"
    assert s.parties[3].text.startswith("le groupement d'intérêt public")
    assert "ci-après « le GIP », représenté par son Directeur" in s.parties[3].text
    for p in s.parties:
        assert text[p.start:p.end] == p.text
    assert text[s.preamble[0]:].startswith("Vu le code pénal")


def test_dashed_continuation_joins_the_party_before(doc_of):
    text = ("CONVENTION POUR UN POSTE D'INTERVENANT SOCIAL\nEntre :\n"
            "- le Département de l'Indre,\n- représenté par le Président du conseil départemental ;\n"
            "- l'association France Victimes 36.\nIl est convenu ce qui suit :\n"
            "Article 1 – Objet\n" + BODY + "Article 2 – Durée\n" + BODY)
    s = segment(doc_of(text))
    assert [p.role for p in s.parties] == ["president_cd", "association"]
    assert "représenté par le Président" in s.parties[0].text


def test_one_lead_in_line_under_a_grouping_keeps_the_leaves(doc_of):
    text = (TOP + "1. OBJET\n1.1 Finalité\n" + BODY + "2. MISSIONS\nLes missions sont les suivantes :\n"
            "2.1 Accueil\n" + BODY + "2.2 Orientation\n" + BODY)
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1.1", "2.1", "2.2"]
