"""Consolidated texts and renewals: editor's notes after titles, old articles quoted in a new one."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION DE RENOUVELLEMENT DU POSTE D'INTERVENANT SOCIAL\n"
       "Entre :\nL'État, représenté par le préfet de la Moselle,\nEt le Département de la Moselle.\n"
       "Vu le code de l'action sociale et des familles ;\n")


def test_amendment_notes_are_no_part_of_titles(doc_of):
    text = (TOP + "Article 1er – Objet\nLa convention crée un poste.\n"
            "Article 2 – Missions (modifié par l'avenant n° 2)\nL'intervenant reçoit toute personne.\n"
            "Article 2 bis – Auteurs de violences (nouveau – avenant n° 2)\nIl reçoit aussi les auteurs.\n"
            "Article 3 – Durée (entièrement réécrit par l'avenant n° 1)\nLa convention dure trois ans.\n"
            "Article 4 – Litiges (voir l'annexe)\nLe tribunal administratif est compétent.\n"
            "Article 5 – Financement (rédaction issue de l'avenant n° 1 du 17 janvier 2022)\nL'État verse 20 000 €.\n"
            "Article 6 – Suivi (texte de l'avenant n° 2)\nUn comité se réunit chaque année.\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [
        ("1", "Objet"), ("2", "Missions"), ("2 bis", "Auteurs de violences"), ("3", "Durée"),
        ("4", "Litiges (voir l'annexe)"), ("5", "Financement"), ("6", "Suivi")]


def test_quoted_old_articles_do_not_replace_the_real_ones(doc_of):
    text = (TOP + "Article 1 – Objet\nLa convention renouvelle le poste pour l'année 2015.\n"
            "Article 2 – Missions\nLes articles 2 et 3 de la convention initiale sont reproduits ci-dessous.\n"
            "« Article 2. L'intervenant social reçoit les personnes adressées par les militaires.\n"
            "Article 3. Peuvent être reçues les victimes, les auteurs et toute personne en détresse. »\n"
            "Article 3 – Ressort territorial\nL'intervenant intervient sur le ressort de la compagnie.\n"
            "Article 4 – Durée\nLa convention est conclue pour un an.\n")
    doc = doc_of(text)
    s = segment(doc)
    assert [(a.number, a.title) for a in s.articles] == [
        ("1", "Objet"), ("2", "Missions"), ("3", "Ressort territorial"), ("4", "Durée")]
    assert s.article_at(doc.text.index("Peuvent être reçues")).title == "Missions"


def test_a_quoted_heading_alone_of_its_number_is_kept(doc_of):
    # nothing else carries number 2: the quotation marks do not remove the only "Article 2"
    text = (TOP + "Article 1 – Objet\nLa convention crée un poste.\n"
            "Les parties reprennent ici le texte national suivant : «\n"
            "Article 2 – Missions\nL'intervenant reçoit toute personne. »\n"
            "Article 3 – Durée\nLa convention dure trois ans.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
