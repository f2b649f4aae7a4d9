import queue

QUEUE = queue.Queue()
