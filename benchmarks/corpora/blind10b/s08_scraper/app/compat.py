"""One place to import the stdlib modules we may swap out later."""
import json
import logging

__all__ = ["json", "logging"]
