import asyncio
import logging
import os
import re
import subprocess
import sys
import textwrap
import time
import warnings


def show(text: str) -> None:
    """Prints text without what varies between runs and machines (timings, paths,
    the standard library's frames), wrapped to 88 columns."""
    text = re.sub(r" created at \S+?>", ">", text)
    text = re.sub(r"took (\d+\.\d+) seconds",
                  lambda m: f"took over 0.1 seconds: {float(m[1]) > 0.1}", text)
    keep = True
    for line in text.splitlines():
        if line.startswith("  File "):
            keep = os.path.basename(__file__) in line
        if keep:
            line = re.sub(r"[^\s\"]*/(\w+\.py)", r"\1", line)
            print(textwrap.fill(line, 88, subsequent_indent="    ",
                                break_long_words=False, break_on_hyphens=False))


class PrintHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        # Only the steps of the task under study: on a cold start, others can be slow too.
        if re.match(r"Executing <Task \w+ name='resize-image'", message):
            show(f"{record.levelname} {record.name}: {message}")


def print_warning(message, category, filename, lineno, file=None, line=None):
    show(f"{category.__name__}: {message}")


logging.basicConfig(level=logging.WARNING, handlers=[PrintHandler()])
warnings.showwarning = print_warning


# <debug-mode>
async def resize_image() -> None:
    time.sleep(0.15)  # blocks the loop: no other task runs meanwhile


async def send_receipt() -> None:
    pass


async def main() -> None:
    print("debug mode:", asyncio.get_running_loop().get_debug())
    await asyncio.create_task(resize_image(), name="resize-image")
    send_receipt()  # forgotten await


asyncio.run(main())
asyncio.run(main(), debug=True)


# Debug mode switched on from outside the program, in a new interpreter.
CHECK = """
import asyncio
async def debug_mode(): return asyncio.get_running_loop().get_debug()
print(asyncio.run(debug_mode()))
"""


def debug_mode_of(*options: str, **variables: str) -> str:
    child = subprocess.run([sys.executable, *options, "-c", CHECK],
                           env={**os.environ, **variables},
                           capture_output=True, text=True, check=True)
    return child.stdout.strip()


print("python3 with PYTHONASYNCIODEBUG=1, debug mode:",
      debug_mode_of(PYTHONASYNCIODEBUG="1"))
print("python3 -X dev, debug mode:", debug_mode_of("-X", "dev"))
# </debug-mode>
