// mistake: fire-and-forget
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Pitfalls;

public static class FireAndForget
{
    // <fire-and-forget>
    public static async Task Main()
    {
        List<string> errorLog = []; // where this app reports failures
        var mail = new MailServer();
        try
        {
            // Fire and forget: nobody keeps the tasks.
            _ = mail.SendWelcomeAsync("bob"); // throws before its first await
            _ = mail.SendWelcomeAsync("ada@example.com"); // throws after it
            Console.WriteLine("signed up bob and ada@example.com");
        }
        catch (Exception ex)
        {
            errorLog.Add(ex.Message);
        }

        // A hook only this example has: wait until both sends have failed.
        string reasons = await mail.BothFailed;
        Console.WriteLine($"both welcome mails failed ({reasons})");
        Console.WriteLine($"failures in the error log: {errorLog.Count}");
    }

    private sealed class MailServer
    {
        private readonly List<string> _failures = [];
        private readonly TaskCompletionSource<string> _bothFailed =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> BothFailed => _bothFailed.Task;

        public async Task SendWelcomeAsync(string to)
        {
            if (!to.Contains('@'))
            {
                throw Failed(new ArgumentException($"'{to}' is not an address"));
            }

            await Task.Delay(10); // stands in for talking to the mail server
            throw Failed(new IOException("mail server unavailable"));
        }

        private Exception Failed(Exception error)
        {
            lock (_failures)
            {
                _failures.Add(error.Message);
                if (_failures.Count == 2)
                {
                    _bothFailed.SetResult(string.Join("; ", _failures));
                }
            }

            return error;
        }
    }
    // </fire-and-forget>
}
