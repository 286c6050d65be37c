import asyncio


async def run_pipeline(outcomes, malformed_record, ten_written):
    parsed, transformed = asyncio.Queue(maxsize=8), asyncio.Queue(maxsize=8)

    async def worker(stage, work):
        try:
            await work()
        except asyncio.CancelledError:
            outcomes.append((stage, "cancelled"))  # raised at the await it was in
            raise
        except Exception:
            outcomes.append((stage, "failed"))
            raise

    async def parse():
        record = 0
        while True:  # an endless feed: only cancellation stops it
            await parsed.put(record)
            record += 1

    async def transform():
        while True:
            record = await parsed.get()
            await asyncio.sleep(0.001)
            if record == malformed_record:
                raise ValueError(f"record {record} is malformed")
            await transformed.put(record * 2)

    async def write():
        written = 0
        while True:
            await transformed.get()
            written += 1
            if written == 10:
                ten_written.set()

    async with asyncio.TaskGroup() as group:
        group.create_task(worker("parse", parse))
        for _ in range(3):
            group.create_task(worker("transform", transform))
        group.create_task(worker("write", write))


def report(outcomes):
    for stage in ("parse", "transform", "write"):
        states = sorted(o for s, o in outcomes if s == stage)
        counts = {state: states.count(state) for state in states}
        print(f"  {stage}: " + ", ".join(f"{n} {state}" for state, n in counts.items()))


async def main():
    print("record 50 is malformed:")
    outcomes = []
    try:
        await run_pipeline(outcomes, 50, asyncio.Event())
    except* ValueError as group:
        print(f"  ExceptionGroup with {len(group.exceptions)}: {group.exceptions[0]}")
    report(outcomes)

    print("the caller cancels once 10 values are written:")
    outcomes, ten_written = [], asyncio.Event()
    pipeline = asyncio.create_task(run_pipeline(outcomes, None, ten_written))
    await ten_written.wait()
    pipeline.cancel()
    try:
        await pipeline
    except asyncio.CancelledError:
        print(f"  the pipeline's task was cancelled: {pipeline.cancelled()}")
    report(outcomes)


asyncio.run(main())
