"""Daemon logging: every record becomes a UDP datagram for the collector; alarms also go to syslog."""
import logging
import socket
from logging import handlers as lh


class UdpMetricsHandler(logging.Handler):
    """One datagram per record, sent straight from emit()."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__()
        self.address = (host, port)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.sock.sendto(self.format(record).encode("utf-8"), self.address)
        except OSError:
            self.handleError(record)

    def close(self) -> None:
        self.sock.close()
        super().close()


def configure(collector=("127.0.0.1", 8125), syslog=("127.0.0.1", 5514)) -> None:
    base = logging.getLogger("meterd")
    base.setLevel(logging.INFO)
    base.addHandler(UdpMetricsHandler(*collector))
    alarms = logging.getLogger("meterd.alarms")
    alarms.handlers = [lh.SysLogHandler(address=syslog)]
