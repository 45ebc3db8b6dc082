"""Evaluation against gold-standard records."""
