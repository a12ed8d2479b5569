using System.Text;
using AzerbaijanSyria.Relations.Cli;
using Microsoft.Win32.SafeHandles;

// Results go through a buffer (a query can print millions of rows). Console's own stream ignores a
// closed pipe, so `azsy query … | head` would run on unseen: into a pipe the tool writes to file
// descriptor 1 itself, where the write fails and ends it with exit code 1. Into a file or a terminal
// it keeps Console's stream, which moves the shared file offset (a FileStream would not, and a later
// writer to the same file would overwrite the output).
Stream stdout = Console.OpenStandardOutput();
if (!OperatingSystem.IsWindows())
{
    var direct = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    if (direct.CanSeek || Console.IsOutputRedirected is false)
    {
        direct.Dispose();
    }
    else
    {
        stdout = direct;
    }
}

// On a terminal, control characters a damaged file may hold are shown as escapes, never sent raw; a
// write that fails (a full disk, `> /dev/full`) says so in one line; a closed pipe ends quietly.
var output = new StandardOutputWriter(TerminalWriter.For(new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = false }, !Console.IsOutputRedirected));
TerminalWidth.StandardOutput = output; // tables printed here fit the terminal (or COLUMNS)
var exit = await AzsyApp.RunAsync(args, output, TerminalWriter.For(Console.Error, !Console.IsErrorRedirected));
try
{
    output.Dispose();
}
catch (IOException ex)
{
    if (exit == AzsyApp.Ok && ex.HResult != StandardOutputWriter.BrokenPipe)
    {
        // The command finished, and only the last of its output failed: nothing has said so yet.
        Console.Error.WriteLine(Messages.Usage(ex.Message));
    }

    exit = exit == AzsyApp.Ok ? AzsyApp.Failure : exit;
}

return exit;
