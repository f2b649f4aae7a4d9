"""Ledger service."""
