using System.Text;
using AzerbaijanSyria.Relations.Cli;

// Results go through a buffer (a query can print millions of rows); the buffer is flushed at the end,
// and a reader that went away (`azsy query … | head`) ends the tool quietly with exit code 1.
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = false };
var exit = AzsyApp.Run(args, output, Console.Error);
try
{
    output.Dispose();
}
catch (IOException)
{
    exit = exit == AzsyApp.Ok ? AzsyApp.Failure : exit;
}

return exit;
