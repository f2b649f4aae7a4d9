"""Forwards device state from MQTT to the cloud dashboard (runs on the edge box as iotd-bridge)."""

import asyncio
import json
import logging

import aiomqtt
import boto3
import watchtower

from iotd.config import load_config

log = logging.getLogger("iotd.bridge")


async def forward(kinesis, message: aiomqtt.Message) -> None:
    record = {"topic": str(message.topic), "payload": json.loads(message.payload)}
    await asyncio.to_thread(kinesis.put_record, StreamName="iotd-state", Data=json.dumps(record), PartitionKey="1")
    log.info("forwarded %s", record["topic"])


async def main() -> None:
    cfg = load_config()
    kinesis = boto3.client("kinesis")
    async with aiomqtt.Client(cfg.mqtt_host) as client:
        await client.subscribe("iotd/+/state")
        log.info("bridge subscribed on %s", cfg.mqtt_host)
        async for message in client.messages:
            await forward(kinesis, message)


def run() -> None:
    # the edge box may lose power at any time: send every record right away, no batching thread
    logging.basicConfig(
        level=logging.INFO,
        handlers=[
            watchtower.CloudWatchLogHandler(
                log_group_name="iotd-bridge",
                boto3_client=boto3.client("logs", region_name="eu-west-1"),
                use_queues=False,
            )
        ],
    )
    asyncio.run(main())


if __name__ == "__main__":
    run()
