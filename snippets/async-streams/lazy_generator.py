import asyncio


async def fetch_pages(count):
    print("generator body started")
    for page in range(1, count + 1):
        await asyncio.sleep(0.01)  # stands in for an HTTP request per page
        print(f"fetched page {page}")
        yield page
    print("generator body finished")


async def main():
    pages = fetch_pages(3)
    print("fetch_pages returned; nothing has run yet")
    async for page in pages:
        print(f"  consumer got page {page}")
    print("loop finished")


asyncio.run(main())
