"""Every message a user can see when a file cannot be processed, as named constants (French).

Readers raise ``InputError(CODE, **details)``; the CLI prints ``error.message`` and never a traceback
(unless ``--debug``). Codes are stable and machine-readable; messages are for people.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "fichier_introuvable": "Fichier introuvable : {path}",
    "fichier_illisible": "Fichier illisible : droits d'accès insuffisants ({path}).",
    "est_un_dossier": "« {path} » est un dossier, pas un fichier.",
    "fichier_vide": "Fichier vide : il ne contient aucun texte.",
    "format_inconnu": "Format non pris en charge ({detail}) : formats acceptés PDF, DOCX, ODT, TXT.",
    "doc_ancien": "Ancien format Word binaire (.doc) non pris en charge : enregistrez le fichier en .docx ou en PDF.",
    "extension_trompeuse": "L'extension « {ext} » ne correspond pas au contenu (fichier {real}) ; le fichier a été lu comme {real}.",
    "fichier_corrompu": "Fichier {format} illisible ou tronqué : {detail}",
    "pdf_chiffre": "PDF protégé par un mot de passe : impossible de lire son texte. Demandez une version non protégée.",
    "pdf_scanne": "PDF scanné : aucune couche texte — OCR nécessaire.",
    "archive_bombe": "Archive suspecte : son contenu décompressé ({size} octets) dépasse la limite autorisée ({limit} octets).",
    "xml_dangereux": "Document refusé : son XML contient des entités ou références externes (risque de sécurité).",
    "trop_de_pages": "Document trop long : {pages} pages (limite : {limit}). Utilisez --max-pages pour relever la limite.",
    "trop_de_caracteres": "Document trop long : {chars} caractères (limite : {limit}).",
    "fichier_trop_gros": "Fichier trop volumineux : {size} octets (limite : {limit}).",
    "texte_binaire": "Le fichier ne contient pas de texte lisible (contenu binaire).",
    "pas_une_convention": "Ce document ne semble pas être une convention de poste ISCG : {reason}.",
    "delai_depasse": "Analyse interrompue : le fichier a dépassé le temps maximal autorisé ({seconds} s).",
    "memoire_depassee": "Analyse interrompue : le fichier a dépassé la mémoire autorisée.",
    "ocr_absent": "Pour lire les PDF scannés, installez la reconnaissance de caractères : {command}",
    "erreur_interne": "Erreur inattendue pendant l'analyse de ce fichier ({detail}). Relancez avec --debug pour le détail.",
}


class IscgError(Exception):
    """Base of every error the tool reports to a user."""


class InputError(IscgError):
    """A file that cannot be read or analysed, with a code and a French message."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        template = MESSAGES.get(code, "{detail}")
        try:
            self.message = template.format(**details)
        except (KeyError, IndexError):
            self.message = template
        super().__init__(self.message)


class RuleFileError(IscgError):
    """A broken rule file: says which file, which rule, and why."""

    def __init__(self, path: str, rule_id: str | None, reason: str) -> None:
        self.path, self.rule_id, self.reason = path, rule_id, reason
        where = f"{path}" + (f", règle « {rule_id} »" if rule_id else "")
        super().__init__(f"Fichier de règles invalide ({where}) : {reason}")
