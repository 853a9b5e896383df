"""Round 4 (autorités, déontologie): wordings written from the CODEBOOK and the study, not from a sample.

Each phenomenon is tried in other words than the rule examples (other verbs, word order, passive,
missing accents, OCR slips) together with its sound opposites, through the real matcher and decision
table, as ``test_heldout_wordings.py`` does:

- a « chef de service » or a list of correspondents is not, by itself, the hierarchical authority of
  the forces; several correspondents who direct the work make the distribution confuse;
- the evaluation resting on the forces' « appréciation » / « façon de servir » is the study's
  « rapport sur la manière de servir » (confuse), a mere opinion of the forces is allowed;
- the forces directing the work (« sous la direction du commandant ») is an authority left unqualified,
  while their titles and acts of hierarchy (son chef de service, ses congés, sa notation, sous ses
  ordres) stay an inversion;
- a secret « identique / semblable / applicable » to that of the militaires or policiers is the
  CODEBOOK's « mêmes règles de secret » ambiguity; its opposites are secured.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




EMPLOYER_AND_FUNCTIONAL = ("L'association exerce l'autorité hiérarchique et technique ; "
                           "le commandant de brigade exerce l'autorité fonctionnelle. ")

# ---- a « chef de service » of another body, several correspondents: not an inversion
CORRESPONDENTS = [
    ("Dans l'exercice de ses missions, l'agent rend compte au commandant de compagnie, au chef de service de la PMI "
     "et au coordonnateur du CLSPD, chacun pour ce qui le concerne.", "confuse"),
    ("L'intervenante rendra compte, chacune pour ce qui la concerne, à la commissaire, au chef de service de l'ASE "
     "et a la cadre de sante du CMP.", "confuse"),
    ("Le commissaire, la responsable du CCAS et le chef de service du CMP fixent ses priorites chaque trimestre.", "confuse"),
    ("Ses correspondants à la brigade, à l'hôpital et à la mairie déterminent ses priorités d'intervention.", "confuse"),
    ("Les référents de la gendarmerie et du centre médico-psychologique définiront, en tant que de besoin, "
     "ses priorités.", "confuse"),
    # the same words with the employer's hierarchy and the functional authority written: conforme
    (EMPLOYER_AND_FUNCTIONAL + "Le chef de service de l'association et le commandant de brigade se réunissent "
     "une fois par trimestre.", "conforme"),
    (EMPLOYER_AND_FUNCTIONAL + "L'intervenant rend compte de son activité au comité de pilotage.", "conforme"),
    (EMPLOYER_AND_FUNCTIONAL + "Le comité de pilotage fixe ses priorités chaque année.", "conforme"),
]

# ---- the evaluation resting on the forces' appraisal (« façon de servir », « appréciation »)
APPRAISAL = [
    ("L'évaluation annuelle est conduite par la directrice au vu d'une appréciation de sa façon de servir "
     "rédigée par le commandant de compagnie.", "confuse"),
    ("L'association note l'intervenant sur la base de l'appreciation ecrite du commissaire de police.", "confuse"),
    ("Le chef de circonscription établit chaque année, pour l'entretien professionnel de l'intervenante, "
     "une fiche d'appréciation transmise au Département.", "confuse"),
    ("Sa valeur professionnelle, appréciée par le commandant de groupement, fonde son évaluation annuelle.", "confuse"),
    ("L'employeur évalue l'agent en tenant compte de la FAÇON DE SERVIR relevée par la brigade.", "confuse"),
    ("L'évaluation annuelle s'appuie sur un rapport du DDSP relatif à sa manière de servir.", "confuse"),
    # a mere opinion of the forces is what the reference framework allows
    (EMPLOYER_AND_FUNCTIONAL + "L'évaluation annuelle relève de l'employeur, qui peut recueillir l'appréciation "
     "du commandant de brigade.", "conforme"),
    (EMPLOYER_AND_FUNCTIONAL + "Lors de l'entretien annuel, les officiers peuvent faire part de leur avis.", "conforme"),
    (EMPLOYER_AND_FUNCTIONAL + "L'évaluation des situations signalées par les militaires est laissée à "
     "l'appréciation de l'intervenant.", "conforme"),
    (EMPLOYER_AND_FUNCTIONAL + "L'appréciation du commandant n'entre pas dans l'évaluation annuelle de "
     "l'intervenant.", "conforme"),
]

# ---- direction of the work by the forces (unqualified) vs. their titles and acts of hierarchy
DIRECTION = [
    ("L'intervenant exerce ses missions sous la direction du commissaire de police.", "confuse"),
    ("Placée sous la responsabilité directe du chef de circonscription, l'intervenante assure des permanences.", "confuse"),
    ("Son activité est organisée sous la direction de l'officier adjoint de la compagnie.", "confuse"),
    # the same direction with the two authorities written elsewhere: conforme
    (EMPLOYER_AND_FUNCTIONAL + "Au quotidien, l'intervenant travaille sous la direction du commandant de brigade.",
     "conforme"),
    ("L'intervenant n'est pas placé sous la direction du commissaire. " + EMPLOYER_AND_FUNCTIONAL, "conforme"),
    # titles and acts of hierarchy given to the forces remain an inversion
    ("L'intervenant est placé sous la direction du commandant de brigade, qui est son chef de service.", "inversee"),
    ("Le commissaire central est désigné en qualité de chef de service de l'intervenant social.", "inversee"),
    ("Ses conges sont accordes par le commandant de compagnie.", "inversee"),
    ("L'intervenante est placée sous les ordres directs du chef de circonscription.", "inversee"),
    ("Le commandant de groupement procède chaque année à la notation de l'intervenant.", "inversee"),
    ("Le pouvoir disciplinaire est exercé par le directeur départemental de la sécurité publique.", "inversee"),
    # the employer grades on the forces' proposal: not an inversion
    (EMPLOYER_AND_FUNCTIONAL + "La notation est établie par le directeur de l'association, sur proposition du "
     "commandant de brigade.", "confuse"),
]

# ---- a secret aligned on that of the forces (ambiguite) and its sound opposites (securisee)
SECRET_ALIGNED = [
    ("Il est soumis à des règles de secret identiques à celles des militaires de la gendarmerie.", "ambiguite"),
    ("L'intervenante est tenue au secret professionnel. Elle observe en outre une discrétion semblable à celle "
     "qui s'impose aux fonctionnaires de police.", "ambiguite"),
    ("Ses obligations de confidentialité sont calquées sur celles des policiers du commissariat.", "ambiguite"),
    ("A l'instar des gendarmes, l'intervenant social est astreint au secret.", "ambiguite"),
    ("Le secret auquel il est tenu est équivalent à celui des militaires de la brigade.", "ambiguite"),
    ("Il est tenu au secr et dans les memes conditions que les militaires de la gendarmerie.", "ambiguite"),
    ("L'intervenant est soumis aux regles de secret applicables aux policiers.", "ambiguite"),
    ("Comme les militaires, l'intervenant social est tenu au secret professionnel (article 226-13 du code pénal).",
     "ambiguite"),
    # the opposites: a distinct framework, a negation, another subject, the secret even towards the forces
    ("L'intervenant est tenu au secret professionnel dans un cadre distinct de celui des militaires.", "securisee"),
    ("L'intervenant n'est pas soumis aux règles des policiers ; il est tenu au secret professionnel.", "securisee"),
    ("L'intervenante n'est pas tenue à un secret identique à celui des gendarmes : elle est soumise au secret "
     "professionnel du travail social.", "securisee"),
    ("Contrairement aux fonctionnaires de police, l'intervenant est tenu au secret professionnel des travailleurs "
     "sociaux.", "securisee"),
    ("Il est tenu au secret professionnel, y compris à l'égard des militaires, même lorsqu'ils le sollicitent.",
     "securisee"),
    ("Les gendarmes sont tenus à une discrétion identique à celle de l'intervenant, qui est soumis au secret "
     "professionnel.", "securisee"),
    ("Le secret professionnel de l'intervenant est différent de celui qui s'impose aux policiers.", "securisee"),
]

CASES = ([("autorites", *c) for c in CORRESPONDENTS + APPRAISAL + DIRECTION]
         + [("deontologie", *c) for c in SECRET_ALIGNED])


@pytest.mark.parametrize("indicator, text, expected", CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_round4_wording(indicator, text, expected):
    assert code(indicator, text) == expected
