"""MQTT bridge (the broker connection is simulated)."""
import logging
import uuid

DOMAIN = "mqtt"


class MqttClient:
    def __init__(self, client_id):
        self.client_id = client_id
        self.published = []
        self._log = logging.getLogger(f"hassd.mqtt.{client_id}")

    async def async_setup(self, hub):
        hub.listen("tick", self.async_publish_state)

    async def async_publish_state(self, tick):
        if tick % 3 == 0:
            self.published.append(("hassd/state", tick))
            self._log.info("published tick %d", tick)


def create(config):
    return MqttClient(config.get("mqtt_client_id", f"hassd-{uuid.uuid4().hex[:6]}"))
