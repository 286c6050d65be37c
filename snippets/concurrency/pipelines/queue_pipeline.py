import asyncio


async def run_stage(inbox, outbox, workers, downstream_workers, step):
    async def worker():
        while (item := await inbox.get()) is not None:
            await outbox.put(await step(item))

    await asyncio.gather(*(worker() for _ in range(workers)))
    for _ in range(downstream_workers):
        await outbox.put(None)  # one sentinel for every worker of the next stage


async def main():
    lines, parsed, converted = (asyncio.Queue(maxsize=16) for _ in range(3))

    async def source():
        for i in range(120):
            await lines.put(f"{i},{i % 40}")
        await lines.put(None)  # the parse stage has one worker

    async def parse(line):
        id_, celsius = line.split(",")
        return int(id_), float(celsius)

    async def transform(reading):
        await asyncio.sleep(0.001)  # stands in for a slow lookup
        return reading[0], reading[1] * 9 / 5 + 32

    written = []

    async def write():
        while (item := await converted.get()) is not None:
            written.append(item)

    await asyncio.gather(
        source(),
        run_stage(lines, parsed, 1, 3, parse),
        run_stage(parsed, converted, 3, 1, transform),
        write(),
    )
    every_id_once = sorted(id_ for id_, _ in written) == list(range(120))
    print(f"written: {len(written)}, every id exactly once: {every_id_once}")
    print(f"id 20: {dict(written)[20]} F")


asyncio.run(main())
