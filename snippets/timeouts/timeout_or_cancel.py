import asyncio


async def fetch(timeout):
    async with asyncio.timeout(timeout):
        await asyncio.sleep(10)  # slow I/O
        return "data"


async def report(scenario, task):
    try:
        await task
    except TimeoutError:
        print(f"{scenario}: TimeoutError")
    except asyncio.CancelledError:
        print(f"{scenario}: CancelledError")


async def main():
    await report("the timeout fires", asyncio.create_task(fetch(0.05)))

    task = asyncio.create_task(fetch(10))
    await asyncio.sleep(0)  # let it start
    task.cancel()  # the caller cancels: no TimeoutError
    await report("the caller cancels", task)


asyncio.run(main())
