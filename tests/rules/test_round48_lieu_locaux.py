"""Round 48: terse administrative « intitulé : valeur » lines for the place of work and the means."""
import pytest

from rule_wording import code


@pytest.mark.parametrize("text", [
    "Article 3 – Lieu, moyens\n- Lieu : BTA de Millau, bureau individuel.\n- Présence : temps plein.",
    "Article 4 – Conditions d'exercice\n• Lieu d'exercice : hôtel de police de Montpellier, 3e étage.",
    "Article 3\n- Poste 1 — Lieu : COB de Laguiole, entrée distincte.\n- Poste 2 — Lieu : CSP de Rodez.",
    "Article 3\nImplantation : locaux de la compagnie de gendarmerie de Villefranche.",
])
def test_lieu_ligne_intitule_unite(text):
    assert code("lieu_exercice", text) == "oui"


@pytest.mark.parametrize("text", [
    "Article 3\n- Répartition : 3 j / sem. hôtel de police, 2 j / sem. CCAS de Millau.",
    "Article 3\n- Présence : brigade d'Espalion (3 jours), maison France services (2 jours).",
])
def test_lieu_ligne_repartition(text):
    assert code("lieu_exercice", text) == "partiellement"


@pytest.mark.parametrize("text", [
    "Article 8 – Comité\n- Lieu : salle de réunion du groupement de gendarmerie.",
    "Article 6 – Formation\n- Lieu de la formation : caserne de Rodez.",
    "Article 3\n- Lieu : à définir entre les parties.",
    "Article 5\n- Référent — Lieu : compagnie de Millau.",
])
def test_lieu_ligne_intitule_pieges(text):
    assert code("lieu_exercice", text) == "non_precise"


@pytest.mark.parametrize("text", [
    "Article 3 – Moyens\n- Bureau fermé, ligne fixe, mobilier : Cie.\n- PC portable, mobile : Département.",
    "Article 3 – Moyens\n• Ordinateur portable, smartphone, logiciel de suivi : Relais 12.",
    "Article 3 – Moyens\n- Bureaux fermant à clé : DDSP (poste 1), Gpt (poste 2).",
    "Article 3 – Moyens\n- Bureau individuel, hors zone de garde à vue. Fourni par le Gpt.",
])
def test_locaux_ligne_moyens_fournisseur(text):
    assert code("locaux_moyens", text) == "inscrits"


@pytest.mark.parametrize("text", [
    "Article 3 – Moyens\n- Bureau : selon disponibilités immobilières de la Cie ; à défaut, salle partagée.",
    "Article 3 – Moyens\n- Équipement informatique : à arrêter entre les parties.",
])
def test_locaux_ligne_moyens_indecis(text):
    assert code("locaux_moyens", text) == "ambiguite"


@pytest.mark.parametrize("text", [
    "Article 4 – Conditions d'exercice\n- Lieu : brigade de Rodez, bureau au rez-de-chaussée.\n- Présence : temps plein.",
    "Article 9\n- Entretien : bureau de l'intervenante ou domicile.",
])
def test_locaux_lieu_seul_non_precise(text):
    assert code("locaux_moyens", text) == "non_precise"
