import asyncio
import inspect


class Pending:
    """An awaitable that suspends once, as an unfinished task would."""

    def __await__(self):
        value = yield "suspended at the await"  # goes out to whoever called send()
        return value


async def add_one(source) -> int:
    value = await source
    return value + 1


async def ready() -> int:
    return 41  # reaches no suspension


# Each call creates a coroutine object, on the heap, before anything runs.
coroutine = add_one(Pending())
print(f"after the call: {inspect.getcoroutinestate(coroutine)}")
print(f"send(None) runs it to its first suspension: {coroutine.send(None)!r}")
print(f"then: {inspect.getcoroutinestate(coroutine)}")
try:
    coroutine.send(41)  # resumes it with the awaited value
except StopIteration as finished:
    print(f"send(41) resumed it, and it returned {finished.value}")

try:
    add_one(ready()).send(None)
except StopIteration as finished:
    print(f"awaiting a coroutine that never suspends: returned {finished.value} "
          "without suspending")


async def main() -> None:
    other_ran = False

    async def other() -> None:
        nonlocal other_ran
        other_ran = True

    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    other_task = asyncio.create_task(other())
    await done  # already done: no suspension, so the loop cannot run other()
    print(f"after awaiting a done future, the other task ran: {other_ran}")
    await asyncio.sleep(0)
    print(f"after asyncio.sleep(0), the other task ran: {other_ran}")
    await other_task


asyncio.run(main())
