import asyncio


async def consume(queue, consumed, may_run):
    await may_run.wait()  # held back, as if slow, so the queue is full at shutdown
    while True:
        consumed.append(await queue.get())


async def main():
    queue = asyncio.Queue(maxsize=8)
    consumed = []
    may_run = asyncio.Event()
    consumers = [
        asyncio.create_task(consume(queue, consumed, may_run)) for _ in range(2)
    ]
    for item in range(8):
        await queue.put(item)  # the producers accepted 8 items

    # Shutdown by cancelling the consumers: CancelledError is raised at their await.
    for consumer in consumers:
        consumer.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    cancelled = all(isinstance(r, asyncio.CancelledError) for r in results)
    print(f"consumers cancelled: {cancelled}")
    print(f"consumed {len(consumed)}, left in the queue {queue.qsize()}")


asyncio.run(main())
