import asyncio
import contextlib

log = []


async def worker(queue, started, stopping):
    while not stopping.is_set():
        job = await queue.get()
        log.append(f"worker: started {job}")
        started.set()
        try:
            await asyncio.sleep(0.05)  # the job's work
        except asyncio.CancelledError:
            log.append(f"worker: CancelledError in the middle of {job}")
            raise
        log.append(f"worker: finished {job}")
    log.append(f"worker: stopping, jobs left in the queue: {queue.qsize()}")


@contextlib.asynccontextmanager
async def lifespan(graceful):
    queue, started, stopping = asyncio.Queue(), asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(worker(queue, started, stopping))  # startup
    yield queue, started  # the app serves requests here
    if graceful:  # shutdown
        stopping.set()  # the worker checks it between jobs
    else:
        task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def main():
    for graceful in (False, True):
        print("shutdown with a stop event:" if graceful else "shutdown by cancel():")
        log.clear()
        async with lifespan(graceful) as (queue, started):
            queue.put_nowait("a")
            queue.put_nowait("b")
            await started.wait()  # job a is in progress when shutdown begins
        for line in log:
            print(f"  {line}")


asyncio.run(main())
