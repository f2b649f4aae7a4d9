"""Daemon logging: a logrotate-friendly file, syslog, and the MQTT log topic."""
import logging
import logging.handlers
import os

from homed.mqttlog import MqttLogHandler


class DaemonLogHandler(logging.handlers.WatchedFileHandler):
    """WatchedFileHandler that prefixes each line with the daemon's pid."""

    def format(self, record):
        return f"[{os.getpid()}] {super().format(record)}"


def configure_logging(args):
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = DaemonLogHandler(args.logfile)
    file_handler.setFormatter(formatter)
    syslog = logging.handlers.SysLogHandler(address=(args.syslog_host, 514))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.handlers = [file_handler, syslog]

    mqtt_logger = logging.getLogger("homed.mqtt")
    mqtt_logger.propagate = False
    mqtt_logger.addHandler(MqttLogHandler(args.mqtt_host, args.mqtt_log_port))
