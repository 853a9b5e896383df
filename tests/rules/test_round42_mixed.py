"""Round 42, blind errors on six indicators. Wordings written for this test (not copied from the samples),
through the real engine:
- autorites: a police chief named as the PARTNER of an act the employer does (« organise son temps de travail
  avec le commandant ») directs nothing; the chief who does the act himself still inverts;
- public: the authors handed to another service « sans intervention de l'intervenant » are out of the post
  (victims only), not « seulement orientés » (ambiguity);
- situations: a « référent VIF » who is another person (a list or table item, the addressee of a copy)
  restricts nothing; a post restricted to violence against women still is;
- locaux_moyens: named means provided « par les partenaires » with the sharing left to their agreement is the
  study's ambiguity; a named provider is still « inscrits »;
- comite_pilotage: a case-review cell of the CLSPD is no steering committee;
- duree: a duration clause shown as deleted in an avenant's table of changes fixes no duration."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # the employer does the acts; the chief is only a partner of one
    ("La structure employeuse exerce l'autorité hiérarchique sur l'intervenante : elle l'embauche, la paie, "
     "valide ses congés, arrête ses horaires de concert avec le commandant de brigade et conduit son "
     "entretien professionnel.", "conforme"),
    ("L'association exerce l'autorité hiérarchique et le chef de circonscription l'autorité fonctionnelle. "
     "L'association accorde ses congés et organise son emploi du temps avec le chef de la circonscription de "
     "sécurité publique.", "conforme"),
    ("L'employeur exerce l'autorité hiérarchique ; le commandant de compagnie exerce l'autorité fonctionnelle. Elle "
     "organise son temps de travail avec le commissaire, lui accorde ses congés et procède à son évaluation.",
     "conforme"),
    # the chief does the acts himself: still inverted
    ("L'intervenant est placé sous les ordres du commandant de la compagnie, qui lui accorde ses congés.", "inversee"),
    ("Le commissaire de police valide ses demandes de congés et arrête chaque année sa notation.", "inversee"),
])
def test_chief_as_partner_of_an_act(text, expected):
    assert code("autorites", text) == expected


VICTIMES = "L'intervenante sociale reçoit et accompagne toute victime de violences au sein du couple. "


@pytest.mark.parametrize("text, expected", [
    (VICTIMES + "Les agresseurs sont suivis par le service pénitentiaire d'insertion et de probation, sur "
     "décision du parquet, sans aucune intervention de l'intervenante sociale.", "victimes_seulement"),
    (VICTIMES + "Les personnes mises en cause sont accompagnées par une association spécialisée, en dehors de "
     "toute intervention de l'intervenant social.", "victimes_seulement"),
    (VICTIMES + "Les auteurs présumés sont confiés au dispositif départemental sans que l'ISCG intervienne."
     , "victimes_seulement"),
    # the authors only oriented by the worker: the study's ambiguity stays
    (VICTIMES + "Les auteurs sont orientés par l'intervenante vers un programme de soins.", "ambiguite"),
    # the authors received by the worker, the forces out of it: open public
    (VICTIMES + "Les auteurs peuvent aussi être reçus par l'intervenante, sans intervention des enquêteurs.",
     "tous_publics"),
])
def test_authors_handled_without_the_worker(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qui adresse la personne | agent d'accueil, référente VIF, équipe de nuit, venue spontanée", "toutes_situations"),
    ("Un double de la fiche est transmis au référent violences conjugales dans les huit jours.", "toutes_situations"),
    ("La synthèse mensuelle est remise à la référente violences intrafamiliales et au chef de service.",
     "toutes_situations"),
    ("Le poste couvre le seul champ des violences faites aux femmes : violences conjugales, viols, "
     "harcèlement sexuel, excision.", "violences_faites_aux_femmes"),
    ("Poste de référente violences intrafamiliales auprès du commissariat de Melun.", "vif"),
    ("L'intervenant social est le référent violences conjugales de la compagnie.", "violences_conjugales"),
])
def test_referent_of_someone_else(text, expected):
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le téléphone portable et l'ordinateur de l'intervenante sont fournis par les signataires, selon une "
     "répartition arrêtée d'un commun accord.", "ambiguite"),
    ("Les parties mettent à sa disposition un bureau et un poste informatique, chacune pour ce qui la concerne.",
     "ambiguite"),
    ("Le bureau et le téléphone sont fournis par les partenaires : la mairie fournit le bureau, la brigade "
     "le téléphone.", "inscrits"),
    ("La commune met à sa disposition un bureau, un téléphone et un ordinateur portable.", "inscrits"),
])
def test_means_by_unnamed_partners(text, expected):
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La participation de l'intervenante à la cellule de suivi du conseil intercommunal de sécurité et de "
     "prévention de la délinquance est limitée à l'examen de situations anonymisées.", "non_prevu"),
    ("L'intervenant peut être invité à la commission de suivi des mineurs du CLSPD lorsque la famille y consent.",
     "non_prevu"),
    ("Un comité de suivi réunit chaque année les signataires pour examiner le bilan d'activité du poste.", "prevu"),
])
def test_case_review_cell_is_no_steering_committee(text, expected):
    assert code("comite_pilotage", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Clause | Version initiale | Avenant n° 1 | Avenant n° 2\nDurée | Un an reconductible | Supprimée | –",
     "non_precisee"),
    ("Article 11 – Durée | Trois ans | Abrogé | Sans changement", "non_precisee"),
    ("La présente convention est conclue pour une durée d'un an, reconductible par avenant.", "annuelle"),
    ("Durée de la convention | Un an | Trois ans | Inchangée", "triennale"),
])
def test_duration_deleted_in_a_table_of_changes(text, expected):
    assert code("duree", text) == expected
