import asyncio


def describe(group: BaseExceptionGroup) -> str:
    errors = sorted(f"{type(e).__name__}: {e}" for e in group.exceptions)
    return f"{len(errors)} failure(s): {'; '.join(errors)}"


async def all_children_finish_before_the_group_exits() -> None:
    finished: list[str] = []  # in the order the children finish
    fast_done, grandchild_started, slow_done = (asyncio.Event() for _ in range(3))

    async with asyncio.TaskGroup() as tg:

        async def slow() -> None:
            await fast_done.wait()
            await grandchild_started.wait()
            finished.append("slow child")
            slow_done.set()

        async def grandchild() -> None:
            grandchild_started.set()
            await slow_done.wait()  # finishes last
            finished.append("grandchild")

        async def fast() -> None:
            tg.create_task(grandchild())  # a child can start children in the group
            finished.append("fast child")
            fast_done.set()

        tg.create_task(slow())
        tg.create_task(fast())

    print(f"1. group exited after: {', '.join(finished)}")
    late = asyncio.sleep(0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        late.close()
        print(f"   starting a child after the exit: RuntimeError: {e}")


async def first_failure_cancels_the_siblings() -> None:
    sibling = {"cancelled": False, "cleanup done": False}

    async def pay() -> None:
        await asyncio.sleep(0.01)
        raise RuntimeError("payment service unavailable")

    async def wait_forever() -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            sibling["cancelled"] = True
            await asyncio.sleep(0.02)  # async cleanup
            sibling["cleanup done"] = True
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(pay())
            tg.create_task(wait_forever())
    except* RuntimeError as group:
        print(f"2. group raised: {describe(group)}")
        print(f"   sibling cancelled: {sibling['cancelled']}, "
              f"its cleanup finished first: {sibling['cleanup done']}")


async def every_failure_is_reported() -> None:
    async def fail(error: Exception) -> None:
        raise error

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(RuntimeError("disk full")))
            tg.create_task(fail(TimeoutError("backup server did not answer")))
            tg.create_task(asyncio.Event().wait())  # cancelled: not reported
    except* TimeoutError as group:
        print(f"3. except* TimeoutError got: {describe(group)}")
    except* RuntimeError as group:
        print(f"   except* RuntimeError got: {describe(group)}")


async def outside_cancellation_cancels_the_group() -> None:
    async def run_group() -> None:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.Event().wait())
            tg.create_task(asyncio.Event().wait())

    task = asyncio.create_task(run_group())
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"4. group raised CancelledError; its task cancelled: {task.cancelled()}")


async def main() -> None:
    await all_children_finish_before_the_group_exits()
    await first_failure_cancels_the_siblings()
    await every_failure_is_reported()
    await outside_cancellation_cancels_the_group()


asyncio.run(main())
