import asyncio
import gc
import weakref


async def write_audit_log(flush: asyncio.Event) -> None:
    await flush.wait()  # an event main still holds


async def wait_for_reply() -> None:
    reply = asyncio.get_running_loop().create_future()  # nobody else holds it
    try:
        await reply
    finally:
        print("wait_for_reply: finally ran, as the collector closed the coroutine")


async def main() -> None:
    loop = asyncio.get_running_loop()
    reports: list[str] = []
    loop.set_exception_handler(lambda _, context: reports.append(context["message"]))

    flush = asyncio.Event()
    audit = weakref.ref(asyncio.create_task(write_audit_log(flush)))
    waiter = weakref.ref(asyncio.create_task(wait_for_reply()))
    await asyncio.sleep(0)  # both start, and both wait; neither is referenced
    gc.collect()

    print(f"task waiting on an event main holds, collected: {audit() is None}")
    print(f"task waiting on an unreferenced future, collected: {waiter() is None}")
    print(f"the loop reported: {reports}")
    flush.set()


asyncio.run(main())
