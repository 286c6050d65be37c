import asyncio


async def ticks():
    try:
        tick = 0
        while True:
            await asyncio.sleep(0.01)  # knows nothing of cancellation
            tick += 1
            yield tick
    except asyncio.CancelledError:
        print("generator: CancelledError raised at its await")
        raise
    finally:
        print("generator cleaned up")


async def consume(reached_three):
    async for tick in ticks():
        print(f"tick {tick}")
        if tick == 3:
            reached_three.set()


async def main():
    reached_three = asyncio.Event()
    task = asyncio.create_task(consume(reached_three))
    await reached_three.wait()
    task.cancel()  # no token: the cancellation is thrown into the task
    try:
        await task
    except asyncio.CancelledError:
        print(f"consumer task cancelled: {task.cancelled()}")


asyncio.run(main())
