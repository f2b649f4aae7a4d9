"""One place for stdlib imports that differ across our supported Pythons.

Crawler modules import `logging` from here (it also makes `logging.handlers` available).
"""
import logging
import logging.handlers

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

__all__ = ["logging", "tomllib"]
