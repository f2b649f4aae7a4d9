"""Extra log sinks: syslog for alerts, MQTT-SN (UDP) telemetry for the dashboard."""
import json
import logging
import socket
from logging.handlers import SysLogHandler


class MqttLogHandler(logging.Handler):
    """Publishes each record as an MQTT-SN datagram on `topic`."""

    def __init__(self, host: str, port: int, topic: str):
        super().__init__()
        self.address = (host, port)
        self.topic = topic
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def emit(self, record):
        payload = json.dumps({"topic": self.topic, "msg": self.format(record)}).encode()
        try:
            self.sock.sendto(payload, self.address)
        except OSError:
            self.handleError(record)

    def close(self):
        self.sock.close()
        super().close()


SINKS = {
    "syslog": SysLogHandler(address=("127.0.0.1", 514)),
    "mqtt": MqttLogHandler("127.0.0.1", 1884, topic="hub/log"),
}


def configure_sinks() -> None:
    logging.getLogger("hub.alerts").addHandler(SINKS["syslog"])
    telemetry = logging.getLogger("hub.telemetry")
    telemetry.addHandler(SINKS["mqtt"])
    telemetry.propagate = False
