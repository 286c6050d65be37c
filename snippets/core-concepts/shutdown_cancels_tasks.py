import asyncio

background: set[asyncio.Task] = set()


async def poll_inbox() -> None:
    try:
        await asyncio.sleep(30)  # still waiting when main returns
    except asyncio.CancelledError:
        print("poller: cancelled by asyncio.run; its cleanup runs")
        raise
    finally:
        print("poller: finally ran")


async def main() -> None:
    task = asyncio.create_task(poll_inbox())
    background.add(task)
    await asyncio.sleep(0)  # let the poller start
    print("main: returning while the poller still waits")


asyncio.run(main())  # cancels the tasks still pending, and waits for them
print("after asyncio.run")
