"""PETRARCH/TABARI dictionary formats."""
