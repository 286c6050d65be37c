import asyncio


async def produce(queue, producer, produced):
    for i in range(1_000):
        item = producer * 1_000_000 + i
        await queue.put(item)
        produced.append(item)


async def consume(queue, consumed):
    while (item := await queue.get()) is not None:
        consumed.append(item)
        queue.task_done()
    queue.task_done()  # for the sentinel


async def main():
    queue = asyncio.Queue(maxsize=10)
    produced, consumed = [], []
    consumers = [asyncio.create_task(consume(queue, consumed)) for _ in range(4)]
    producers = [asyncio.create_task(produce(queue, p, produced)) for p in range(3)]

    await asyncio.gather(*producers)
    await queue.join()  # every item taken and marked done
    finished = any(consumer.done() for consumer in consumers)
    print(f"producers done, queue joined; a consumer has finished: {finished}")

    for _ in consumers:
        await queue.put(None)  # one sentinel per consumer
    await asyncio.gather(*consumers)
    print("after one None per consumer, all consumers finished: True")
    once = sorted(consumed) == sorted(produced)
    print(f"consumed {len(consumed)} of {len(produced)}; each exactly once: {once}")


asyncio.run(main())
