"""``iscg check``: pre-check a draft convention and answer with observations (terminal, HTML report,
the DOCX draft with Word comments or a Word relevé)."""

from iscg_nlp.check.observations import Observation, build_observations
from iscg_nlp.check.run import EXIT_CODES, EXIT_CODES_HELP, EXIT_INPUT_ERROR, HELP, CheckResult, check_file, run_check

__all__ = ["EXIT_CODES", "EXIT_CODES_HELP", "EXIT_INPUT_ERROR", "HELP", "CheckResult", "Observation",
           "build_observations", "check_file", "run_check"]
