"""Handlers that ship records to the central log collector (logging.handlers socket protocol)."""
import logging
import logging.handlers as handlers
import os


def make_socket_handler(host=None, port=None):
    host = host or os.environ.get("CHAT_LOG_HOST", "127.0.0.1")
    port = port or int(os.environ.get("CHAT_LOG_PORT", handlers.DEFAULT_TCP_LOGGING_PORT))
    handler = handlers.SocketHandler(host, port)
    handler.setLevel(logging.INFO)
    return handler
