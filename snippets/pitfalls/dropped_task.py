import asyncio
import gc


async def main():
    loop = asyncio.get_running_loop()
    # Print what the loop reports instead of logging it to stderr.
    loop.set_exception_handler(lambda _, context: print("loop:", context["message"]))

    async def wait_for_reply():
        await loop.create_future()  # a future that nothing else references

    asyncio.create_task(wait_for_reply())  # no reference kept
    await asyncio.sleep(0)  # let it start and suspend
    gc.collect()  # the loop held it only weakly: it is collected, still pending

    async def send_welcome():
        raise OSError("mail server unavailable")

    asyncio.create_task(send_welcome())  # no reference kept
    await asyncio.sleep(0)  # it fails; dropping the failed task reports it
    print("main carried on")


asyncio.run(main())
