"""Logging for the daemon: a watched log file (logrotate renames it) plus syslog."""
import logging
from logging import handlers

FORMAT = "%(asctime)s %(levelname)s (%(threadName)s) [%(name)s] %(message)s"


def configure(log_path, syslog_address=("127.0.0.1", 514)):
    formatter = logging.Formatter(FORMAT)
    file_handler = handlers.WatchedFileHandler(log_path)
    syslog_handler = handlers.SysLogHandler(address=syslog_address)
    for handler in (file_handler, syslog_handler):
        handler.setFormatter(formatter)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.handlers = [file_handler, syslog_handler]


def configure_audit(path):
    """Configuration changes are kept in their own file, never mixed with the main log."""
    audit = logging.getLogger("hassd.audit")
    audit.propagate = False
    audit.addHandler(logging.FileHandler(path))
