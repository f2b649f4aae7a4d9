import logging
import logging.handlers
import os
import queue


class Listeners:
    def __init__(self, *listeners):
        self.listeners = listeners

    def stop(self):
        for listener in self.listeners:
            listener.stop()


def start(log_dir: str = "logs") -> Listeners:
    """Live mode: root and the order log go through queues; files are written on listener threads."""
    os.makedirs(log_dir, exist_ok=True)
    main_queue, orders_queue = queue.Queue(), queue.Queue()
    main_listener = logging.handlers.QueueListener(
        main_queue,
        logging.handlers.TimedRotatingFileHandler(os.path.join(log_dir, "live.log"), when="H"),
        logging.StreamHandler(),
        respect_handler_level=True,
    )
    orders_listener = logging.handlers.QueueListener(orders_queue, logging.FileHandler(os.path.join(log_dir, "orders.log")))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.handlers.QueueHandler(main_queue))
    orders = logging.getLogger("tradekit.orders")
    orders.propagate = False
    orders.addHandler(logging.handlers.QueueHandler(orders_queue))
    main_listener.start()
    orders_listener.start()
    return Listeners(main_listener, orders_listener)
