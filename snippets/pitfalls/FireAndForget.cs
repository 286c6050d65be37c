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
            _ = mail.SendWelcomeAsync("ada@example.com"); // fire and forget: nobody keeps the task
            Console.WriteLine("signed up ada@example.com");
        }
        catch (Exception ex)
        {
            errorLog.Add(ex.Message);
        }

        string reason = await mail.Failure; // a hook only this example has: wait until the send has failed
        Console.WriteLine($"the welcome mail failed ({reason}); failures in the error log: {errorLog.Count}");
    }

    private sealed class MailServer
    {
        private readonly TaskCompletionSource<string> _failure = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Failure => _failure.Task;

        public async Task SendWelcomeAsync(string to)
        {
            await Task.Delay(10); // stands in for talking to the mail server
            _failure.SetResult("mail server unavailable");
            throw new IOException("mail server unavailable");
        }
    }
    // </fire-and-forget>
}
