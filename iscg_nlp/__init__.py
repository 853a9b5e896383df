"""iscg-nlp: code ISCG partnership conventions the way the ANISCG study did, with evidence."""

__version__ = "0.1.0"
