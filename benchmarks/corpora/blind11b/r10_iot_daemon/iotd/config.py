import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    mqtt_host: str = os.environ.get("IOTD_MQTT_HOST", "localhost")
    otlp_endpoint: str = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317")
    logstash_host: str = os.environ.get("IOTD_LOGSTASH_HOST", "logstash")
    poll_interval: float = float(os.environ.get("IOTD_POLL_INTERVAL", "10"))
    devices: tuple[str, ...] = tuple(os.environ.get("IOTD_DEVICES", "thermostat,boiler").split(","))


def load_config() -> Config:
    return Config()
