"""Shared helpers for the test-suite."""
import logging

from gateway import web

_handler = logging.FileHandler("tests.log")
logging.getLogger().addHandler(_handler)
logging.getLogger().setLevel(logging.DEBUG)


def make_request(method, path, body=None, **match_info):
    return web.Request(method, path, match_info, body)
