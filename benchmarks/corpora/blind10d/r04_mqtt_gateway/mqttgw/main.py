"""mqttgw: the gateway daemon."""
import asyncio
import logging
import os

import aiomqtt

from mqttgw import bridge, devices
from mqttgw.logsetup import configure

log = logging.getLogger("mqttgw")


class Gateway:
    def __init__(self, broker: str, gateway_id: str):
        self.client = aiomqtt.Client(broker, identifier=gateway_id)
        self.devices = {d.dev_id: d for d in (devices.Device("t1", "thermo"), devices.Device("t2", "thermo"))}

    async def start(self):
        await self.client.connect()
        await self.client.subscribe("sites/lab/+/set")
        log.info("gateway started with %d devices", len(self.devices))

    async def pump(self, rounds: int):
        for _ in range(rounds):
            for device in self.devices.values():
                await devices.forward_uplink(self.client, device)
            for unit in (1, 2):
                await bridge.poll_modbus(unit)
            message = await self.client.next_message()
            if message is not None:
                await devices.apply_downlink(self.devices, message)
        log.info("pumped %d rounds", rounds)

    async def stop(self):
        await self.client.disconnect()
        log.info("gateway stopped")


def main() -> int:
    gateway_id = os.environ.get("MQTTGW_ID", "gw-lab-01")
    configure(gateway_id)
    bridge.enable_syslog()
    gateway = Gateway(os.environ.get("MQTT_BROKER", "broker.local"), gateway_id)
    gateway.client.inject("sites/lab/t9/set", b'{"id": "t9", "setpoint": 21}')
    gateway.client.inject("sites/lab/t1/set", b'{"id": "t1", "setpoint": 20.5}')
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(gateway.start())
        loop.run_until_complete(gateway.pump(rounds=3))
    finally:
        loop.run_until_complete(gateway.stop())
        loop.close()
        root = logging.getLogger()
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
