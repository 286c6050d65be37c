import asyncio


async def cached_price() -> float:
    return 0.5  # reaches no await: the C# counterpart returns a completed task


async def fetch_setting(key: str) -> str:
    await asyncio.sleep(0.01)  # stands in for the network call
    raise KeyError(key)


async def main() -> None:
    task = asyncio.create_task(cached_price())
    print(f"create_task, done on return: {task.done()}")
    await asyncio.sleep(0)  # one turn of the event loop
    print(f"after one turn of the loop, done: {task.done()}")

    # The counterpart of Task.FromResult: a future that is given its result at once.
    future = asyncio.get_running_loop().create_future()
    future.set_result(0.5)
    print(f"future with set_result, done on return: {future.done()}")

    # There are no tokens: cancelling a task before it starts is the closest thing.
    started = False

    async def work() -> None:
        nonlocal started
        started = True

    cancelled = asyncio.create_task(work())
    cancelled.cancel()
    try:
        await cancelled
    except asyncio.CancelledError:
        print(f"cancelled before it ran: cancelled() {cancelled.cancelled()}, "
              f"body started: {started}")


asyncio.run(main())

# Synchronous code that must wait for a coroutine: asyncio.run raises the exception
# itself, with no wrapper around it.
try:
    asyncio.run(fetch_setting("timeout"))
except KeyError as error:
    print(f"asyncio.run from synchronous code raised KeyError {error}")
