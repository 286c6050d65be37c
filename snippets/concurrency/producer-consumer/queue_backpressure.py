import asyncio


async def main():
    queue = asyncio.Queue(maxsize=2)

    await queue.put(1)
    await queue.put(2)

    # The queue is full, so this put waits for a consumer to make room.
    third = asyncio.create_task(queue.put(3))
    await asyncio.sleep(0)  # let it start
    print(f"buffered: {queue.qsize()}, third put finished: {third.done()}")

    first = await queue.get()
    await third
    print(f"got {first}; the third put went through")

    try:
        queue.put_nowait(4)
    except asyncio.QueueFull:
        print("put_nowait on the full queue raised QueueFull")

    while not queue.empty():
        print(f"got {queue.get_nowait()}")


asyncio.run(main())
