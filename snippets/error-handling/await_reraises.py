import asyncio
import traceback


async def load_settings(text):
    await asyncio.sleep(0)  # real code would read a file here
    return await parse_port(text)


async def parse_port(text):
    await asyncio.sleep(0)
    return int(text.split("=")[1])  # raises ValueError


async def main():
    try:
        await load_settings("port=eighty")
    except ValueError as e:
        print(f"caught {type(e).__name__}, not a wrapper")
        frames = [frame.name for frame in traceback.extract_tb(e.__traceback__)]
        print(f"traceback still names parse_port: {'parse_port' in frames}")
        print(f"traceback still names load_settings: {'load_settings' in frames}")


asyncio.run(main())
